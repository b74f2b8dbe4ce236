/**
 * The client of a session's event stream, for the participant and the facilitator page alike: fetch with a
 * streamed body (so the facilitator can send its token as a header) parsed with eventsource-parser.
 *
 * - Reconnects after a drop with the server's `retry:` delay, then backing off, and sends `Last-Event-ID`: the
 *   server then sends only what changed since.
 * - Treats 40 s without a byte (the server pings every 15 s) as a dead connection: a proxy that buffers the
 *   stream, a phone that slept.
 * - After two failed connections in a row it falls back to polling (`poll`, every 3 s) and keeps trying the
 *   stream every 15 s; the first event of a working stream stops the polling.
 * - 404 / 410 / 401 / 403 end it: the session is gone, expired, or the token is not (or no longer) valid.
 */
import { createParser } from 'eventsource-parser';

export type StreamStatus = 'connecting' | 'live' | 'polling' | 'closed';
export type StreamEvent = 'session' | 'tally' | 'gone';

export interface StreamOptions {
  /** `/api/sessions/<code>/events` (absolute in Node). */
  url: string;
  token?: string | null;
  fetch?: typeof fetch;
  onEvent: (type: StreamEvent, data: unknown, id: number | null) => void;
  onStatus?: (status: StreamStatus) => void;
  /** Fetches the state once (the fallback); errors are the caller's to show. */
  poll: () => Promise<void>;
  pollMs?: number;
  stallMs?: number;
  maxBackoffMs?: number;
  failuresBeforePolling?: number;
  /** Delay between stream attempts while polling. */
  retryWhilePollingMs?: number;
}

const FINAL = new Set([401, 403, 404, 410]);

export class LiveStream {
  lastEventId: number | null = null;
  private stopped = true;
  private controller: AbortController | null = null;
  private pollTimer: ReturnType<typeof setTimeout> | null = null;
  private retryMs = 2000;
  private status: StreamStatus = 'closed';
  private wake: (() => void) | null = null;

  constructor(private readonly o: StreamOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    this.controller?.abort();
    this.stopPolling();
    this.wake?.();
    this.setStatus('closed');
  }

  /** Reconnect now (e.g. the page became visible again after the phone slept). */
  nudge(): void {
    this.wake?.();
  }

  private setStatus(s: StreamStatus): void {
    if (s === this.status) return;
    this.status = s;
    this.o.onStatus?.(s);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = done;
    });
  }

  private startPolling(): void {
    if (this.pollTimer !== null || this.stopped) return;
    this.setStatus('polling');
    const tick = async () => {
      try {
        await this.o.poll();
      } catch {
        // the caller shows its own error; keep polling
      }
      if (this.pollTimer !== null && !this.stopped) this.pollTimer = setTimeout(tick, this.o.pollMs ?? 3000);
    };
    this.pollTimer = setTimeout(tick, 0);
  }

  private stopPolling(): void {
    if (this.pollTimer !== null) clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }

  private async run(): Promise<void> {
    const fetchFn = this.o.fetch ?? fetch;
    let failures = 0;
    while (!this.stopped) {
      if (this.pollTimer === null) this.setStatus('connecting');
      const outcome = await this.connect(fetchFn);
      if (this.stopped || outcome === 'final') break;
      failures = outcome === 'ended' ? 0 : failures + 1;
      if (failures >= (this.o.failuresBeforePolling ?? 2)) this.startPolling();
      const backoff = Math.min(this.o.maxBackoffMs ?? 15_000, this.retryMs * 2 ** Math.max(0, failures - 1));
      await this.sleep(this.pollTimer !== null ? (this.o.retryWhilePollingMs ?? 15_000) : backoff);
    }
    this.stopPolling();
  }

  /** One connection: 'ended' after a stream that worked, 'failed' without one, 'final' when it must stop. */
  private async connect(fetchFn: typeof fetch): Promise<'ended' | 'failed' | 'final'> {
    const controller = new AbortController();
    this.controller = controller;
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (this.lastEventId !== null) headers['last-event-id'] = String(this.lastEventId);
    if (this.o.token) headers.authorization = `Bearer ${this.o.token}`;
    let stall: ReturnType<typeof setTimeout> | null = null;
    const armStall = () => {
      if (stall) clearTimeout(stall);
      stall = setTimeout(() => controller.abort(), this.o.stallMs ?? 40_000);
    };
    let worked = false;
    try {
      armStall();
      const res = await fetchFn(this.o.url, { headers, signal: controller.signal, cache: 'no-store' });
      if (FINAL.has(res.status)) {
        const body = (await res.json().catch(() => null)) as { error?: string } | null;
        this.o.onEvent('gone', { error: body?.error ?? `status ${res.status}`, status: res.status }, null);
        this.stop();
        return 'final';
      }
      if (!res.ok || !res.body || !/text\/event-stream/.test(res.headers.get('content-type') ?? '')) {
        await res.body?.cancel().catch(() => {});
        return 'failed';
      }
      let gone = false;
      const parser = createParser({
        onEvent: (e) => {
          // Any event (a ping too) proves the stream works: polling can stop.
          if (!worked) {
            worked = true;
            this.stopPolling();
            this.setStatus('live');
          }
          if (e.event !== 'session' && e.event !== 'tally' && e.event !== 'gone') return;
          let data: unknown;
          try {
            data = JSON.parse(e.data);
          } catch {
            return;
          }
          const id = e.id !== undefined && /^\d+$/.test(e.id) ? Number(e.id) : null;
          if (id !== null) this.lastEventId = id;
          if (e.event === 'gone') gone = true;
          this.o.onEvent(e.event, data, id);
        },
        onRetry: (ms) => {
          if (ms >= 500 && ms <= 60_000) this.retryMs = ms;
        }
      });
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        armStall();
        parser.feed(decoder.decode(value, { stream: true }));
        if (gone) {
          this.stop();
          return 'final';
        }
      }
      return worked ? 'ended' : 'failed';
    } catch {
      return worked ? 'ended' : 'failed';
    } finally {
      if (stall) clearTimeout(stall);
      controller.abort();
    }
  }
}
