/**
 * "Session X changed": the only thing server processes tell each other about a live session. The notification
 * carries no tally; whoever listens reads the new state from the database. In one process this is a map of
 * listeners (InProcessNotifier); with several app processes on one PostgreSQL database it becomes LISTEN/NOTIFY
 * behind the same interface.
 */

export type Unsubscribe = () => void;

export interface LiveNotifier {
  /** Says that the session changed (after the commit). Never throws; delivery is asynchronous. */
  publish(code: string): void;
  /** Calls `onChange` after every publish for the session, in this process or (later) another one. */
  subscribe(code: string, onChange: () => void): Unsubscribe;
}

export class InProcessNotifier implements LiveNotifier {
  private readonly listeners = new Map<string, Set<() => void>>();

  publish(code: string): void {
    const set = this.listeners.get(code);
    if (!set || set.size === 0) return;
    // After the caller's response is on its way: a listener never delays an acknowledgement.
    setImmediate(() => {
      for (const fn of [...set]) {
        try {
          fn();
        } catch (e) {
          console.error('[live] listener failed:', e);
        }
      }
    });
  }

  subscribe(code: string, onChange: () => void): Unsubscribe {
    let set = this.listeners.get(code);
    if (!set) this.listeners.set(code, (set = new Set()));
    set.add(onChange);
    return () => {
      set.delete(onChange);
      if (set.size === 0 && this.listeners.get(code) === set) this.listeners.delete(code);
    };
  }

  /** Sessions with listeners (tests). */
  get size(): number {
    return this.listeners.size;
  }
}
