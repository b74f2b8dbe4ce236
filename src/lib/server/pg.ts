/**
 * PostgreSQL connection pool (node-postgres) and its versioned migrations, for deployments with several app
 * processes on one database (DATABASE_URL=postgres://...).
 *
 * Pool: at most TRANSITIEATLAS_PG_POOL_MAX connections (default 10) per process, a statement timeout on the
 * server (TRANSITIEATLAS_PG_STATEMENT_TIMEOUT_MS, default 10 s), a connect timeout (5 s), and an error handler on
 * idle connections: a database that restarts breaks them, the pool drops them and opens new ones at the next
 * request, so the app recovers without a restart. Errors that mean "the database is not there right now" are
 * turned into StorageUnavailableError (503 with a Dutch message); nothing is acknowledged without a commit.
 *
 * Migrations: the same version numbers as the SQLite database (db.ts), in `schema_meta`, all pending ones in one
 * transaction under an advisory lock, so two processes starting together never both migrate.
 *
 * Relative imports only (see db.ts).
 */
import pg from 'pg';
import { DatabaseVersionError } from './db';
import { HttpError } from './http';
import { PG_MIGRATIONS, type PgMigration } from './pg-migrations';
import { STORAGE_TEXT } from './storage-text';

export type PgPool = pg.Pool;
export type PgClient = pg.PoolClient;

/** 503: the database cannot be reached right now (the request may be repeated; nothing was acknowledged). */
export class StorageUnavailableError extends HttpError {
  constructor(readonly cause?: unknown) {
    super(503, STORAGE_TEXT.unavailable);
    this.name = 'StorageUnavailableError';
  }
}

/** SQLSTATE classes and codes that mean the server or the connection is gone, starting, or overloaded. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '57014', '40P01']);
const UNAVAILABLE_NODE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH'
]);

/** True when `e` says the database is unreachable, restarting, shutting down, timed out or out of connections. */
export function isUnavailable(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code.startsWith('08') || UNAVAILABLE_STATES.has(code) || UNAVAILABLE_NODE.has(code)) return true;
  }
  const message = String((e as { message?: unknown }).message ?? '');
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|not queryable/i.test(
    message
  );
}

/** Rethrows `e` as StorageUnavailableError when it is a connection problem. */
export function mapUnavailable(e: unknown): never {
  if (e instanceof HttpError) throw e;
  if (isUnavailable(e)) throw new StorageUnavailableError(e);
  throw e;
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(ongeldige DATABASE_URL)';
  }
}

const int = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export interface PoolOptions {
  max?: number;
  statementTimeoutMs?: number;
  connectTimeoutMs?: number;
}

// int8 (count(*), bigint columns) as a JavaScript number: our values stay far below 2^53.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
};

/** A pool on `url`; connects lazily. Idle connections that break (database restart) are dropped, not fatal. */
export function createPool(url: string, o: PoolOptions = {}): PgPool {
  const pool = new pg.Pool({
    connectionString: url,
    max: o.max ?? int(process.env.TRANSITIEATLAS_PG_POOL_MAX, 10),
    statement_timeout:
      o.statementTimeoutMs ?? int(process.env.TRANSITIEATLAS_PG_STATEMENT_TIMEOUT_MS, 10_000),
    idle_in_transaction_session_timeout: 60_000,
    connectionTimeoutMillis: o.connectTimeoutMs ?? 5000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    application_name: 'transitieatlas',
    types
  });
  // A connection that breaks while checked out also emits 'error' (besides failing its query): without a
  // listener that would crash the process. The query's own rejection carries the error to the request.
  pool.on('connect', (client) => client.on('error', () => {}));
  pool.on('error', (e) => {
    // An idle connection died (the database restarted or dropped it): the pool replaces it when needed.
    console.error(`[db] PostgreSQL-verbinding verbroken: ${e.message}`);
  });
  return pool;
}

/** The client options of the pool, for a connection of its own (LISTEN). */
export function clientConfig(pool: PgPool): pg.ClientConfig {
  const o = pool.options as pg.PoolConfig;
  return {
    connectionString: o.connectionString,
    connectionTimeoutMillis: o.connectionTimeoutMillis,
    keepAlive: true,
    application_name: 'transitieatlas-listen'
  };
}

/** Runs `fn` in a transaction on a connection of the pool; COMMIT before it resolves. */
export async function transaction<T>(pool: PgPool, fn: (c: PgClient) => Promise<T>): Promise<T> {
  let client: PgClient;
  try {
    client = await pool.connect();
  } catch (e) {
    return mapUnavailable(e);
  }
  let broken: unknown = undefined;
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (e) {
    if (isUnavailable(e)) broken = e;
    else await client.query('ROLLBACK').catch((x: unknown) => (broken = x));
    return mapUnavailable(e);
  } finally {
    // A connection that failed is destroyed instead of going back to the pool.
    client.release(broken === undefined ? undefined : (broken as Error));
  }
}

const MIGRATION_LOCK = 7_262_014; // any constant: the advisory lock of "migrating the Transitieatlas schema"

/** The schema version of the database (0 when new). */
export async function pgSchemaVersion(pool: PgPool): Promise<number> {
  try {
    const r = await pool.query(
      `SELECT value FROM schema_meta WHERE key = 'schema_version' AND to_regclass('schema_meta') IS NOT NULL`
    );
    return r.rows.length ? Number(r.rows[0].value) : 0;
  } catch (e) {
    if ((e as { code?: string }).code === '42P01') return 0; // no schema_meta yet
    return mapUnavailable(e);
  }
}

/**
 * Brings the database to the last version of `migrations` in one transaction (a failing migration changes
 * nothing). Refuses a database of a newer version (DatabaseVersionError). Returns the versions applied.
 */
export async function migratePg(
  pool: PgPool,
  migrations: readonly PgMigration[] = PG_MIGRATIONS,
  where = 'de PostgreSQL-database'
): Promise<number[]> {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${i} has version ${m.version}, expected ${i + 1}`);
  });
  const latest = migrations.length;
  return transaction(pool, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await c.query(`CREATE TABLE IF NOT EXISTS schema_meta (key text PRIMARY KEY, value text NOT NULL)`);
    const r = await c.query(`SELECT value FROM schema_meta WHERE key = 'schema_version'`);
    const current = r.rows.length ? Number(r.rows[0].value) : 0;
    if (!Number.isInteger(current) || current < 0) {
      throw new DatabaseVersionError(
        `schema_meta.schema_version is geen geldig versienummer: '${r.rows[0].value}'`
      );
    }
    if (current > latest) {
      throw new DatabaseVersionError(
        `${where} heeft schemaversie ${current}, deze versie van de Transitieatlas kent versie ${latest} ` +
          'of ouder. Werk de app bij of gebruik een andere database (DATABASE_URL).'
      );
    }
    const applied: number[] = [];
    for (const m of migrations.slice(current)) {
      await c.query(m.sql);
      applied.push(m.version);
    }
    if (applied.length > 0) {
      await c.query(
        `INSERT INTO schema_meta (key, value) VALUES ('schema_version', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [String(latest)]
      );
    }
    return applied;
  });
}
