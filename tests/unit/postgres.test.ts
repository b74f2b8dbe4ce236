/**
 * What only the PostgreSQL storage has, on a throw-away cluster: migrations (a newer database refused, a failing
 * migration changes nothing, two processes starting at once migrate once), live events between processes by
 * LISTEN/NOTIFY (a vote stored through process B reaches an event stream held by process A; the listening
 * connection reconnects after it was killed), and the start-up refusal of a database that cannot be reached.
 * Database outages during use: postgres-faults.test.ts.
 */
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseVersionError } from '../../src/lib/server/db';
import { manifestDirectory } from '../../src/lib/server/live/regions';
import { LiveService } from '../../src/lib/server/live/service';
import { migratePg, createPool, StorageUnavailableError } from '../../src/lib/server/pg';
import { PG_MIGRATIONS } from '../../src/lib/server/pg-migrations';
import { PgStorage } from '../../src/lib/server/pg-storage';
import {
  closeStorage,
  DatabaseUrlError,
  openStorage,
  startFailure,
  storage
} from '../../src/lib/server/storage-select';
import { Q } from '../../src/lib/live/questions';
import type { Tally } from '../../src/lib/live/types';
import { freePort, startCluster, type Cluster } from '../fixtures/pg-cluster.mjs';
import { readSse, type SseReader } from '../fixtures/live/sse';

let cluster: Cluster | null = null;
let admin = '';
const opened: { close(): Promise<void> }[] = [];
const readers: SseReader[] = [];
let n = 0;

beforeAll(async () => {
  cluster = await startCluster('pg');
  admin = cluster.url;
});
afterEach(async () => {
  for (const r of readers.splice(0)) await r.close();
  for (const s of opened.splice(0)) await s.close();
});
afterAll(() => cluster?.destroy());

async function sql(url: string, text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(text, values);
  } finally {
    await c.end();
  }
}

const newDatabase = () => cluster!.createDatabase(`db${++n}`);

async function open(url: string): Promise<PgStorage> {
  const s = await PgStorage.open(url);
  opened.push(s);
  return s;
}

function service(s: PgStorage): LiveService {
  const live = new LiveService({
    storage: s,
    notifier: s.notifier,
    regions: manifestDirectory,
    hub: { minIntervalMs: 20 }
  });
  opened.push({ close: async () => live.hub.close() });
  return live;
}

describe('migrations', () => {
  it('creates every table at version 2 and applies nothing when opened again', async () => {
    const url = await newDatabase();
    await open(url);
    const tables = await sql(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual([
      'live_participants',
      'live_questions',
      'live_ratings',
      'live_scenarios',
      'live_sessions',
      'live_votes',
      'scenarios',
      'schema_meta'
    ]);
    const pool = createPool(url);
    try {
      expect(await migratePg(pool)).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it('two processes starting at once on a new database: both open, the schema is migrated once', async () => {
    const url = await newDatabase();
    const [a, b] = await Promise.all([open(url), open(url)]);
    expect(await a.schemaVersion()).toBe(PG_MIGRATIONS.length);
    expect(await b.schemaVersion()).toBe(PG_MIGRATIONS.length);
  });

  it('refuses a database of a newer version, and rolls back every pending migration when one fails', async () => {
    const url = await newDatabase();
    await (await PgStorage.open(url)).close();
    await sql(url, `UPDATE schema_meta SET value = '99' WHERE key = 'schema_version'`);
    const newer = await PgStorage.open(url).catch((e: unknown) => e);
    expect(newer).toBeInstanceOf(DatabaseVersionError);
    expect(String((newer as Error).message)).toMatch(/schemaversie 99.*versie 2 of ouder/);

    const fresh = await newDatabase();
    const failing = [
      ...PG_MIGRATIONS,
      { version: 3, description: 'half', sql: 'CREATE TABLE extra (x int); SELECT 1/0' }
    ];
    await expect(PgStorage.open(fresh, { migrations: failing })).rejects.toThrow(/division by zero/);
    const left = await sql(
      fresh,
      `SELECT to_regclass('extra') AS extra, to_regclass('scenarios') AS scenarios`
    );
    expect(left.rows[0]).toEqual({ extra: null, scenarios: null }); // migrations 1 and 2 were pending too
  });
});

describe('live events between processes (LISTEN/NOTIFY)', () => {
  async function twoProcesses() {
    const url = await newDatabase();
    const a = service(await open(url));
    const b = service(await open(url));
    const created = await a.create({ region: 'achterhoek', sector: 'po' }, 'http://zaal.local');
    return { a, b, code: created.code, token: created.facilitatorToken };
  }

  it('a vote stored through process B reaches the event streams held by process A, with the database tally', async () => {
    const { a, b, code, token } = await twoProcesses();
    const facilitator = readSse(await a.events(code, `Bearer ${token}`, null));
    const phone = readSse(await a.events(code, null, null));
    readers.push(facilitator, phone);
    const first = JSON.parse((await facilitator.next('tally')).data) as Tally;
    await phone.next('tally');
    expect(first.questions.find((q) => q.id === Q.maxDistance)!.count).toBe(0);

    const sent = performance.now();
    const ack = await b.vote(code, { participant: 'phone-b-0000001', question: Q.maxDistance, value: 4 });
    let event = await facilitator.next('tally');
    while (Number(event.id) < ack.version) event = await facilitator.next('tally');
    const ms = performance.now() - sent;
    const seen = JSON.parse(event.data) as Tally;
    expect(seen.questions.find((q) => q.id === Q.maxDistance)).toMatchObject({ count: 1, median: 4 });
    expect(seen).toEqual(await b.tally(code, `Bearer ${token}`)); // the database's tally, the same on both
    let counts = await phone.next('tally');
    while (Number(counts.id) < ack.version) counts = await phone.next('tally');
    expect(JSON.parse(counts.data).questions.find((q: { id: string }) => q.id === Q.maxDistance).count).toBe(
      1
    );
    console.log(`vote through B -> tally event on A: ${ms.toFixed(0)} ms`);
  });

  it('a session deleted through B ends the streams on A with "gone"', async () => {
    const { a, b, code, token } = await twoProcesses();
    const phone = readSse(await a.events(code, null, null));
    readers.push(phone);
    await phone.next('tally');
    await b.remove(code, `Bearer ${token}`);
    expect(JSON.parse((await phone.next('gone')).data).error).toMatch(/niet gevonden/);
  });

  it('the listening connection comes back after it was killed; changes meanwhile are caught up', async () => {
    const url = await newDatabase();
    const storeA = await open(url);
    const a = service(storeA);
    const b = service(await open(url));
    const { code, facilitatorToken } = await a.create({ region: 'achterhoek', sector: 'po' }, 'http://x');
    const stream = readSse(await a.events(code, `Bearer ${facilitatorToken}`, null));
    readers.push(stream);
    await stream.next('tally');
    const killed = await sql(
      admin,
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'transitieatlas-listen'
         AND datname = $1 AND query LIKE 'LISTEN%'`,
      [url.split('/').pop()]
    );
    expect(killed.rows.length).toBe(2); // the listeners of A and B
    const ack = await b.vote(code, { participant: 'phone-b-0000002', question: Q.village, value: 'ja' });
    let event = await stream.next('tally');
    while (Number(event.id) < ack.version) event = await stream.next('tally');
    expect(JSON.parse(event.data).questions.find((q: { id: string }) => q.id === Q.village).count).toBe(1);
    for (let i = 0; i < 100 && !storeA.notifier.listening; i++) await new Promise((r) => setTimeout(r, 50));
    expect(storeA.notifier.connects).toBeGreaterThanOrEqual(2);
    const again = await b.vote(code, { participant: 'phone-b-0000003', question: Q.village, value: 'nee' });
    event = await stream.next('tally');
    while (Number(event.id) < again.version) event = await stream.next('tally');
    expect(JSON.parse(event.data).questions.find((q: { id: string }) => q.id === Q.village).count).toBe(2);
  });
});

describe('start-up', () => {
  const saved = process.env.DATABASE_URL;
  afterEach(async () => {
    await closeStorage();
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  });

  it('an unreachable DATABASE_URL: opening fails, one Dutch line without the password, a 503 for requests', async () => {
    process.env.DATABASE_URL = `postgres://atlas:geheim@127.0.0.1:${await freePort()}/atlas`;
    const e = await openStorage().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Error);
    const line = startFailure(e);
    expect(line).toMatch(
      /^Transitieatlas start niet: de database postgres:\/\/atlas:\*\*\*@127\.0\.0\.1:\d+\/atlas is niet bereikbaar \(.*ECONNREFUSED.*\)\. Controleer DATABASE_URL/
    );
    expect(line).not.toContain('geheim');
    expect(line).not.toContain('\n');
    const request = await storage().catch((x: unknown) => x);
    expect(request).toBeInstanceOf(StorageUnavailableError);
    expect((request as StorageUnavailableError).status).toBe(503);
  });

  it('a DATABASE_URL that is not PostgreSQL is refused, not ignored', async () => {
    process.env.DATABASE_URL = 'mysql://localhost/atlas';
    const e = await openStorage().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DatabaseUrlError);
    expect(startFailure(e)).toMatch(
      /DATABASE_URL moet met postgres:\/\/ of postgresql:\/\/ beginnen \(niet 'mysql'\)/
    );
  });

  it('with a reachable DATABASE_URL the server storage is PostgreSQL', async () => {
    process.env.DATABASE_URL = await newDatabase();
    const s = await openStorage();
    expect(s.kind).toBe('postgres');
    expect(await s.schemaVersion()).toBe(PG_MIGRATIONS.length);
  });
});
