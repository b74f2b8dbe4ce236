/**
 * The database goes away during use (DATABASE_URL on a throw-away cluster, the real route handlers): while
 * scenarios are saved and phones vote, the cluster is stopped as in a crash (`pg_ctl stop -m immediate`) and
 * started again. Meanwhile requests get 503 with a Dutch message (never a 500, never a false acknowledgement);
 * afterwards the same process serves again without a restart, and every acknowledged save and vote is in the
 * database (a request in flight at the crash may or may not have been stored: it was never acknowledged).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resetLiveService } from '../../src/lib/server/live';
import { closeStorage } from '../../src/lib/server/storage-select';
import { STORAGE_TEXT } from '../../src/lib/server/storage-text';
import { POST as saveRoute } from '../../src/routes/api/scenarios/+server';
import { GET as getRoute } from '../../src/routes/api/scenarios/[id]/+server';
import { POST as createSession } from '../../src/routes/api/sessions/+server';
import { POST as voteRoute } from '../../src/routes/api/sessions/[code]/votes/+server';
import { GET as exportRoute } from '../../src/routes/api/sessions/[code]/export/+server';
import { Q } from '../../src/lib/live/questions';
import { call } from '../fixtures/live/api';
import { startCluster, type Cluster } from '../fixtures/pg-cluster.mjs';

let cluster: Cluster | null = null;
const savedUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  cluster = await startCluster('faults');
  process.env.DATABASE_URL = await cluster.createDatabase('atlas');
});
afterAll(async () => {
  resetLiveService();
  await closeStorage().catch(() => {});
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
  cluster?.destroy();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const PHONES = 24;

it('stop and start the cluster during saves and votes: 503 in Dutch meanwhile, nothing acknowledged is lost, recovery without restart', async () => {
  const created = await call(
    createSession,
    '/api/sessions',
    {},
    {
      method: 'POST',
      body: { region: 'achterhoek', sector: 'po' }
    }
  );
  expect(created.status).toBe(201);
  const { code, facilitatorToken } = await created.json();

  const statuses = new Map<number, number>();
  const messages503 = new Set<string>();
  const count = async (res: Response) => {
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    const body = await res.json();
    if (res.status === 503) messages503.add(body.error);
    return body;
  };
  const run = { phase: 'before' as 'before' | 'down' | 'after' | 'done' };
  const acked = { before: 0, after: 0 };

  // Saves: acknowledged ids with the name they were saved under.
  const saves = new Map<string, string>();
  const saver = (async () => {
    for (let i = 0; run.phase !== 'done'; i++) {
      const name = `Opslag ${i}`;
      const res = await call(
        saveRoute,
        '/api/scenarios',
        {},
        {
          method: 'POST',
          body: {
            schemaVersion: 2,
            region: 'achterhoek',
            sector: 'po',
            name,
            edits: [{ op: 'close', facility: '14ZK00' }]
          }
        }
      );
      const body = await count(res);
      if (res.status === 201) {
        saves.set(body.id, name);
        if (run.phase === 'before' || run.phase === 'after') acked[run.phase]++;
      }
      await sleep(15);
    }
  })();

  // Votes: per phone the last acknowledged value and the values sent after it without an acknowledgement.
  const last = new Map<string, { value: number | null; unacked: number[] }>();
  const voters = Array.from({ length: PHONES }, async (_, p) => {
    const id = `phone-fault-${String(p).padStart(4, '0')}`;
    const mine = { value: null as number | null, unacked: [] as number[] };
    last.set(id, mine);
    for (let i = 0; run.phase !== 'done'; i++) {
      const value = 1 + ((p + i) % 14);
      const res = await call(
        voteRoute,
        `/api/sessions/${code}/votes`,
        { code },
        {
          method: 'POST',
          body: { participant: id, question: Q.maxDistance, value }
        }
      );
      const body = await count(res);
      if (res.status === 200 && body.ok) {
        mine.value = value;
        mine.unacked = [];
      } else mine.unacked.push(value);
      await sleep(300);
    }
  });

  while (acked.before < 40) await sleep(50);
  cluster!.stop('immediate'); // as a crash: the server process is killed, recovery at the next start
  run.phase = 'down';
  await sleep(1500);
  cluster!.start();
  run.phase = 'after';
  for (let i = 0; i < 400 && acked.after < 40; i++) await sleep(50);
  await sleep(1200); // every phone votes again after the restart
  run.phase = 'done';
  await Promise.all([saver, ...voters]);

  expect(acked.after).toBeGreaterThanOrEqual(40); // recovered without restarting anything
  expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
  expect([...messages503]).toEqual([STORAGE_TEXT.unavailable]);
  expect([...statuses.keys()].sort()).toEqual([200, 201, 503]); // never a 500

  for (const [id, name] of saves) {
    const res = await call(getRoute, `/api/scenarios/${id}`, { id });
    expect(res.status, `acknowledged save ${id} (${name})`).toBe(200);
    expect((await res.json()).name).toBe(name);
  }
  const exported = await call(
    exportRoute,
    `/api/sessions/${code}/export?format=json`,
    { code },
    {
      token: facilitatorToken
    }
  );
  expect(exported.status).toBe(200);
  const stored = new Map<string, number>(
    ((await exported.json()).votes as { participant: string; value: number }[]).map((v) => [
      v.participant,
      v.value
    ])
  );
  for (const [id, mine] of last) {
    expect(mine.value, `${id} had an acknowledged vote`).not.toBeNull();
    const allowed = [mine.value, ...mine.unacked];
    expect(allowed, `${id}: stored ${stored.get(id)}`).toContain(stored.get(id));
  }
  console.log(
    `saves acknowledged ${saves.size}, answers by status ${JSON.stringify(Object.fromEntries(statuses))}`
  );
}, 120_000);
