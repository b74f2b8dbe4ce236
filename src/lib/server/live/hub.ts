/**
 * The event streams of live sessions (Server-Sent Events). Per session a "room" of open streams listens to the
 * notifier; on a change it reads the new state from the database once (at most every `minIntervalMs`, the first
 * change at once) and sends it to every stream that has not seen it. The stream only says "changed, here is the
 * new tally": a state, never a delta, so a client that missed events loses nothing by getting the latest one.
 *
 * Events: `session` (the SessionView, when questions or scenarios changed), `tally` (the full Tally for the
 * facilitator, the PublicTally for participants), `ping` (heartbeat) and `gone` (session deleted or expired).
 * Every state event has `id: <session version>`; a client that reconnects with `Last-Event-ID` gets only what
 * changed since (nothing when it is up to date). A slow client is never queued more than a few events: it skips
 * to the latest state when it drains.
 *
 * Relative imports only (see storage.ts).
 */
import { API_TEXT } from '../../live/live-text';
import { publicTally } from '../../live/tally';
import type { SessionView, Tally } from '../../live/types';
import type { LiveNotifier, Unsubscribe } from './notifier';
import { LiveError } from './storage';

export interface HubSource {
  /** The tally with the config version, or null when the session is gone (deleted or expired). */
  state(code: string): Promise<{ tally: Tally; configVersion: number } | null>;
  /** The participant's view of the session, or null when gone. */
  view(code: string): Promise<SessionView | null>;
}

export interface HubOptions {
  /** Least time between two reads of one session's state (default 200 ms). */
  minIntervalMs?: number;
  /** Heartbeat interval (default 15 s). */
  heartbeatMs?: number;
  /** Open streams per session at most (default 3000). */
  maxStreams?: number;
  /** Events queued for one client before it skips to the latest state (default 8). */
  queue?: number;
  /** Reconnection delay the client is told (`retry:`), default 2000 ms. */
  retryMs?: number;
}

interface Client {
  full: boolean;
  /** The last version and config version this client has (from Last-Event-ID, then what we sent). */
  version: number;
  config: number;
  controller: ReadableStreamDefaultController<Uint8Array>;
  closed: boolean;
}

interface Room {
  clients: Set<Client>;
  unsubscribe: Unsubscribe;
  timer: ReturnType<typeof setTimeout> | null;
  running: boolean;
  dirty: boolean;
  lastRead: number;
}

const encoder = new TextEncoder();

export function sseEvent(type: string, data: unknown, id?: number): string {
  return `${id !== undefined ? `id: ${id}\n` : ''}event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

export class LiveHub {
  private readonly rooms = new Map<string, Room>();
  private readonly heartbeat: ReturnType<typeof setInterval>;
  private readonly minInterval: number;
  private readonly maxStreams: number;
  private readonly queue: number;
  private readonly retryMs: number;

  constructor(
    private readonly notifier: LiveNotifier,
    private readonly source: HubSource,
    options: HubOptions = {}
  ) {
    this.minInterval = options.minIntervalMs ?? 200;
    this.maxStreams = options.maxStreams ?? 3000;
    this.queue = options.queue ?? 8;
    this.retryMs = options.retryMs ?? 2000;
    const ping = encoder.encode(`event: ping\ndata: 1\n\n`);
    this.heartbeat = setInterval(() => {
      for (const room of this.rooms.values()) {
        for (const c of room.clients) if ((c.controller.desiredSize ?? 0) > 0) this.send(c, ping);
      }
    }, options.heartbeatMs ?? 15_000);
    this.heartbeat.unref?.();
  }

  /** Open streams in all sessions (tests, logs). */
  get streams(): number {
    let n = 0;
    for (const r of this.rooms.values()) n += r.clients.size;
    return n;
  }

  /**
   * A new event stream for a session. `lastEventId` is the client's Last-Event-ID (null for a first connect).
   * Throws LiveError 503 when the session has too many streams (the page then polls).
   */
  open(code: string, full: boolean, lastEventId: number | null): ReadableStream<Uint8Array> {
    let room = this.rooms.get(code);
    if (room && room.clients.size >= this.maxStreams) throw new LiveError(503, API_TEXT.tooManyStreams);
    if (!room) {
      const created: Room = {
        clients: new Set(),
        unsubscribe: () => {},
        timer: null,
        running: false,
        dirty: false,
        lastRead: 0
      };
      created.unsubscribe = this.notifier.subscribe(code, () => this.schedule(code, created));
      this.rooms.set(code, created);
      room = created;
    }
    const target = room;
    let client: Client;
    const known =
      lastEventId !== null && Number.isSafeInteger(lastEventId) && lastEventId > 0 ? lastEventId : 0;
    return new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          client = { full, version: known, config: known, controller, closed: false };
          target.clients.add(client);
          // The reconnection delay, and a first ping: the client knows at once that the stream works.
          controller.enqueue(encoder.encode(`retry: ${this.retryMs}\n\nevent: ping\ndata: 1\n\n`));
          this.schedule(code, target);
        },
        pull: () => {
          // The client drained its queue: if it skipped a state meanwhile, the next read sends it.
          if (client && !client.closed && target.clients.has(client)) this.schedule(code, target);
        },
        cancel: () => this.drop(code, target, client)
      },
      new CountQueuingStrategy({ highWaterMark: this.queue })
    );
  }

  /** Closes every stream (server shutdown). */
  close(): void {
    clearInterval(this.heartbeat);
    for (const [code, room] of this.rooms) {
      for (const c of room.clients) this.end(c);
      this.forget(code, room);
    }
  }

  private drop(code: string, room: Room, client: Client | undefined): void {
    if (client) {
      client.closed = true;
      room.clients.delete(client);
    }
    if (room.clients.size === 0) this.forget(code, room);
  }

  private forget(code: string, room: Room): void {
    room.unsubscribe();
    if (room.timer) clearTimeout(room.timer);
    room.timer = null;
    if (this.rooms.get(code) === room) this.rooms.delete(code);
  }

  private schedule(code: string, room: Room): void {
    if (room.running) {
      room.dirty = true;
      return;
    }
    if (room.timer || this.rooms.get(code) !== room) return;
    const wait = Math.max(0, room.lastRead + this.minInterval - Date.now());
    room.timer = setTimeout(() => {
      room.timer = null;
      void this.flush(code, room);
    }, wait);
  }

  private async flush(code: string, room: Room): Promise<void> {
    room.running = true;
    room.lastRead = Date.now();
    try {
      const state = await this.source.state(code);
      if (!state) {
        this.gone(code, room);
        return;
      }
      const { tally, configVersion } = state;
      const version = tally.version;
      const lacking = [...room.clients].filter((c) => c.version < version || c.version > version);
      if (lacking.length === 0) return;
      let sessionBytes: Uint8Array | null = null;
      if (lacking.some((c) => c.config < configVersion || c.version > version)) {
        const view = await this.source.view(code);
        if (!view) {
          this.gone(code, room);
          return;
        }
        sessionBytes = encoder.encode(sseEvent('session', view, version));
      }
      let fullBytes: Uint8Array | null = null;
      let publicBytes: Uint8Array | null = null;
      for (const c of lacking) {
        // Room for both events, or the client skips this state and gets the next one when it drains.
        if ((c.controller.desiredSize ?? 0) < 2) continue;
        // A Last-Event-ID ahead of the session (another database, a restored backup): start afresh.
        const fresh = c.version > version;
        if (sessionBytes && (c.config < configVersion || fresh)) {
          this.send(c, sessionBytes);
          c.config = configVersion;
        }
        if (c.full) fullBytes ??= encoder.encode(sseEvent('tally', tally, version));
        else publicBytes ??= encoder.encode(sseEvent('tally', publicTally(tally), version));
        this.send(c, c.full ? fullBytes! : publicBytes!);
        c.version = version;
      }
    } catch (e) {
      console.error(`[live] reading session ${code} for its streams failed:`, e);
      room.dirty = true; // try again after the interval
    } finally {
      room.running = false;
      if (room.dirty) {
        room.dirty = false;
        if (room.clients.size > 0) this.schedule(code, room);
      }
    }
  }

  private gone(code: string, room: Room): void {
    const bytes = encoder.encode(sseEvent('gone', { error: API_TEXT.notFound }));
    for (const c of room.clients) {
      this.send(c, bytes);
      this.end(c);
    }
    room.clients.clear();
    this.forget(code, room);
  }

  private send(c: Client, bytes: Uint8Array): void {
    if (c.closed) return;
    try {
      c.controller.enqueue(bytes);
    } catch {
      c.closed = true; // the stream was closed under us; cancel() removes it
    }
  }

  private end(c: Client): void {
    if (c.closed) return;
    c.closed = true;
    try {
      c.controller.close();
    } catch {
      // already closed
    }
  }
}
