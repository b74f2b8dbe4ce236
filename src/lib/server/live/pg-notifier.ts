/**
 * "Session X changed" between app processes on one PostgreSQL database: LISTEN on one connection of its own.
 * The storage sends `pg_notify(channel, '<code>:<instance>')` inside the transaction of every change, so a
 * notification exists only for committed changes and arrives at every process after the commit. This process's
 * own changes are delivered at once by `publish` (and skipped when they come back through LISTEN).
 *
 * When the listening connection breaks (database restart), it reconnects with a growing delay; after a reconnect
 * every subscribed session is told "changed" once, because notifications sent meanwhile were lost: the event
 * streams then read the database and catch up.
 *
 * Relative imports only (see storage.ts).
 */
import pg from 'pg';
import { InProcessNotifier, type LiveNotifier, type Unsubscribe } from './notifier';

export class PgNotifier implements LiveNotifier {
  private readonly local = new InProcessNotifier();
  private readonly codes = new Set<string>();
  private client: pg.Client | null = null;
  private closed = false;
  private retryMs = 250;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private connecting: Promise<void> | null = null;
  /** Connections made so far (tests: a reconnect happened). */
  connects = 0;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly channel: string,
    private readonly instance: string
  ) {}

  /** Connects and listens; rejects when the first connection fails (the caller decides; retries follow). */
  start(): Promise<void> {
    this.connecting ??= this.connect();
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.config);
    client.on('notification', (n) => {
      if (n.channel !== this.channel || !n.payload) return;
      const at = n.payload.lastIndexOf(':');
      const code = at < 0 ? n.payload : n.payload.slice(0, at);
      if (at >= 0 && n.payload.slice(at + 1) === this.instance) return; // delivered by publish already
      this.deliver(code);
    });
    client.on('error', (e) => {
      console.error(`[live] luisterverbinding met PostgreSQL verbroken: ${e.message}`);
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (e) {
      client.removeAllListeners('end');
      client.on('error', () => {});
      await client.end().catch(() => {});
      this.connecting = null;
      this.retry();
      throw e;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.connects++;
    this.retryMs = 250;
    if (this.connects > 1) for (const code of this.codes) this.deliver(code);
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.connecting = null;
    client.end().catch(() => {});
    this.retry();
  }

  private retry(): void {
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start().catch(() => {
        // logged by the next attempt's failure; retry() was scheduled by connect()
      });
    }, this.retryMs);
    this.timer.unref?.();
    this.retryMs = Math.min(5000, this.retryMs * 2);
  }

  private deliver(code: string): void {
    this.local.publish(code);
  }

  /** Whether the LISTEN connection is up. */
  get listening(): boolean {
    return this.client !== null;
  }

  publish(code: string): void {
    this.local.publish(code);
  }

  subscribe(code: string, onChange: () => void): Unsubscribe {
    this.codes.add(code);
    const off = this.local.subscribe(code, onChange);
    return () => {
      off();
      if (!this.local.has(code)) this.codes.delete(code);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const c = this.client;
    this.client = null;
    if (c) {
      c.removeAllListeners('end');
      await c.end().catch(() => {});
    }
  }
}
