/**
 * The live session's service on a real SQLite file, with a clock the test moves: expiry after 24 hours without
 * activity (participants 410, the facilitator still exports, deleted after a week), rate limits per participant
 * (one phone throttled, 300 others in the same room not), and the event stream: first state, a vote's tally
 * event, the counts-only stream of participants, Last-Event-ID resume, heartbeats and the end of a session.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/lib/server/db';
import { InProcessNotifier } from '../../src/lib/server/live/notifier';
import { manifestDirectory } from '../../src/lib/server/live/regions';
import { EXPIRY_MS, HOUR, KEEP_EXPIRED_MS, LiveService } from '../../src/lib/server/live/service';
import { SqliteLiveStorage } from '../../src/lib/server/live/sqlite';
import { LiveError } from '../../src/lib/server/live/storage';
import { Q } from '../../src/lib/live/questions';
import type { PublicTally, SessionView, Tally } from '../../src/lib/live/types';
import { readSse, type SseReader } from '../fixtures/live/sse';

const tmp = mkdtempSync(join(tmpdir(), 'live-service-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let db: Db;
let clock: number;
let service: LiveService;
let code: string;
let token: string;
let readers: SseReader[] = [];
let n = 0;
const bearer = () => `Bearer ${token}`;
const P = (i: number) => `participant-${String(i).padStart(4, '0')}`;

async function status(p: Promise<unknown>): Promise<number> {
  const e = await p.then(
    () => null,
    (x: unknown) => x
  );
  expect(e).toBeInstanceOf(LiveError);
  return (e as LiveError).status;
}

beforeEach(async () => {
  db = openDatabase(join(tmp, `s-${++n}.sqlite`));
  clock = Date.UTC(2026, 10, 30, 9, 0, 0);
  service = new LiveService({
    storage: new SqliteLiveStorage(db),
    notifier: new InProcessNotifier(),
    regions: manifestDirectory,
    now: () => clock,
    hub: { heartbeatMs: 100, minIntervalMs: 20 }
  });
  const created = await service.create({ region: 'achterhoek', sector: 'po' }, 'http://zaal.local:3000');
  code = created.code;
  token = created.facilitatorToken;
});

afterEach(async () => {
  for (const r of readers) await r.close();
  readers = [];
  service.hub.close();
  db.close();
});

const open = async (authorization: string | null, last: number | null = null) => {
  const r = readSse(await service.events(code, authorization, last));
  readers.push(r);
  return r;
};

describe('a new session', () => {
  it('has the region, the sector and the default questions; the link points at /s/CODE', async () => {
    const view = await service.get(code);
    expect(view).toMatchObject({ code, region: 'achterhoek', regionName: 'Achterhoek', sector: 'po' });
    expect(view.sectorName).toBe('Basisonderwijs');
    expect(view.questions).toHaveLength(5);
    expect(view.expiresAt).toBe(new Date(clock + EXPIRY_MS).toISOString());
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = await service.create({ region: 'achterhoek', sector: 'po' }, 'http://zaal.local:3000/');
    expect(again.url).toBe(`http://zaal.local:3000/s/${again.code}`);
    expect(again.code).not.toBe(code);
  });

  it('the facilitator token: 401 without, 403 with a wrong one (also one of another session)', async () => {
    expect(await status(service.tally(code, null))).toBe(401);
    expect(await status(service.tally(code, 'Basic abc'))).toBe(401);
    expect(await status(service.tally(code, 'Bearer wrong'))).toBe(403);
    const other = await service.create({ region: 'achterhoek', sector: 'vo' }, 'http://x');
    expect(await status(service.tally(code, `Bearer ${other.facilitatorToken}`))).toBe(403);
    expect((await service.tally(code, bearer())).participants).toBe(0);
  });
});

describe('expiry', () => {
  it('activity keeps a session alive; 24 hours without it close it for participants (410)', async () => {
    clock += 23 * HOUR;
    await service.vote(code, { participant: P(1), question: Q.maxDistance, value: 5 });
    clock += 23 * HOUR; // 46 h after creation, 23 h after the vote
    await service.vote(code, { participant: P(2), question: Q.maxDistance, value: 6 });
    clock += EXPIRY_MS + 1;
    expect(await status(service.get(code))).toBe(410);
    expect(await status(service.vote(code, { participant: P(3), question: Q.maxDistance, value: 5 }))).toBe(
      410
    );
    expect(await status(service.events(code, null, null))).toBe(410);
    expect(await status(service.setQuestionOpen(code, Q.village, { open: false }, bearer()))).toBe(410);
    // The facilitator can still read and export what was voted.
    expect((await service.tally(code, bearer())).questions[0].count).toBe(2);
    expect((await service.export(code, bearer())).votes).toHaveLength(2);
  });

  it('a week after expiry the session is deleted and unknown (404)', async () => {
    await service.vote(code, { participant: P(1), question: Q.maxDistance, value: 5 });
    clock += EXPIRY_MS + KEEP_EXPIRED_MS + 1;
    expect(await service.purge(true)).toBe(1);
    expect(await status(service.tally(code, bearer()))).toBe(404);
    expect(await status(service.get(code))).toBe(404);
  });
});

describe('rate limits per participant, never per room', () => {
  it('one phone gets 429 with Retry-After after a burst; another phone is not affected; time refills', async () => {
    for (let i = 0; i < 20; i++)
      await service.vote(code, { participant: P(1), question: Q.maxDistance, value: 5 });
    const e = await service
      .vote(code, { participant: P(1), question: Q.maxDistance, value: 5 })
      .catch((x) => x);
    expect(e).toBeInstanceOf(LiveError);
    expect(e.status).toBe(429);
    expect(e.headers['retry-after']).toBe('1');
    expect(e.message).toContain('wacht een paar seconden');
    await service.vote(code, { participant: P(2), question: Q.maxDistance, value: 5 });
    clock += 1000;
    await service.vote(code, { participant: P(1), question: Q.maxDistance, value: 6 });
  });

  it('300 phones of one room (one venue address) answering together are all stored', async () => {
    const acks = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        service.vote(code, { participant: P(i), question: Q.maxDistance, value: 1 + (i % 29) * 0.5 })
      )
    );
    expect(acks.every((a) => a.ok)).toBe(true);
    const t = await service.tally(code, bearer());
    expect(t.participants).toBe(300);
    expect(t.questions.find((q) => q.id === Q.maxDistance)!.count).toBe(300);
  });
});

describe('the event stream', () => {
  it('starts with the session and the tally (id = version); a vote sends a new tally', async () => {
    const s = await open(bearer());
    const first = await s.next('session');
    const view = JSON.parse(first.data) as SessionView;
    expect(view.code).toBe(code);
    const t0 = await s.next('tally');
    expect(Number(t0.id)).toBe(view.version);
    const ack = await service.vote(code, { participant: P(1), question: Q.maxDistance, value: 7 });
    const t1 = await s.next('tally');
    expect(Number(t1.id)).toBe(ack.version);
    const tally = JSON.parse(t1.data) as Tally;
    expect(tally.questions.find((q) => q.id === Q.maxDistance)).toMatchObject({ count: 1, median: 7 });
  });

  it('participants get counts, never medians or histograms', async () => {
    await service.vote(code, { participant: P(1), question: Q.maxDistance, value: 7 });
    const s = await open(null);
    const t = JSON.parse((await s.next('tally')).data) as PublicTally;
    expect(t.participants).toBe(1);
    expect(t.questions.find((q) => q.id === Q.maxDistance)).toEqual({ id: Q.maxDistance, count: 1 });
    expect(JSON.stringify(t)).not.toMatch(/median|histogram|counts/);
  });

  it('resumes from Last-Event-ID: up to date gets nothing until the next change, and then no session event', async () => {
    const ack = await service.vote(code, { participant: P(1), question: Q.maxDistance, value: 7 });
    const s = await open(null, ack.version);
    const next = await service.vote(code, { participant: P(2), question: Q.maxDistance, value: 3 });
    const t = await s.next('tally');
    expect(Number(t.id)).toBe(next.version); // the first tally is the new one, not a resend
    expect(s.pending().filter((e) => e.event === 'session')).toEqual([]);
  });

  it('resumes from an older id after a question closed: the session comes again, then the tally', async () => {
    const ack = await service.vote(code, { participant: P(1), question: Q.maxDistance, value: 7 });
    await service.setQuestionOpen(code, Q.maxDistance, { open: false }, bearer());
    const s = await open(null, ack.version);
    const view = JSON.parse((await s.next('session')).data) as SessionView;
    expect(view.questions.find((q) => q.id === Q.maxDistance)!.open).toBe(false);
    expect(Number((await s.next('tally')).id)).toBe(view.version);
  });

  it('sends heartbeats, and `gone` when the facilitator ends the session', async () => {
    const s = await open(null);
    await s.next('tally');
    expect((await s.next('ping')).data).toBe('1'); // sent on connect
    expect((await s.next('ping')).data).toBe('1'); // the heartbeat
    await service.remove(code, bearer());
    expect(JSON.parse((await s.next('gone')).data).error).toContain('niet gevonden');
  });

  it('the streams of a session share one listener, released when the last closes', async () => {
    const notifier = (service as unknown as { notifier: InProcessNotifier }).notifier;
    const a = await open(null);
    const b = await open(bearer());
    await a.next('tally');
    await b.next('tally');
    expect(service.hub.streams).toBe(2);
    expect(notifier.size).toBe(1);
    await a.close();
    await b.close();
    readers = [];
    expect(service.hub.streams).toBe(0);
    expect(notifier.size).toBe(0);
  });
});
