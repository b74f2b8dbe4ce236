/**
 * Group commit on PostgreSQL, as group-commit.ts does on SQLite: the answers, ratings and joins that arrive while
 * the previous group is being written are written in ONE transaction (one WAL flush), each in its own savepoint,
 * so a refused answer rolls back alone. Each piece's promise settles after the COMMIT: resolved with its result,
 * or rejected with its error (all of them when the transaction itself fails, e.g. the database went away; then
 * nothing of the group was acknowledged).
 *
 * Pieces of one group run in the order of their session code: every piece locks its session row first, so two
 * processes writing groups that touch the same sessions take the locks in the same order and cannot deadlock.
 */
import { isUnavailable, mapUnavailable, type PgClient, type PgPool } from '../pg';

interface Queued {
  key: string;
  fn: (c: PgClient) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class PgGroupCommit {
  private queue: Queued[] = [];
  private running = false;

  constructor(private readonly pool: PgPool) {}

  /** Runs `fn` in the next group; `key` (the session code) orders the pieces of a group. */
  run<T>(key: string, fn: (c: PgClient) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ key, fn, resolve: resolve as (v: unknown) => void, reject });
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      await this.commit(batch);
    }
    this.running = false;
  }

  private async commit(batch: Queued[]): Promise<void> {
    const ordered = batch
      .map((item, i) => ({ item, i }))
      .sort((a, b) => (a.item.key < b.item.key ? -1 : a.item.key > b.item.key ? 1 : a.i - b.i))
      .map((x) => x.item);
    const outcomes = new Map<Queued, { ok: true; value: unknown } | { ok: false; error: unknown }>();
    let client: PgClient | null = null;
    let broken: Error | undefined;
    try {
      client = await this.pool.connect();
      await client.query('BEGIN');
      for (const item of ordered) {
        await client.query('SAVEPOINT piece');
        try {
          const value = await item.fn(client);
          await client.query('RELEASE SAVEPOINT piece');
          outcomes.set(item, { ok: true, value });
        } catch (error) {
          if (isUnavailable(error)) throw error;
          await client.query('ROLLBACK TO SAVEPOINT piece');
          outcomes.set(item, { ok: false, error });
        }
      }
      await client.query('COMMIT');
    } catch (error) {
      if (isUnavailable(error)) broken = error as Error;
      else if (client) await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      let mapped: unknown = error;
      try {
        mapUnavailable(error);
      } catch (e) {
        mapped = e;
      }
      for (const item of batch) item.reject(mapped);
      return;
    } finally {
      client?.release(broken);
    }
    for (const item of batch) {
      const o = outcomes.get(item)!;
      if (o.ok) item.resolve(o.value);
      else item.reject(o.error);
    }
  }
}
