/**
 * Saving to the server without a network (a village hall): the save waits and tries again, at growing intervals
 * and at once when the browser reports it is online again, until it succeeds or fails for another reason (the
 * server refuses the file). Nothing is lost meanwhile: the session stays in the browser (state/persist.ts).
 */

/** Waits between attempts, in ms; the last one repeats. */
export const RETRY_DELAYS_MS: readonly number[] = [2_000, 5_000, 10_000, 20_000, 30_000];

/** Thrown by `result` after `cancel()`. */
export class RetryCancelled extends Error {
  constructor() {
    super('opslaan afgebroken');
    this.name = 'RetryCancelled';
  }
}

export interface RetryOptions {
  delays?: readonly number[];
  /** True when an attempt failed because the server was out of reach and the next one waits; false when done. */
  onWaiting?: (waiting: boolean) => void;
  /** Subscribes to "the network is back" (the window's `online` event); returns the unsubscribe function. */
  subscribeOnline?: (wake: () => void) => () => void;
}

export interface Retrying<T> {
  /** The first successful attempt's value, or the first error that is not "out of reach". */
  result: Promise<T>;
  /** Tries again now instead of at the end of the current wait. */
  retryNow(): void;
  /** Stops waiting: `result` rejects with RetryCancelled. */
  cancel(): void;
}

/** The window's `online` event, for `subscribeOnline`. */
export function windowOnline(wake: () => void): () => void {
  window.addEventListener('online', wake);
  return () => window.removeEventListener('online', wake);
}

/**
 * Runs `attempt` until it succeeds; an error for which `unreachable(error)` is true (no network, a gateway that
 * answers for a server that is down) schedules the next attempt instead of failing.
 */
export function retryWhileUnreachable<T>(
  attempt: () => Promise<T>,
  unreachable: (error: unknown) => boolean,
  options: RetryOptions = {}
): Retrying<T> {
  const delays = options.delays?.length ? options.delays : RETRY_DELAYS_MS;
  let wake: (() => void) | null = null;
  let cancelled = false;
  const unsubscribe = options.subscribeOnline?.(() => wake?.());

  const run = async (): Promise<T> => {
    for (let n = 0; ; n++) {
      try {
        return await attempt();
      } catch (e) {
        if (cancelled) throw new RetryCancelled();
        if (!unreachable(e)) throw e;
      }
      options.onWaiting?.(true);
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, delays[Math.min(n, delays.length - 1)]);
      });
      clearTimeout(timer);
      wake = null;
      if (cancelled) throw new RetryCancelled();
    }
  };

  const result = run().finally(() => {
    unsubscribe?.();
    options.onWaiting?.(false);
  });
  return {
    result,
    retryNow: () => wake?.(),
    cancel: () => {
      cancelled = true;
      wake?.();
    }
  };
}
