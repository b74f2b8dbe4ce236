/**
 * The Storage on PostgreSQL (DATABASE_URL=postgres://...): several app processes on one database. Live sessions
 * come from PgLiveStorage (live/pg.ts), saved scenarios from the `scenarios` table, "session changed" travels by
 * LISTEN/NOTIFY (live/pg-notifier.ts). `PgStorage.open` connects, runs the migrations and starts listening; it
 * throws when the database cannot be reached, so the server can refuse to start with one clear line.
 *
 * Relative imports only (see db.ts).
 */
import { randomBytes } from 'node:crypto';
import { LIVE_CHANNEL, PgLiveStorage } from './live/pg';
import { PgNotifier } from './live/pg-notifier';
import {
  clientConfig,
  createPool,
  migratePg,
  pgSchemaVersion,
  mapUnavailable,
  redactUrl,
  type PgPool,
  type PoolOptions
} from './pg';
import type { PgMigration } from './pg-migrations';
import {
  IdTakenError,
  type ScenarioQuery,
  type ScenarioRecord,
  type ScenarioSummary,
  type Storage
} from './storage';

const META_COLUMNS = `id, region, sector, name, created_at, json_array_length(body -> 'edits') AS edit_count`;

interface Row {
  id: string;
  region: string;
  sector: string;
  name: string;
  created_at: string;
  edit_count: number;
  body?: string;
}

const summary = (r: Row): ScenarioSummary => ({
  id: r.id,
  region: r.region,
  sector: r.sector,
  name: r.name,
  createdAt: r.created_at,
  editCount: r.edit_count
});

export interface PgOpenOptions extends PoolOptions {
  /** For tests: a different migration list. */
  migrations?: readonly PgMigration[];
}

export class PgStorage extends PgLiveStorage implements Storage {
  readonly kind = 'postgres' as const;
  readonly where: string;

  private constructor(
    pool: PgPool,
    instance: string,
    readonly notifier: PgNotifier,
    url: string
  ) {
    super(pool, instance);
    this.where = redactUrl(url);
  }

  /** Connects, migrates and listens. Throws (and closes everything) when that fails. */
  static async open(url: string, o: PgOpenOptions = {}): Promise<PgStorage> {
    const pool = createPool(url, o);
    const instance = randomBytes(6).toString('base64url');
    const notifier = new PgNotifier(clientConfig(pool), LIVE_CHANNEL, instance);
    try {
      await migratePg(pool, o.migrations, `de database ${redactUrl(url)}`);
      await notifier.start();
    } catch (e) {
      await notifier.close();
      await pool.end().catch(() => {});
      throw e;
    }
    return new PgStorage(pool, instance, notifier, url);
  }

  /** The pool (tests, the health of the connection). */
  get connections(): PgPool {
    return this.pool;
  }

  async insertScenario(r: ScenarioRecord): Promise<void> {
    try {
      // One statement in autocommit: committed (and durable) when it returns.
      await this.pool.query(
        `INSERT INTO scenarios (id, schema_version, region, sector, name, body, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
        [r.id, r.schemaVersion, r.region, r.sector, r.name, r.body, r.createdAt]
      );
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw new IdTakenError();
      mapUnavailable(e);
    }
  }

  async scenario(id: string): Promise<(ScenarioSummary & { body: string }) | null> {
    const r = await this.read((db) =>
      db.query(`SELECT ${META_COLUMNS}, body::text AS body FROM scenarios WHERE id = $1`, [id])
    );
    const row = r.rows[0] as Row | undefined;
    return row ? { ...summary(row), body: row.body as string } : null;
  }

  async scenarios(q: ScenarioQuery): Promise<ScenarioSummary[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.region !== undefined) {
      args.push(q.region);
      where.push(`region = $${args.length}`);
    }
    if (q.ids !== undefined) {
      args.push([...q.ids]);
      where.push(`id = ANY($${args.length}::text[])`);
    }
    args.push(q.limit);
    const sql =
      `SELECT ${META_COLUMNS} FROM scenarios` +
      (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
      ` ORDER BY created_at DESC, seq DESC LIMIT $${args.length}`;
    const r = await this.read((db) => db.query(sql, args));
    return (r.rows as Row[]).map(summary);
  }

  async schemaVersion(): Promise<number> {
    return pgSchemaVersion(this.pool);
  }

  /** Stops listening and closes the pool after the queries in progress. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.notifier.close();
    await this.pool.end();
  }

  private closed = false;
}
