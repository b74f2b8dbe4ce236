/**
 * The Storage on SQLite (better-sqlite3): the embedded default, one file, no server. Live sessions come from
 * SqliteLiveStorage (live/sqlite.ts), saved scenarios from the `scenarios` table; the notifier is in-process
 * (several processes may share the file, but their event streams only hear their own process: with several
 * processes use PostgreSQL).
 *
 * Relative imports only (see db.ts).
 */
import { schemaVersion, type Db } from './db';
import { InProcessNotifier } from './live/notifier';
import { SqliteLiveStorage } from './live/sqlite';
import {
  IdTakenError,
  type ScenarioQuery,
  type ScenarioRecord,
  type ScenarioSummary,
  type Storage
} from './storage';

interface Row {
  id: string;
  region: string;
  sector: string;
  name: string;
  created_at: string;
  edit_count: number;
  body?: string;
}

const META_COLUMNS = `id, region, sector, name, created_at, json_array_length(body, '$.edits') AS edit_count`;

const summary = (r: Row): ScenarioSummary => ({
  id: r.id,
  region: r.region,
  sector: r.sector,
  name: r.name,
  createdAt: r.created_at,
  editCount: r.edit_count
});

export class SqliteStorage extends SqliteLiveStorage implements Storage {
  readonly kind = 'sqlite' as const;
  readonly notifier = new InProcessNotifier();
  readonly where: string;

  constructor(readonly database: Db) {
    super(database);
    this.where = database.name;
  }

  async insertScenario(r: ScenarioRecord): Promise<void> {
    try {
      this.db
        .prepare(
          `INSERT INTO scenarios (id, schema_version, region, sector, name, body, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
        )
        .run(r.id, r.schemaVersion, r.region, r.sector, r.name, r.body, r.createdAt, r.createdAt);
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new IdTakenError();
      throw e;
    }
  }

  async scenario(id: string): Promise<(ScenarioSummary & { body: string }) | null> {
    const row = this.db.prepare(`SELECT ${META_COLUMNS}, body FROM scenarios WHERE id = ?`).get(id) as
      Row | undefined;
    return row ? { ...summary(row), body: row.body as string } : null;
  }

  async scenarios(q: ScenarioQuery): Promise<ScenarioSummary[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.region !== undefined) {
      where.push('region = ?');
      args.push(q.region);
    }
    if (q.ids !== undefined) {
      where.push('id IN (SELECT value FROM json_each(?))');
      args.push(JSON.stringify(q.ids));
    }
    const sql =
      `SELECT ${META_COLUMNS} FROM scenarios` +
      (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
      ` ORDER BY created_at DESC, rowid DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...args, q.limit) as Row[]).map(summary);
  }

  async schemaVersion(): Promise<number> {
    return schemaVersion(this.db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
