import type { Readable } from 'svelte/store';
import type { StoreApi } from 'zustand/vanilla';

/** Bridges a zustand vanilla store to the Svelte store contract, so components can write `$atlas`. */
export function readable<T>(store: StoreApi<T>): Readable<T> {
  return {
    subscribe(run) {
      run(store.getState());
      return store.subscribe((state) => run(state));
    }
  };
}
