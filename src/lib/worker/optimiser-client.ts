import type { OptimiseProgress, OptimiseResult, Tradeoff } from '$lib/engine';
import type { OptimiserFailure, OptimiserReply, OptimiserRunRequest } from './optimiser-protocol';

/** A run the engine refused (bad criteria: `field` names the criterion) or that failed. */
export class OptimiserError extends Error {
  constructor(readonly failure: OptimiserFailure) {
    super(failure.message);
  }
}

/** The run was stopped ("Stoppen", or a newer run). */
export class OptimiserCancelled extends Error {
  constructor() {
    super('Berekening gestopt.');
  }
}

export interface OptimiserOutcome {
  result: OptimiseResult;
  curve: Tradeoff | null;
}

/** What `computeProposal` needs from an optimiser: the worker client, or an in-process runner in tests. */
export interface OptimiserRunner {
  run(
    request: Omit<OptimiserRunRequest, 'type' | 'id'>,
    onProgress?: (p: OptimiseProgress) => void
  ): Promise<OptimiserOutcome>;
  cancel(): void;
}

/**
 * The client of the optimiser worker. The worker starts on the first run and stays for the next (bundle and
 * HiGHS loaded once); `cancel` terminates it (a solve in WebAssembly cannot be interrupted otherwise) and the next
 * run starts a fresh one. One run at a time: a new run cancels the one before.
 */
export class OptimiserClient implements OptimiserRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: {
    id: number;
    resolve: (o: OptimiserOutcome) => void;
    reject: (e: Error) => void;
    progress?: (p: OptimiseProgress) => void;
  } | null = null;

  private spawn(): Worker {
    const worker = new Worker(new URL('./optimiser.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<OptimiserReply>) => {
      const msg = event.data;
      const p = this.pending;
      if (!p || p.id !== msg.id) return;
      if (msg.type === 'progress') {
        p.progress?.(msg.progress);
        return;
      }
      this.pending = null;
      if (msg.type === 'error') p.reject(new OptimiserError(msg.error));
      else p.resolve({ result: msg.result, curve: msg.curve });
    };
    worker.onerror = (event) => {
      const p = this.pending;
      this.pending = null;
      this.terminate();
      p?.reject(new OptimiserError({ message: `De rekenhulp is gestopt: ${event.message}`, field: null }));
    };
    return worker;
  }

  run(
    request: Omit<OptimiserRunRequest, 'type' | 'id'>,
    onProgress?: (p: OptimiseProgress) => void
  ): Promise<OptimiserOutcome> {
    this.cancel();
    this.worker ??= this.spawn();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending = { id, resolve, reject, progress: onProgress };
      this.worker!.postMessage({
        ...structuredClone(request),
        type: 'run',
        id
      } satisfies OptimiserRunRequest);
    });
  }

  /** Stops a running computation at once (the worker is terminated); nothing happens when none runs. */
  cancel(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.terminate();
    p.reject(new OptimiserCancelled());
  }

  private terminate(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  destroy(): void {
    this.cancel();
    this.terminate();
  }
}
