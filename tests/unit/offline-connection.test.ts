import { describe, expect, it } from 'vitest';
import { get } from 'svelte/store';
import { noteServerReached, noteServerResponse, serverUnreachable } from '../../src/lib/offline/connection';
import { KEPT_HEADER } from '../../src/lib/offline/sw-routes';

describe('offline badge: is the server out of reach? (connection.ts)', () => {
  it('a kept copy the service worker marked "unreachable" or a failed request means out of reach', () => {
    noteServerResponse(new Response('[]', { headers: { [KEPT_HEADER]: 'unreachable' } }));
    expect(get(serverUnreachable)).toBe(true);
    noteServerResponse(new Response('[]'));
    expect(get(serverUnreachable)).toBe(false);
    noteServerResponse(null);
    expect(get(serverUnreachable)).toBe(true);
  });

  it('a save that goes through clears it, one that waits sets it', () => {
    noteServerReached(true);
    expect(get(serverUnreachable)).toBe(false);
    noteServerReached(false);
    expect(get(serverUnreachable)).toBe(true);
    noteServerReached(true);
    expect(get(serverUnreachable)).toBe(false);
  });
});
