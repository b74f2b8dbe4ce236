/**
 * Storage of shared scenarios against real SQLite files in a temp folder: save, load, list, share ids,
 * migrations at open (idempotent, transactional) and refusal of a database from a newer app version.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  closeDb,
  DatabaseVersionError,
  DB_SCHEMA_VERSION,
  getDb,
  migrate,
  MIGRATIONS,
  openDatabase,
  schemaVersion,
  type Db
} from '../../src/lib/server/db';
import {
  getScenario,
  listScenarios,
  saveScenario,
  SHARE_ID,
  validateSaveBody
} from '../../src/lib/server/scenarios';
import { ScenarioFormatError } from '../../src/lib/export/scenario-files';

const FIXTURE = join(__dirname, '../fixtures/scenario-files/v1-achterhoek-po.json');
const v1 = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
/**
 * A version-1 file is stored and read back as the current version 3: the same body, no data, and the rules it
 * was made with (the nearest school, constant births).
 */
const asV2 = () => {
  const f = v1();
  return {
    ...f,
    schemaVersion: 3,
    parameters: {
      ...(f.parameters as object),
      allocation: 'nearest',
      years: { prognosis: { birthTrend: 0 } }
    }
  };
};

let tmp: string;
const open: Db[] = [];
const openAt = (name: string, opts?: Parameters<typeof openDatabase>[1]) => {
  const db = openDatabase(join(tmp, name), opts);
  open.push(db);
  return db;
};

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'storage-test-'));
});
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  closeDb();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('database', () => {
  it('opens in WAL mode with synchronous=FULL and foreign keys, at the current schema version', () => {
    const db = openAt('a.sqlite');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(DB_SCHEMA_VERSION);
    expect(DB_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('runs migrations once: reopening keeps the data and applies nothing', () => {
    const db = openAt('b.sqlite');
    const { id } = saveScenario(v1(), db);
    db.close();
    const again = openAt('b.sqlite');
    expect(migrate(again)).toEqual([]);
    expect(schemaVersion(again)).toBe(DB_SCHEMA_VERSION);
    expect(getScenario(id, again)?.file).toEqual(asV2());
  });

  it('refuses a database with a newer schema version, with a clear message', () => {
    const db = openAt('c.sqlite');
    db.prepare(`UPDATE schema_meta SET value = '99' WHERE key = 'schema_version'`).run();
    db.close();
    expect(() => openAt('c.sqlite')).toThrow(DatabaseVersionError);
    expect(() => openAt('c.sqlite')).toThrow(
      new RegExp(`schemaversie 99.*versie ${DB_SCHEMA_VERSION} of ouder`)
    );
  });

  it('rolls back every pending migration when one fails', () => {
    const failing = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        description: 'half-done',
        up: (d: Db) => {
          d.exec('CREATE TABLE extra (x INTEGER)');
          throw new Error('migration failed halfway');
        }
      }
    ];
    expect(() => openAt('d.sqlite', { migrations: failing })).toThrow(/halfway/);
    const raw = new Database(join(tmp, 'd.sqlite'));
    const tables = raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    raw.close();
    expect(tables).not.toContain('extra');
    expect(tables).not.toContain('scenarios'); // migration 1 was pending too: nothing applied
  });

  it('getDb opens TRANSITIEATLAS_DB lazily, creating the folder, once', () => {
    const path = join(tmp, 'nested', 'dir', 'shared.sqlite');
    const before = process.env.TRANSITIEATLAS_DB;
    process.env.TRANSITIEATLAS_DB = path;
    try {
      expect(existsSync(path)).toBe(false);
      const db = getDb();
      expect(existsSync(path)).toBe(true);
      expect(getDb()).toBe(db);
      closeDb();
      expect(db.open).toBe(false);
    } finally {
      if (before === undefined) delete process.env.TRANSITIEATLAS_DB;
      else process.env.TRANSITIEATLAS_DB = before;
    }
  });
});

describe('scenarios', () => {
  it('saves under a fresh 128-bit base64url share id and loads the same file', () => {
    const db = openAt('s1.sqlite');
    const a = saveScenario({ ...v1(), name: 'Sluiting Haarlo' }, db);
    const b = saveScenario(v1(), db);
    expect(a.id).not.toBe(b.id); // a save never reuses an id: share links are immutable
    for (const { id, url } of [a, b]) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(SHARE_ID.test(id)).toBe(true);
      expect(Buffer.from(id, 'base64url')).toHaveLength(16);
      expect(url).toBe(`/atlas/achterhoek?gedeeld=${id}`);
    }
    const loaded = getScenario(a.id, db);
    expect(loaded).toMatchObject({ id: a.id, region: 'achterhoek', sector: 'po', name: 'Sluiting Haarlo' });
    expect(loaded?.editCount).toBe(4);
    expect(loaded?.file).toEqual(asV2());
    expect(getScenario(b.id, db)?.name).toBe('');
  });

  it('a row written as version 1 (before version 2) is read as version 2', () => {
    const db = openAt('s-v1.sqlite');
    const now = new Date().toISOString();
    const id = 'A'.repeat(21) + 'B';
    db.prepare(
      `INSERT INTO scenarios (id, schema_version, region, sector, name, body, created_at, updated_at)
       VALUES (?, 1, 'achterhoek', 'po', 'oud', ?, ?, ?)`
    ).run(id, JSON.stringify(v1()), now, now);
    expect(getScenario(id, db)).toMatchObject({ name: 'oud', editCount: 4, file: asV2() });
  });

  it('returns null for unknown and malformed ids', () => {
    const db = openAt('s2.sqlite');
    expect(getScenario('A'.repeat(22), db)).toBeNull();
    expect(getScenario("x' OR 1=1 --", db)).toBeNull();
    expect(getScenario('', db)).toBeNull();
  });

  it('lists newest first, filtered by region and by ids, limited', () => {
    const db = openAt('s3.sqlite');
    const ids = [1, 2, 3].map((i) => saveScenario({ ...v1(), name: `S${i}` }, db).id);
    const other = saveScenario({ ...v1(), region: 'parkstad', edits: [] }, db).id;
    expect(listScenarios({}, db).map((s) => s.id)).toEqual([other, ...ids.slice().reverse()]);
    expect(listScenarios({ region: 'achterhoek' }, db).map((s) => s.name)).toEqual(['S3', 'S2', 'S1']);
    expect(listScenarios({ ids: [ids[0], other, 'nonsense'] }, db).map((s) => s.id)).toEqual([other, ids[0]]);
    expect(listScenarios({ limit: 2 }, db)).toHaveLength(2);
    expect(listScenarios({ region: 'parkstad' }, db)[0]).toMatchObject({ editCount: 0, sector: 'po' });
  });

  it('validates through the engine and rejects what cannot be shared, in Dutch', () => {
    const bad = (body: unknown) => () => validateSaveBody(body);
    expect(bad({ ...v1(), region: undefined })).toThrow(/veld "region": ontbreekt/);
    expect(bad({ ...v1(), region: 'atlantis' })).toThrow(/onbekende regio 'atlantis'/);
    expect(bad({ ...v1(), sector: undefined })).toThrow(/veld "sector": ontbreekt/);
    expect(bad({ ...v1(), schemaVersion: 7 })).toThrow(/schemaVersion 7 wordt niet ondersteund/);
    expect(bad({ ...v1(), edits: [{ op: 'close' }] })).toThrow(
      /bewerking 1 \(close\): veld "facility" ontbreekt/
    );
    expect(bad([{ op: 'close', facility: '11TN00' }])).toThrow(ScenarioFormatError);
    expect(bad({ ...v1(), name: 42 })).toThrow(/veld "name"/);
  });
});
