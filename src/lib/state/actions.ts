import type { ReachTrack } from '$lib/engine/tracks/tracks';
import type { Edit } from '$lib/engine/types';
import type { SectorPreset } from '$lib/sectors';
import {
  activeScenario,
  initialState,
  type AtlasState,
  type AtlasStore,
  type DemandDataset,
  type FacilityDataset,
  type Mode,
  type Parameters,
  type ScenarioDraft,
  type SectorId,
  type ViewState,
  type YearInputs,
  YEAR_FIRST,
  YEAR_LAST
} from './store';

/**
 * Plain functions that change the store. Each takes the store first; none holds state of its own.
 * Edits are validated by the engine (in the worker), not here: an edit the engine rejects is taken back by
 * the page with `rejectLastEdit`, so the store never keeps a list the engine cannot apply.
 */

function updateActive(store: AtlasStore, fn: (s: ScenarioDraft) => ScenarioDraft): void {
  store.setState((state) => {
    const current = activeScenario(state);
    // A shared scenario is read-only: edits go to a copy (see duplicateScenario), never to it.
    if (current.readOnly) return {};
    return { scenarios: state.scenarios.map((s) => (s.id === current.id ? fn(s) : s)) };
  });
}

export function addEdit(store: AtlasStore, edit: Edit): void {
  updateActive(store, (s) => ({ ...s, edits: [...s.edits, edit], redo: [] }));
}

export function undo(store: AtlasStore): void {
  updateActive(store, (s) =>
    s.edits.length === 0
      ? s
      : { ...s, edits: s.edits.slice(0, -1), redo: [...s.redo, s.edits[s.edits.length - 1]] }
  );
}

export function redo(store: AtlasStore): void {
  updateActive(store, (s) =>
    s.redo.length === 0
      ? s
      : { ...s, edits: [...s.edits, s.redo[s.redo.length - 1]], redo: s.redo.slice(0, -1) }
  );
}

/** Removes one edit from the middle of the list (the scenario bar's remove button). */
export function removeEdit(store: AtlasStore, index: number): void {
  updateActive(store, (s) =>
    index < 0 || index >= s.edits.length
      ? s
      : { ...s, edits: s.edits.filter((_, i) => i !== index), redo: [] }
  );
}

/** Drops the last edit without keeping it for redo (the engine rejected it). */
export function rejectLastEdit(store: AtlasStore): void {
  updateActive(store, (s) => ({ ...s, edits: s.edits.slice(0, -1) }));
}

export function resetScenario(store: AtlasStore): void {
  updateActive(store, (s) => ({ ...s, edits: [], redo: [] }));
}

export function replaceEdits(store: AtlasStore, edits: Edit[]): void {
  updateActive(store, (s) => ({ ...s, edits: [...edits], redo: [] }));
}

function nextId(state: AtlasState): string {
  let n = state.scenarios.length + 1;
  while (state.scenarios.some((s) => s.id === `s${n}`)) n++;
  return `s${n}`;
}

/** Switches to the first scenario of that sector, creating one when there is none. Nothing is discarded. */
export function setSector(store: AtlasStore, sector: SectorId): void {
  store.setState((state) => {
    if (activeScenario(state).sector === sector) return {};
    const existing = state.scenarios.find((s) => s.sector === sector);
    if (existing) return { activeScenario: existing.id, selection: null, mode: 'select' };
    const id = nextId(state);
    const count = state.scenarios.filter((s) => s.sector === sector).length + 1;
    const draft: ScenarioDraft = {
      id,
      name: `Scenario ${sector.toUpperCase()} ${count}`,
      sector,
      edits: [],
      redo: []
    };
    return { scenarios: [...state.scenarios, draft], activeScenario: id, selection: null, mode: 'select' };
  });
}

export function setRegion(store: AtlasStore, region: string): void {
  store.setState((state) =>
    state.region === region ? {} : { ...initialState(), region, view: { ...state.view, help: false } }
  );
}

export function setParameters(store: AtlasStore, patch: Partial<Parameters>): void {
  store.setState((state) => ({ parameters: { ...state.parameters, ...patch } }));
}

export function select(store: AtlasStore, facility: string | null): void {
  store.setState({ selection: facility, mode: 'select' });
}

export function setMode(store: AtlasStore, mode: Mode): void {
  store.setState({ mode });
}

/** VO: colour the map by the distance to the nearest location offering `track` (null: any VO location). */
export function setTrack(store: AtlasStore, track: ReachTrack | null): void {
  store.setState((state) => ({ view: { ...state.view, track } }));
}

export function toggleView(
  store: AtlasStore,
  key: Exclude<keyof ViewState, 'track' | 'mergeQuestion'>,
  value?: boolean
): void {
  store.setState((state) => ({ view: { ...state.view, [key]: value ?? !state.view[key] } }));
}

/** Adds a scenario (e.g. from a file or a share link) and makes it active. Returns its id. */
export function addScenario(store: AtlasStore, draft: Omit<ScenarioDraft, 'id' | 'redo'>): string {
  let id = '';
  store.setState((state) => {
    id = nextId(state);
    const scenario: ScenarioDraft = { ...draft, edits: [...draft.edits], redo: [], id };
    return { scenarios: [...state.scenarios, scenario], activeScenario: id, selection: null, mode: 'select' };
  });
  return id;
}

/** A new empty scenario of the active sector. */
export function newScenario(store: AtlasStore): string {
  const state = store.getState();
  const sector = activeScenario(state).sector;
  return addScenario(store, { name: `Scenario ${state.scenarios.length + 1}`, sector, edits: [] });
}

/**
 * An editable copy of the active scenario ("kopie bewerken" for a shared one, "dupliceren" otherwise). The copy
 * keeps the scenario's edited presets and the data it came with (a link's facilities stay with it and its copies).
 */
export function duplicateScenario(store: AtlasStore): string {
  const current = activeScenario(store.getState());
  return addScenario(store, {
    name: `${current.name} (kopie)`,
    sector: current.sector,
    edits: current.edits,
    ...(current.presets ? { presets: { ...current.presets } } : {}),
    ...(current.data ? { data: current.data } : {})
  });
}

export function renameScenario(store: AtlasStore, id: string, name: string): void {
  const clean = name.trim().slice(0, 200);
  if (!clean) return;
  store.setState((state) => ({
    scenarios: state.scenarios.map((s) => (s.id === id ? { ...s, name: clean } : s))
  }));
}

export function setActiveScenario(store: AtlasStore, id: string): void {
  store.setState((state) =>
    state.scenarios.some((s) => s.id === id) ? { activeScenario: id, selection: null, mode: 'select' } : {}
  );
}

/** Deletes a scenario; the last one of the session cannot be deleted (it is reset instead). */
export function deleteScenario(store: AtlasStore, id: string): void {
  store.setState((state) => {
    if (state.scenarios.length <= 1) {
      return { scenarios: state.scenarios.map((s) => ({ ...s, edits: [], redo: [], readOnly: false })) };
    }
    const scenarios = state.scenarios.filter((s) => s.id !== id);
    const active = state.activeScenario === id ? scenarios[0].id : state.activeScenario;
    return { scenarios, activeScenario: active };
  });
}

export function markShared(store: AtlasStore, id: string, sharedId: string): void {
  store.setState((state) => ({
    scenarios: state.scenarios.map((s) => (s.id === id ? { ...s, sharedId } : s))
  }));
}

/** The year on map and panels, rounded and clamped to the horizon. */
export function setYear(store: AtlasStore, year: number): void {
  if (!Number.isFinite(year)) return;
  const y = Math.min(YEAR_LAST, Math.max(YEAR_FIRST, Math.round(year)));
  store.setState((state) => (state.year === y ? {} : { year: y }));
}

/** Changes the year series' parameters (prognosis, transport threshold, floor and costs). */
export function setYearOptions(store: AtlasStore, patch: Partial<YearInputs>): void {
  store.setState((state) => ({ yearOptions: { ...state.yearOptions, ...patch } }));
}

/** Stores (or with null drops) the active scenario's edited preset of a sector, e.g. sport's demand assumptions. */
export function setScenarioPreset(store: AtlasStore, sector: string, preset: SectorPreset | null): void {
  updateActive(store, (s) => {
    const presets = { ...s.presets };
    if (preset) presets[sector] = preset;
    else delete presets[sector];
    return { ...s, presets };
  });
}

/**
 * Sets (or with null drops) the imported facilities of a sector. Call only after the engine accepted them
 * (EngineClient.setFacilities): a file the engine refuses never reaches the store. Edits of scenarios of that
 * sector that name facilities the new file lacks are refused by the engine and taken out with a message.
 */
export function setFacilityDataset(
  store: AtlasStore,
  sector: SectorId,
  dataset: FacilityDataset | null
): void {
  store.setState((state) => {
    const facilities = { ...state.datasets.facilities };
    if (dataset) facilities[sector] = { ...dataset, sector };
    else delete facilities[sector];
    return { datasets: { ...state.datasets, facilities }, selection: null, mode: 'select' };
  });
}

/** Sets (or with null drops: back to the CBS estimate) the imported population table of the region. */
export function setDemandDataset(store: AtlasStore, dataset: DemandDataset | null): void {
  store.setState((state) => ({ datasets: { ...state.datasets, demand: dataset } }));
}
