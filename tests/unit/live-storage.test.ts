/**
 * Live session storage on SQLite: migration 2 on a version-1 database (saved scenarios kept), votes stored and
 * replaced, answers checked inside the transaction (closed, unknown, out of range), a full session, ratings, own
 * answers, the export, deletion with cascade, purge by last activity, and two connections on one file (as two
 * app processes) seeing each other's votes in the tally.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, openDatabase, schemaVersion, type Db } from '../../src/lib/server/db';
import { getScenario, saveScenario } from '../../src/lib/server/scenarios';
import { SqliteLiveStorage } from '../../src/lib/server/live/sqlite';
import { LiveError, type Limits } from '../../src/lib/server/live/storage';
import { defaultQuestions, NORM_VALUE, Q } from '../../src/lib/live/questions';
import Database from 'better-sqlite3';

const tmp = mkdtempSync(join(tmpdir(), 'live-storage-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LIMITS: Limits = { maxParticipants: 3, maxQuestions: 8, maxScenarios: 2 };
const QUESTIONS = defaultQuestions({ sector: 'po', facilityCount: 132, one: 'school', users: 'leerlingen' });
const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);
const P = (n: number) => `participant-${n}`;

let file: string;
let db: Db;
let store: SqliteLiveStorage;
let n = 0;

async function newSession(code = 'ABC234') {
  await store.createSession({
    code,
    tokenHash: 'a'.repeat(64),
    region: 'achterhoek',
    regionName: 'Achterhoek',
    sector: 'po',
    sectorName: 'Basisonderwijs',
    questions: QUESTIONS,
    now: T0
  });
}

async function refusal(p: Promise<unknown>): Promise<LiveError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x
  );
  expect(e).toBeInstanceOf(LiveError);
  return e as LiveError;
}

beforeEach(async () => {
  file = join(tmp, `live-${++n}.sqlite`);
  db = openDatabase(file);
  store = new SqliteLiveStorage(db);
  await newSession();
});

describe('migration 2', () => {
  it('upgrades a version-1 database: saved scenarios stay, the live tables appear', () => {
    const path = join(tmp, 'v1.sqlite');
    const v1 = new Database(path);
    migrate(v1, MIGRATIONS.slice(0, 1));
    const { id } = saveScenario(
      { schemaVersion: 1, region: 'achterhoek', sector: 'po', edits: [{ op: 'close', facility: '11TN00' }] },
      v1
    );
    v1.close();
    const up = openDatabase(path);
    try {
      expect(schemaVersion(up)).toBe(2);
      expect(getScenario(id, up)?.file.edits).toEqual([{ op: 'close', facility: '11TN00' }]);
      const tables = up
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'live_%' ORDER BY name`)
        .pluck()
        .all();
      expect(tables).toEqual([
        'live_participants',
        'live_questions',
        'live_ratings',
        'live_scenarios',
        'live_sessions',
        'live_votes'
      ]);
    } finally {
      up.close();
    }
  });
});

describe('sessions and votes', () => {
  it('a new session has its questions in order, all open, version 1', async () => {
    const s = (await store.getSession('ABC234'))!;
    expect(s.questions.map((q) => q.id)).toEqual(QUESTIONS.map((q) => q.id));
    expect(s.questions).toEqual(QUESTIONS);
    expect(s.version).toBe(1);
    expect(s.activeAt).toBe(T0);
    expect(await store.getSession('ZZZ999')).toBeNull();
  });

  it('a vote is stored, a second answer replaces the first, every change raises the version', async () => {
    const a = await store.vote('ABC234', P(1), Q.maxDistance, 5, T0 + 1, LIMITS);
    const b = await store.vote('ABC234', P(1), Q.maxDistance, 7.5, T0 + 2, LIMITS);
    await store.vote('ABC234', P(2), Q.maxDistance, 3, T0 + 3, LIMITS);
    expect(b.version).toBeGreaterThan(a.version);
    const t = (await store.tally('ABC234'))!;
    const d = t.questions.find((q) => q.id === Q.maxDistance)!;
    expect(d.count).toBe(2);
    expect(d.histogram).toEqual([
      { value: 3, count: 1 },
      { value: 7.5, count: 1 }
    ]);
    expect(t.participants).toBe(2);
    expect(t.version).toBe((await store.stamp('ABC234'))!.version);
    expect((await store.stamp('ABC234'))!.activeAt).toBe(T0 + 3);
    expect(await store.ownAnswers('ABC234', P(1))).toEqual({
      nickname: null,
      votes: { [Q.maxDistance]: 7.5 },
      ratings: {}
    });
  });

  it('an answer is checked against its question inside the transaction; a refused one changes nothing', async () => {
    const before = (await store.stamp('ABC234'))!.version;
    expect((await refusal(store.vote('ABC234', P(1), Q.maxDistance, 99, T0, LIMITS))).status).toBe(422);
    expect((await refusal(store.vote('ABC234', P(1), Q.maxDistance, 'ver', T0, LIMITS))).status).toBe(400);
    expect((await refusal(store.vote('ABC234', P(1), 'onbekend', 1, T0, LIMITS))).message).toBe(
      "Deze sessie heeft geen vraag 'onbekend'"
    );
    await store.setQuestionOpen('ABC234', Q.village, false, T0);
    const closed = await refusal(store.vote('ABC234', P(1), Q.village, 'ja', T0, LIMITS));
    expect(closed.status).toBe(409);
    expect(closed.message).toContain('gesloten');
    expect((await refusal(store.vote('QQQ222', P(1), Q.village, 'ja', T0, LIMITS))).status).toBe(404);
    const t = (await store.tally('ABC234'))!;
    expect(t.participants).toBe(0);
    expect(t.version).toBe(before + 1); // only the close raised it
  });

  it('answers arriving together are committed together; a refused one rolls back alone', async () => {
    const before = (await store.stamp('ABC234'))!.version;
    const results = await Promise.allSettled([
      store.vote('ABC234', P(1), Q.maxDistance, 5, T0, LIMITS),
      store.vote('ABC234', P(2), Q.maxDistance, 99, T0, LIMITS),
      store.vote('ABC234', P(3), Q.village, 'nee', T0, LIMITS)
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const versions = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.version] : []));
    expect(versions).toEqual([before + 1, before + 2]);
    const t = (await store.tally('ABC234'))!;
    expect(t.participants).toBe(2); // P(2)'s join went with its refused answer
    expect(t.questions.find((q) => q.id === Q.maxDistance)!.count).toBe(1);
  });

  it('the size question takes the norm and numbers; the tally counts them apart', async () => {
    await store.vote('ABC234', P(1), Q.minPupils, NORM_VALUE, T0, LIMITS);
    await store.vote('ABC234', P(2), Q.minPupils, 120, T0, LIMITS);
    const s = (await store.tally('ABC234'))!.questions.find((q) => q.id === Q.minPupils)!;
    expect(s).toMatchObject({ count: 2, median: 120, counts: { [NORM_VALUE]: 1 } });
  });

  it('a full session refuses a new participant (409) but keeps taking answers of those in it', async () => {
    for (let i = 1; i <= 3; i++) await store.join('ABC234', P(i), null, T0, LIMITS);
    const full = await refusal(store.vote('ABC234', P(4), Q.maxDistance, 5, T0, LIMITS));
    expect(full.status).toBe(409);
    expect(full.message).toContain('vol');
    await store.vote('ABC234', P(3), Q.maxDistance, 5, T0, LIMITS);
    expect((await store.tally('ABC234'))!.participants).toBe(3);
  });

  it('join keeps the nickname as text; joining again does not count twice', async () => {
    await store.join('ABC234', P(1), '<b>Jan</b>', T0, LIMITS);
    await store.join('ABC234', P(1), null, T0, LIMITS);
    expect((await store.tally('ABC234'))!.participants).toBe(1);
    expect((await store.ownAnswers('ABC234', P(1))).nickname).toBe('<b>Jan</b>');
  });
});

describe('questions, scenarios and ratings', () => {
  const scenario = {
    name: 'Sluiting Kilder',
    sector: 'po',
    body: JSON.stringify({ schemaVersion: 2, region: 'achterhoek', sector: 'po', edits: [] }),
    figures: {
      openBefore: 132,
      openAfter: 131,
      meanBeforeM: 1200,
      meanAfterM: 1250,
      p90BeforeM: 2500,
      p90AfterM: 2600,
      moved: 80,
      placesWithout: ['Kilder'],
      edits: ['Sluit Basisschool Laetare, Kilder']
    },
    mapSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
    open: true
  };

  it('adding a question or scenario raises the config version; ids are s1, s2; a limit is a 409', async () => {
    const q = { ...QUESTIONS[2], id: 'eigen', label: 'Eigen vraag' };
    const a = await store.addQuestion('ABC234', q, T0, LIMITS);
    expect((await store.stamp('ABC234'))!.configVersion).toBe(a.version);
    expect((await refusal(store.addQuestion('ABC234', q, T0, LIMITS))).status).toBe(409);
    const s1 = await store.addScenario('ABC234', scenario, T0, LIMITS);
    const s2 = await store.addScenario('ABC234', { ...scenario, open: false }, T0, LIMITS);
    expect([s1.id, s2.id]).toEqual(['s1', 's2']);
    expect((await refusal(store.addScenario('ABC234', scenario, T0, LIMITS))).status).toBe(409);
    const s = (await store.getSession('ABC234'))!;
    expect(s.questions.at(-1)!.id).toBe('eigen');
    expect(s.scenarios.map((x) => [x.id, x.open])).toEqual([
      ['s1', true],
      ['s2', false]
    ]);
    expect(s.scenarios[0].figures).toEqual(scenario.figures);
    expect(await store.scenarioMap('ABC234', 's1')).toBe(scenario.mapSvg);
  });

  it('ratings: 1-5 on an open scenario, replaced on a second rating, refused when closed or unknown', async () => {
    await store.addScenario('ABC234', scenario, T0, LIMITS);
    await store.rate('ABC234', P(1), 's1', 2, T0, LIMITS);
    await store.rate('ABC234', P(1), 's1', 4, T0, LIMITS);
    await store.rate('ABC234', P(2), 's1', 5, T0, LIMITS);
    expect((await store.tally('ABC234'))!.ratings).toEqual([
      { scenario: 's1', count: 2, mean: 4.5, median: 4.5, counts: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 } }
    ]);
    await store.setScenarioOpen('ABC234', 's1', false, T0);
    expect((await refusal(store.rate('ABC234', P(1), 's1', 3, T0, LIMITS))).status).toBe(409);
    expect((await refusal(store.rate('ABC234', P(1), 's9', 3, T0, LIMITS))).status).toBe(422);
    expect((await store.ownAnswers('ABC234', P(1))).ratings).toEqual({ s1: 4 });
  });

  it('export lists every stored answer and rating with nickname and kind', async () => {
    await store.addScenario('ABC234', scenario, T0, LIMITS);
    await store.join('ABC234', P(1), 'Els', T0, LIMITS);
    await store.vote('ABC234', P(1), Q.village, 'ja', T0 + 10, LIMITS);
    await store.vote('ABC234', P(2), Q.maxDistance, 4, T0 + 20, LIMITS);
    await store.rate('ABC234', P(1), 's1', 3, T0 + 30, LIMITS);
    expect(await store.exportVotes('ABC234')).toEqual([
      {
        participant: P(1),
        nickname: 'Els',
        question: Q.village,
        kind: 'choice',
        value: 'ja',
        at: new Date(T0 + 10).toISOString()
      },
      {
        participant: P(2),
        nickname: null,
        question: Q.maxDistance,
        kind: 'number',
        value: 4,
        at: new Date(T0 + 20).toISOString()
      },
      {
        participant: P(1),
        nickname: 'Els',
        question: 's1',
        kind: 'rating',
        value: 3,
        at: new Date(T0 + 30).toISOString()
      }
    ]);
  });
});

describe('deletion, purge and two connections', () => {
  it('deleting a session removes its questions, votes, scenarios and ratings', async () => {
    await store.vote('ABC234', P(1), Q.maxDistance, 5, T0, LIMITS);
    expect(await store.deleteSession('ABC234')).toBe(true);
    for (const t of ['live_questions', 'live_votes', 'live_participants', 'live_scenarios']) {
      expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
    }
    expect(await store.deleteSession('ABC234')).toBe(false);
  });

  it('purge deletes the sessions without activity since the given time only', async () => {
    await newSession('DEF567');
    await store.vote('DEF567', P(1), Q.maxDistance, 5, T0 + 5000, LIMITS);
    expect(await store.purge(T0 + 1000)).toBe(1);
    expect(await store.getSession('ABC234')).toBeNull();
    expect(await store.getSession('DEF567')).not.toBeNull();
  });

  it('two connections on one file (two app processes) add up in one tally', async () => {
    const other = new SqliteLiveStorage(openDatabase(file));
    await store.vote('ABC234', P(1), Q.maxDistance, 5, T0, LIMITS);
    await other.vote('ABC234', P(2), Q.maxDistance, 6, T0, LIMITS);
    await other.vote('ABC234', P(1), Q.maxDistance, 4, T0, LIMITS);
    for (const s of [store, other]) {
      const t = (await s.tally('ABC234'))!;
      expect(t.questions.find((q) => q.id === Q.maxDistance)).toMatchObject({ count: 2, median: 5 });
    }
  });
});
