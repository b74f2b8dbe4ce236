import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isUnreachable, RequestError, saveScenario } from '../../src/lib/scenarios/scenario-io';
import { retryWhileUnreachable, RetryCancelled } from '../../src/lib/offline/retry';
import { DEFAULT_PARAMETERS } from '../../src/lib/engine/types';

const PARAMETERS = DEFAULT_PARAMETERS;
const DRAFT = {
  name: 'Sluiting Kilder',
  sector: 'po' as const,
  edits: [{ op: 'close' as const, facility: '14ZK00' }]
};

/** A fetch that is "offline" (throws as the browser's fetch does) until `online` is set, then answers 201. */
function flakyServer() {
  const server = {
    online: false,
    bodies: [] as unknown[],
    calls: 0,
    fetch: (async (_url: string, init?: RequestInit) => {
      server.calls++;
      if (!server.online) throw new TypeError('Failed to fetch');
      server.bodies.push(JSON.parse(String(init?.body)));
      return new Response(JSON.stringify({ id: 'abc', url: '/atlas/achterhoek?gedeeld=abc' }), {
        status: 201
      });
    }) as typeof fetch
  };
  return server;
}

describe('a save without network waits and tries again', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('retries at the given intervals until the server is reachable, and saves the scenario of the click', async () => {
    const server = flakyServer();
    const waiting: boolean[] = [];
    const run = retryWhileUnreachable(
      () => saveScenario(server.fetch, 'achterhoek', DRAFT, PARAMETERS),
      isUnreachable,
      { delays: [1000, 3000], onWaiting: (w) => waiting.push(w) }
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toBe(1);
    expect(waiting).toEqual([true]);
    await vi.advanceTimersByTimeAsync(999);
    expect(server.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toBe(2);
    // The last interval repeats.
    await vi.advanceTimersByTimeAsync(3000);
    expect(server.calls).toBe(3);
    await vi.advanceTimersByTimeAsync(3000);
    expect(server.calls).toBe(4);
    server.online = true;
    await vi.advanceTimersByTimeAsync(3000);
    await expect(run.result).resolves.toEqual({ id: 'abc', url: '/atlas/achterhoek?gedeeld=abc' });
    expect(server.calls).toBe(5);
    expect(waiting.at(-1)).toBe(false);
    expect(server.bodies).toHaveLength(1);
    expect(server.bodies[0]).toMatchObject({
      name: 'Sluiting Kilder',
      region: 'achterhoek',
      edits: DRAFT.edits
    });
  });

  it('tries at once when the network comes back or the user asks', async () => {
    const server = flakyServer();
    let wake = () => {};
    const run = retryWhileUnreachable(
      () => saveScenario(server.fetch, 'achterhoek', DRAFT, PARAMETERS),
      isUnreachable,
      { delays: [60_000], subscribeOnline: (w) => ((wake = w), () => (wake = () => {})) }
    );
    await vi.advanceTimersByTimeAsync(0);
    run.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toBe(2);
    server.online = true;
    wake();
    await expect(run.result).resolves.toMatchObject({ id: 'abc' });
    expect(server.calls).toBe(3);
  });

  it('gives up at once on an answer of the server itself, with its Dutch message', async () => {
    let calls = 0;
    const refusing = (async () => {
      calls++;
      return new Response(JSON.stringify({ error: 'Ongeldig scenario: onbekende school' }), { status: 400 });
    }) as typeof fetch;
    const run = retryWhileUnreachable(
      () => saveScenario(refusing, 'achterhoek', DRAFT, PARAMETERS),
      isUnreachable
    );
    await expect(run.result).rejects.toThrow('Ongeldig scenario: onbekende school');
    expect(calls).toBe(1);
  });

  it('counts no network and a gateway without server as out of reach, not the server’s own answers', () => {
    expect(isUnreachable(new RequestError('de server is niet bereikbaar', 0))).toBe(true);
    expect(isUnreachable(new RequestError('bad gateway', 502))).toBe(true);
    expect(isUnreachable(new RequestError('gateway timeout', 504))).toBe(true);
    expect(isUnreachable(new RequestError('opslag niet beschikbaar', 503))).toBe(false);
    expect(isUnreachable(new RequestError('te groot', 413))).toBe(false);
    expect(isUnreachable(new TypeError('Failed to fetch'))).toBe(false);
  });

  it('stops waiting when cancelled (the page closes)', async () => {
    const server = flakyServer();
    const run = retryWhileUnreachable(
      () => saveScenario(server.fetch, 'achterhoek', DRAFT, PARAMETERS),
      isUnreachable
    );
    await vi.advanceTimersByTimeAsync(0);
    run.cancel();
    await expect(run.result).rejects.toBeInstanceOf(RetryCancelled);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.calls).toBe(1);
  });
});
