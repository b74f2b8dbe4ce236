import type { AtlasState, AtlasStore, ScenarioDraft, YearInputs } from './store';

/**
 * Keeps the session's scenarios in localStorage, per region, so a reload, a visit to /compare or a failed save
 * on the server never loses what the user edited. Only the serialisable inputs are stored (see store.ts), with
 * a schema version; anything unreadable is ignored (and left in place) rather than half-loaded.
 */

export const SESSION_SCHEMA_VERSION = 1;
const KEY_PREFIX = 'transitieatlas:sessie:';

interface StoredSession {
  schemaVersion: number;
  region: string;
  savedAt: string;
  activeScenario: string;
  scenarios: ScenarioDraft[];
  /** The year series' inputs (birth trend, migration, transport, floor and costs); absent in older sessions. */
  yearOptions?: YearInputs;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function isDraft(x: unknown): x is ScenarioDraft {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  return (
    typeof d.id === 'string' &&
    typeof d.name === 'string' &&
    (d.sector === 'po' || d.sector === 'vo') &&
    Array.isArray(d.edits) &&
    Array.isArray(d.redo)
  );
}

function isYearInputs(x: unknown): x is YearInputs {
  if (typeof x !== 'object' || x === null) return false;
  const y = x as Record<string, unknown>;
  const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  return finite(y.birthTrend) && finite(y.migration) && finite(y.transportKm);
}

/** The stored session of a region, or null when there is none or it cannot be read. */
export function loadSession(
  storage: KeyValueStorage,
  region: string
): (Pick<AtlasState, 'scenarios' | 'activeScenario'> & { yearOptions?: YearInputs }) | null {
  let raw: string | null;
  try {
    raw = storage.getItem(KEY_PREFIX + region);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const data = JSON.parse(raw) as StoredSession;
    if (data.schemaVersion !== SESSION_SCHEMA_VERSION || data.region !== region) return null;
    if (!Array.isArray(data.scenarios) || data.scenarios.length === 0 || !data.scenarios.every(isDraft))
      return null;
    const active = data.scenarios.some((s) => s.id === data.activeScenario)
      ? data.activeScenario
      : data.scenarios[0].id;
    const yearOptions = isYearInputs(data.yearOptions) ? data.yearOptions : undefined;
    return { scenarios: data.scenarios, activeScenario: active, ...(yearOptions ? { yearOptions } : {}) };
  } catch {
    return null;
  }
}

export function saveSession(storage: KeyValueStorage, state: AtlasState): boolean {
  if (!state.region) return false;
  const data: StoredSession = {
    schemaVersion: SESSION_SCHEMA_VERSION,
    region: state.region,
    savedAt: new Date().toISOString(),
    activeScenario: state.activeScenario,
    scenarios: state.scenarios,
    yearOptions: state.yearOptions
  };
  try {
    storage.setItem(KEY_PREFIX + state.region, JSON.stringify(data));
    return true;
  } catch {
    return false; // quota or private mode: the session still works in memory
  }
}

/** Saves on every change of the scenarios. Returns the unsubscribe function. */
export function persistSession(store: AtlasStore, storage: KeyValueStorage): () => void {
  return store.subscribe((state, prev) => {
    if (
      state.scenarios !== prev.scenarios ||
      state.activeScenario !== prev.activeScenario ||
      state.yearOptions !== prev.yearOptions
    ) {
      saveSession(storage, state);
    }
  });
}
