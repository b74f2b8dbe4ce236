/**
 * The event-stream client (LiveStream) against a real HTTP server with the live service: it receives the first
 * state, reconnects after a dropped connection with Last-Event-ID (and then gets only what changed, no second
 * session event), falls back to polling when the stream cannot be had and returns to the stream when it can,
 * and stops when the session is gone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { LiveStream, type StreamStatus } from '../../src/lib/live/stream';
import { Q } from '../../src/lib/live/questions';
import type { PublicTally, SessionView } from '../../src/lib/live/types';
import { startTestServer, type TestServer } from '../fixtures/live/server';

const tmp = mkdtempSync(join(tmpdir(), 'live-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let server: TestServer;
let code: string;
let stream: LiveStream | null = null;
let n = 0;

beforeEach(async () => {
  server = await startTestServer(join(tmp, `${++n}.sqlite`), { minIntervalMs: 10 });
  code = (await server.service.create({ region: 'achterhoek', sector: 'po' }, 'x')).code;
});
afterEach(async () => {
  stream?.stop();
  stream = null;
  await server.close();
});

/** A client that records what it gets; `until` waits for a condition on the record. */
function client(extra: Partial<ConstructorParameters<typeof LiveStream>[0]> = {}) {
  const events: { type: string; data: unknown; id: number | null }[] = [];
  const statuses: StreamStatus[] = [];
  let polls = 0;
  const waiters: (() => void)[] = [];
  const notify = () => waiters.splice(0).forEach((w) => w());
  stream = new LiveStream({
    url: `${server.base}/api/sessions/${code}/events`,
    onEvent: (type, data, id) => {
      events.push({ type, data, id });
      notify();
    },
    onStatus: (s) => {
      statuses.push(s);
      notify();
    },
    poll: async () => {
      polls++;
      notify();
    },
    pollMs: 50,
    retryWhilePollingMs: 200,
    maxBackoffMs: 100,
    ...extra
  });
  const until = async (cond: () => boolean, what: string) => {
    const end = Date.now() + 10_000;
    while (!cond()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, 200);
        waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  };
  return { events, statuses, polls: () => polls, until, stream: stream! };
}

const vote = (participant: string, value: number) =>
  server.service.vote(code, { participant, question: Q.maxDistance, value });

it('gets the session and the tally, then a tally per change', async () => {
  const c = client();
  c.stream.start();
  await c.until(() => c.events.some((e) => e.type === 'tally'), 'the first tally');
  expect(c.events[0].type).toBe('session');
  expect((c.events[0].data as SessionView).code).toBe(code);
  expect(c.statuses).toContain('live');
  const ack = await vote('participant-1', 5);
  await c.until(() => c.stream.lastEventId === ack.version, 'the tally of the vote');
  expect((c.events.at(-1)!.data as PublicTally).questions.find((q) => q.id === Q.maxDistance)!.count).toBe(1);
});

it('reconnects after a dropped connection and resumes from Last-Event-ID', async () => {
  const c = client();
  c.stream.start();
  await c.until(() => c.events.some((e) => e.type === 'tally'), 'the first tally');
  const before = c.events.length;
  server.dropConnections();
  const ack = await vote('participant-1', 5); // while the client is away
  await c.until(() => c.stream.lastEventId === ack.version, 'the missed tally after reconnecting');
  const after = c.events.slice(before);
  expect(after.map((e) => e.type)).toEqual(['tally']); // no second session event, no stale tally
  expect(after[0].id).toBe(ack.version);
});

it('falls back to polling when the stream fails, and back to the stream when it works again', async () => {
  server.failEvents(503);
  const c = client();
  c.stream.start();
  await c.until(() => c.polls() >= 3, 'three polls');
  expect(c.statuses).toContain('polling');
  expect(c.events).toEqual([]);
  server.failEvents(null);
  await c.until(() => c.statuses.at(-1) === 'live', 'the stream again');
  const polls = c.polls();
  await c.until(() => c.events.some((e) => e.type === 'tally'), 'a tally from the stream');
  await vote('participant-1', 5);
  await c.until(() => c.events.filter((e) => e.type === 'tally').length >= 2, 'the next tally');
  expect(c.polls()).toBe(polls); // polling stopped
});

it('stops with `gone` when the session does not exist or ends', async () => {
  const c = client({ url: `${server.base}/api/sessions/ZZZZZZ/events` });
  c.stream.start();
  await c.until(() => c.statuses.at(-1) === 'closed', 'closed');
  expect(c.events).toEqual([
    { type: 'gone', data: { error: expect.stringContaining('niet gevonden'), status: 404 }, id: null }
  ]);
});
