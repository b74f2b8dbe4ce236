import { PRESET_IDS } from '$lib/sectors/presets';
import type {
  AtlasState,
  AtlasStore,
  Datasets,
  DemandDataset,
  FacilityDataset,
  ScenarioData,
  ScenarioDraft,
  YearInputs
} from './store';

/**
 * Keeps the session's scenarios in localStorage, per region, so a reload, a visit to /compare or a failed save
 * on the server never loses what the user edited. Only the serialisable inputs are stored (see store.ts), with
 * a schema version; anything unreadable is ignored (and left in place) rather than half-loaded.
 */

export const SESSION_SCHEMA_VERSION = 1;
const KEY_PREFIX = 'transitieatlas:sessie:';
/** The region's imported files, apart from the session: written only when they change. */
const DATA_PREFIX = 'transitieatlas:gegevens:';

interface StoredSession {
  schemaVersion: number;
  region: string;
  savedAt: string;
  activeScenario: string;
  scenarios: ScenarioDraft[];
  /** The year series' inputs (birth trend, migration, transport, floor and costs); absent in older sessions. */
  yearOptions?: YearInputs;
  /** Imported facilities and population table; absent in older sessions. */
  datasets?: Datasets;
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
    typeof d.sector === 'string' &&
    PRESET_IDS.includes(d.sector) &&
    Array.isArray(d.edits) &&
    Array.isArray(d.redo)
  );
}

function isYearInputs(x: unknown): x is YearInputs {
  if (typeof x !== 'object' || x === null) return false;
  const y = x as Record<string, unknown>;
  return (
    (finite(y.birthTrend) || y.birthTrend === 'data') &&
    (y.birthBand === undefined || finite(y.birthBand)) &&
    finite(y.migration) &&
    finite(y.transportKm)
  );
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

function isSource(x: unknown): boolean {
  return isObject(x) && typeof x.name === 'string' && typeof x.example === 'boolean';
}

/** A stored facility set: the shape the engine needs (it checks the values again when it gets them). */
function isFacilityDataset(x: unknown, sector: string): x is FacilityDataset {
  if (!isObject(x) || typeof x.id !== 'string' || x.sector !== sector || !isSource(x.source)) return false;
  if (!PRESET_IDS.includes(sector) || !Array.isArray(x.facilities) || x.facilities.length === 0) return false;
  return x.facilities.every(
    (f) =>
      isObject(f) && typeof f.id === 'string' && typeof f.name === 'string' && finite(f.lon) && finite(f.lat)
  );
}

function isDemandDataset(x: unknown): x is DemandDataset {
  if (!isObject(x) || typeof x.id !== 'string' || !isSource(x.source)) return false;
  if ((x.kind !== 'pc4' && x.kind !== 'point') || !Array.isArray(x.units) || x.units.length === 0)
    return false;
  return x.units.every(
    (u) => isObject(u) && typeof u.id === 'string' && finite(u.lon) && finite(u.lat) && finite(u.total)
  );
}

/** The readable part of stored datasets: a damaged set is left out, the others and the scenarios still load. */
function readDatasets(x: unknown): Datasets {
  const out: Datasets = { facilities: {}, demand: null };
  if (!isObject(x)) return out;
  if (isObject(x.facilities)) {
    for (const [sector, set] of Object.entries(x.facilities)) {
      if (isFacilityDataset(set, sector)) out.facilities[sector] = set;
    }
  }
  if (isDemandDataset(x.demand)) out.demand = x.demand;
  return out;
}

/**
 * A stored scenario with only the readable part of its own data (from a link or a file): a damaged facility set
 * or population table is dropped, the scenario is kept (it then uses the region's data, or waits for an import).
 */
function readDraft(d: ScenarioDraft): ScenarioDraft {
  if (d.data === undefined) return d;
  const { data, ...rest } = d;
  const out: ScenarioData = {};
  if (isObject(data)) {
    if (isFacilityDataset(data.facilities, d.sector)) out.facilities = data.facilities;
    if (isDemandDataset(data.demand)) out.demand = data.demand;
  }
  return out.facilities || out.demand ? { ...rest, data: out } : rest;
}

export type StoredState = Pick<AtlasState, 'scenarios' | 'activeScenario' | 'datasets'> & {
  yearOptions?: YearInputs;
};

/** The stored session of a region, or null when there is none or it cannot be read. */
export function loadSession(storage: KeyValueStorage, region: string): StoredState | null {
  let raw: string | null;
  let rawData: string | null = null;
  try {
    raw = storage.getItem(KEY_PREFIX + region);
    rawData = storage.getItem(DATA_PREFIX + region);
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
    let datasets: unknown = data.datasets; // sessions written before the data had a key of their own
    if (rawData) {
      try {
        datasets = JSON.parse(rawData);
      } catch {
        datasets = null; // a damaged data entry: the scenarios still load, the files are asked for again
      }
    }
    return {
      scenarios: data.scenarios.map(readDraft),
      activeScenario: active,
      datasets: readDatasets(datasets),
      ...(yearOptions ? { yearOptions } : {})
    };
  } catch {
    return null;
  }
}

const EMPTY_DATA = JSON.stringify({ facilities: {}, demand: null });

/**
 * Writes the region's imported files (their own key, written only when they change: a large file is not
 * serialised again on every click). When the browser refuses the size, an empty entry is written instead, so a
 * reload never brings back an older file, and false is returned.
 */
export function saveData(storage: KeyValueStorage, state: AtlasState): boolean {
  if (!state.region) return false;
  try {
    storage.setItem(DATA_PREFIX + state.region, JSON.stringify(state.datasets));
    return true;
  } catch {
    try {
      storage.setItem(DATA_PREFIX + state.region, EMPTY_DATA);
    } catch {
      // nothing more to do: the session still works in memory
    }
    return false;
  }
}

/**
 * Writes the session: scenarios (with the data that came with a link or file), active scenario and year inputs,
 * and (unless `withData` is false) the region's imported files. When the browser refuses the size, the scenarios
 * are written without any imported data, so they are never lost; `lastSaveKeptData` then says the data were left
 * out.
 */
export function saveSession(storage: KeyValueStorage, state: AtlasState, withData = true): boolean {
  if (!state.region) return false;
  const dataKept = withData ? saveData(storage, state) : lastSaveKeptData;
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
    lastSaveKeptData = dataKept;
    return true;
  } catch {
    if (!state.scenarios.some((s) => s.data !== undefined)) {
      lastSaveKeptData = dataKept;
      return false; // quota or private mode: the session still works in memory
    }
    try {
      const scenarios = state.scenarios.map(({ data: _data, ...s }) => s);
      storage.setItem(KEY_PREFIX + state.region, JSON.stringify({ ...data, scenarios }));
      lastSaveKeptData = false;
      return true;
    } catch {
      return false;
    }
  }
}

/** False after a save that had to leave the imported data out (too large for the browser's storage). */
export let lastSaveKeptData = true;

/** Saves on every change of the scenarios. Returns the unsubscribe function. */
export function persistSession(
  store: AtlasStore,
  storage: KeyValueStorage,
  onDataNotKept?: (kept: boolean) => void
): () => void {
  return store.subscribe((state, prev) => {
    if (
      state.scenarios !== prev.scenarios ||
      state.activeScenario !== prev.activeScenario ||
      state.yearOptions !== prev.yearOptions ||
      state.datasets !== prev.datasets
    ) {
      saveSession(storage, state, state.datasets !== prev.datasets);
      onDataNotKept?.(lastSaveKeptData);
    }
  });
}
