/**
 * The SQLite database of saved (shared) scenarios, through better-sqlite3.
 *
 * Location: env TRANSITIEATLAS_DB, default `data/transitieatlas.sqlite` under the working directory (the folder is
 * created). WAL mode with synchronous=FULL: a save the API has acknowledged is on disk, also when the process is
 * killed right after. The schema version lives in the `schema_meta` table; ordered migrations run at open inside
 * one IMMEDIATE transaction (so two processes starting together cannot both migrate). A database written by a
 * newer version of the app is refused instead of being half-understood.
 *
 * Imports are relative (no `$lib`) so the storage test can run this module in a plain `node --import tsx` child.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type Db = Database.Database;

export interface Migration {
  /** The schema version after this migration; versions are 1, 2, 3, ... without gaps. */
  version: number;
  description: string;
  up: (db: Db) => void;
}

/** Never edit a migration that has shipped: add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'scenarios table (immutable saved scenario files, keyed by their share id)',
    up: (db) => {
      db.exec(`
        CREATE TABLE scenarios (
          id TEXT PRIMARY KEY CHECK (length(id) >= 22),  -- share id: base64url of >= 16 random bytes
          schema_version INTEGER NOT NULL,               -- scenario file schemaVersion of body
          region TEXT NOT NULL,
          sector TEXT NOT NULL,
          name TEXT NOT NULL DEFAULT '',
          body TEXT NOT NULL CHECK (json_valid(body)),   -- the scenario file JSON
          created_at TEXT NOT NULL,                      -- ISO 8601 UTC
          updated_at TEXT NOT NULL
        );
        CREATE INDEX scenarios_created ON scenarios (created_at DESC);
        CREATE INDEX scenarios_region_created ON scenarios (region, created_at DESC);
      `);
    }
  },
  {
    version: 2,
    description: 'live sessions: sessions, questions, participants, votes, scenarios for rating, ratings',
    up: (db) => db.exec(LIVE_TABLES)
  }
];

export const DB_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** The database cannot be used by this version of the app (newer schema, or unreadable version). */
export class DatabaseVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseVersionError';
  }
}

export function dbPath(): string {
  return resolve(process.cwd(), process.env.TRANSITIEATLAS_DB || 'data/transitieatlas.sqlite');
}

function readVersion(db: Db): number {
  const row = db.prepare(`SELECT value FROM schema_meta WHERE key = 'schema_version'`).get() as
    { value: string } | undefined;
  if (!row) return 0;
  const v = Number(row.value);
  if (!Number.isInteger(v) || v < 0) {
    throw new DatabaseVersionError(`schema_meta.schema_version is geen geldig versienummer: '${row.value}'`);
  }
  return v;
}

/** The schema version stored in the database (0 for a new, empty database). */
export function schemaVersion(db: Db): number {
  const hasMeta = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_meta'`)
    .get();
  return hasMeta ? readVersion(db) : 0;
}

/**
 * Bring the database to the last version of `migrations`. All pending migrations run in one transaction: a
 * failing migration leaves the database exactly as it was. Returns the versions that were applied.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS, where = 'database'): number[] {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${i} has version ${m.version}, expected ${i + 1}`);
  });
  const latest = migrations.length;
  const run = db.transaction((): number[] => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    const current = readVersion(db);
    if (current > latest) {
      throw new DatabaseVersionError(
        `${where} heeft schemaversie ${current}, deze versie van de Transitieatlas kent versie ${latest} ` +
          `of ouder. Werk de app bij of gebruik een ander databasebestand (TRANSITIEATLAS_DB).`
      );
    }
    const applied: number[] = [];
    for (const m of migrations.slice(current)) {
      m.up(db);
      applied.push(m.version);
    }
    if (applied.length > 0) {
      db.prepare(
        `INSERT INTO schema_meta (key, value) VALUES ('schema_version', ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`
      ).run(String(latest));
    }
    return applied;
  });
  return run.immediate();
}

export interface OpenOptions {
  /** For tests: a different migration list. */
  migrations?: readonly Migration[];
}

/** Open (creating when needed) and migrate the database at `path`. Throws DatabaseVersionError for a newer one. */
export function openDatabase(path: string = dbPath(), options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, options.migrations ?? MIGRATIONS, path);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

let shared: Db | null = null;

/** The server's database, opened on first use (so a page that never saves never touches the disk). */
export function getDb(): Db {
  if (!shared) {
    shared = openDatabase();
    process.once('exit', closeDb);
  }
  return shared;
}

/** Close the shared database (tests, shutdown). The next getDb() opens it again. */
export function closeDb(): void {
  if (shared) {
    const db = shared;
    shared = null;
    if (db.open) db.close();
  }
}

/**
 * Migration 2: the live session (src/lib/server/live). A session row carries `version`, raised in the same
 * transaction as every change (a vote included): it is the event id of the stream and the tally's version, so
 * any server process reading the database knows whether a client has seen the latest state.
 */
const LIVE_TABLES = `
  CREATE TABLE live_sessions (
    code TEXT PRIMARY KEY CHECK (length(code) = 6),
    token_hash TEXT NOT NULL CHECK (length(token_hash) = 64),  -- sha256 (hex) of the facilitator token
    region TEXT NOT NULL,
    region_name TEXT NOT NULL,
    sector TEXT NOT NULL,
    sector_name TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,           -- raised by every change (votes included)
    config_version INTEGER NOT NULL DEFAULT 1,    -- the version of the last change to questions or scenarios
    created_at TEXT NOT NULL,                     -- ISO 8601 UTC
    active_at INTEGER NOT NULL                    -- ms since the epoch of the last activity (expiry)
  );
  CREATE INDEX live_sessions_active ON live_sessions (active_at);

  CREATE TABLE live_questions (
    session TEXT NOT NULL REFERENCES live_sessions (code) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('number', 'choice')),
    min REAL,
    max REAL,
    step REAL,
    unit TEXT,
    options TEXT NOT NULL CHECK (json_valid(options)),  -- [{ value, label }]
    help TEXT,
    open INTEGER NOT NULL CHECK (open IN (0, 1)),
    PRIMARY KEY (session, id)
  ) WITHOUT ROWID;

  CREATE TABLE live_participants (
    session TEXT NOT NULL REFERENCES live_sessions (code) ON DELETE CASCADE,
    id TEXT NOT NULL CHECK (length(id) BETWEEN 8 AND 64),
    nickname TEXT CHECK (nickname IS NULL OR length(nickname) <= 40),
    joined_at TEXT NOT NULL,
    PRIMARY KEY (session, id)
  ) WITHOUT ROWID;

  CREATE TABLE live_votes (
    session TEXT NOT NULL,
    question TEXT NOT NULL,
    participant TEXT NOT NULL,
    num REAL,                                     -- a number answer
    choice TEXT,                                  -- an option value
    updated_at TEXT NOT NULL,
    CHECK ((num IS NULL) <> (choice IS NULL)),
    PRIMARY KEY (session, question, participant),
    FOREIGN KEY (session, question) REFERENCES live_questions (session, id) ON DELETE CASCADE,
    FOREIGN KEY (session, participant) REFERENCES live_participants (session, id) ON DELETE CASCADE
  ) WITHOUT ROWID;

  CREATE TABLE live_scenarios (
    session TEXT NOT NULL REFERENCES live_sessions (code) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    sector TEXT NOT NULL,
    body TEXT NOT NULL CHECK (json_valid(body)),        -- the scenario file (version 2)
    figures TEXT NOT NULL CHECK (json_valid(figures)),  -- key figures against today (ScenarioFigures)
    map_svg TEXT NOT NULL,                              -- the phone map, drawn once from the engine's result
    open INTEGER NOT NULL CHECK (open IN (0, 1)),
    created_at TEXT NOT NULL,
    PRIMARY KEY (session, id)
  );

  CREATE TABLE live_ratings (
    session TEXT NOT NULL,
    scenario TEXT NOT NULL,
    participant TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (session, scenario, participant),
    FOREIGN KEY (session, scenario) REFERENCES live_scenarios (session, id) ON DELETE CASCADE,
    FOREIGN KEY (session, participant) REFERENCES live_participants (session, id) ON DELETE CASCADE
  ) WITHOUT ROWID;
`;
