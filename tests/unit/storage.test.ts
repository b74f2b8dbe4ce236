/**
 * The SQLite database in a temp folder: WAL and durability pragmas, migrations at open (idempotent,
 * transactional, migration 2 on a version-1 file) and refusal of a database from a newer app version; the save
 * body's validation. Saving, loading and listing: the storage contract (contract-*.test.ts).
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
import { PG_MIGRATIONS } from '../../src/lib/server/pg-migrations';
import { getScenario, saveScenario, validateSaveBody } from '../../src/lib/server/scenarios';
import { SqliteStorage } from '../../src/lib/server/sqlite-storage';
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

  it('the PostgreSQL migrations have the same versions and descriptions as the SQLite ones', () => {
    expect(PG_MIGRATIONS.map((m) => [m.version, m.description])).toEqual(
      MIGRATIONS.map((m) => [m.version, m.description])
    );
  });

  it('runs migrations once: reopening keeps the data and applies nothing', async () => {
    const db = openAt('b.sqlite');
    const { id } = await saveScenario(v1(), new SqliteStorage(db));
    db.close();
    const again = openAt('b.sqlite');
    expect(migrate(again)).toEqual([]);
    expect(schemaVersion(again)).toBe(DB_SCHEMA_VERSION);
    expect((await getScenario(id, new SqliteStorage(again)))?.file).toEqual(asV2());
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
  // Saving, loading and listing: the storage contract (contract-sqlite.test.ts, contract-postgres.test.ts).
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

  it('migration 2 upgrades a version-1 database: saved scenarios stay, the live tables appear', async () => {
    const path = join(tmp, 'v1.sqlite');
    const old = new Database(path);
    migrate(old, MIGRATIONS.slice(0, 1));
    const { id } = await saveScenario(
      { schemaVersion: 1, region: 'achterhoek', sector: 'po', edits: [{ op: 'close', facility: '11TN00' }] },
      new SqliteStorage(old)
    );
    old.close();
    const up = openAt('v1.sqlite');
    expect(schemaVersion(up)).toBe(2);
    expect((await getScenario(id, new SqliteStorage(up)))?.file.edits).toEqual([
      { op: 'close', facility: '11TN00' }
    ]);
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
  });
});
