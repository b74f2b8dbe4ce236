/**
 * The service worker (src/service-worker.ts) from the page's side. It is registered when the page is idle after
 * its first map, so its download of the app's files never competes with the first map; the page then tells it
 * which region data to keep (the first visit itself happens before the worker controls the page).
 */
import { browser, dev } from '$app/environment';

function supported(): boolean {
  return browser && !dev && 'serviceWorker' in navigator;
}

export function registerServiceWorker(): void {
  if (!supported()) return;
  const register = () => void navigator.serviceWorker.register('/service-worker.js').catch(() => {});
  const idle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(register, { timeout: 10_000 })
      : setTimeout(register, 3000);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

/** Asks the service worker to keep these same-origin URLs (a page, its region bundle, the region list). */
export function keepForOffline(urls: string[]): void {
  if (!supported()) return;
  void navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage({ type: 'keep', urls }));
}
