/**
 * Rate limits of the live session: token buckets per key, in memory. Keys are a session code with a participant
 * id, never an IP address: a room of 300 phones shares one venue Wi-Fi address and must never be throttled as
 * one. A limit is abuse protection, not truth: with several app processes each process limits on its own.
 */

export interface BucketOptions {
  /** Burst: requests allowed at once. */
  capacity: number;
  /** Tokens added per second. */
  perSecond: number;
  /** Keys kept at most; the least recently used go first (a bucket that was idle long enough is full anyway). */
  maxKeys?: number;
}

export type Taken = { ok: true } | { ok: false; retryAfterS: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxKeys: number;

  constructor(private readonly options: BucketOptions) {
    this.maxKeys = options.maxKeys ?? 50_000;
  }

  /** Takes one token for `key` at time `now` (ms). */
  take(key: string, now: number = Date.now()): Taken {
    const { capacity, perSecond } = this.options;
    const b = this.buckets.get(key);
    let tokens = capacity;
    if (b) {
      tokens = Math.min(capacity, b.tokens + ((now - b.at) / 1000) * perSecond);
      this.buckets.delete(key); // re-inserted below: the map's order is least recently used first
    }
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - tokens) / perSecond)) };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return { ok: true };
  }

  get size(): number {
    return this.buckets.size;
  }
}
