/**
 * Whether the server was out of reach at the page's last request to it: the region list at every atlas load
 * (which the service worker may answer from what this device keeps), a save. A device can call itself online while the server
 * is out of reach (a village hall's wifi without internet; Chromium after reloading an offline page), so the
 * "offline" badge reads this besides `navigator.onLine`.
 */
import { writable } from 'svelte/store';
import { KEPT_HEADER } from './sw-routes';

export const serverUnreachable = writable(false);

/** Notes whether the server answered a request (a save that went through, or one that waits for it). */
export function noteServerReached(reached: boolean): void {
  serverUnreachable.set(!reached);
}

/** Notes the outcome of a request to the server: its response (possibly the worker's kept copy), or null when it failed. */
export function noteServerResponse(response: Response | null): void {
  noteServerReached(!!response && response.headers.get(KEPT_HEADER) !== 'unreachable');
}
