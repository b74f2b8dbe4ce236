import type { PupilTrack, ReachTrack } from '$lib/engine/tracks/tracks';
import { createStore } from 'zustand/vanilla';
import type { Allocation, Edit } from '$lib/engine/types';
import type { ImportedDemandUnit, ImportedFacility } from '$lib/import/types';
import type { SectorPreset } from '$lib/sectors';
import type { LiveFacilitator } from './live';

/**
 * The one store of the app. It holds only serialisable inputs: which region and sector, the scenarios with their
 * edit lists, the selection and view toggles. Derived results (engine output) never live here: they come from the
 * worker and are cached per scenario by the page.
 */

/** A sector preset id (src/lib/sectors): po, vo and so from the bundles (DUO), sport, zorg, welzijn from a file. */
export type SectorId = string;

/** Where imported data came from: the user's file, or an example file ("voorbeeld (fictief)"). */
export interface DataSource {
  /** File name as the user chose it. */
  name: string;
  example: boolean;
  /** ISO time of the import. */
  importedAt: string;
  /** Data that came with a scenario: from a share link or a scenario file (absent: the user's own import). */
  origin?: 'link' | 'file';
}

/** Facilities a user imported for a sector; they replace the bundle's facilities of that sector (if any). */
export interface FacilityDataset {
  /** Changes with every import: the engine's cache key. */
  id: string;
  sector: SectorId;
  source: DataSource;
  facilities: ImportedFacility[];
}

/** A population table a user imported: it replaces the CBS estimate for every sector of the region. */
export interface DemandDataset {
  id: string;
  source: DataSource;
  kind: 'pc4' | 'point';
  units: ImportedDemandUnit[];
}

/**
 * Data that came WITH a scenario (a share link, an imported file): they stand in for the region's datasets for
 * that scenario only, so opening a colleague's sport link never replaces the user's own sport file.
 */
export interface ScenarioData {
  /** Facilities of the scenario's sector. */
  facilities?: FacilityDataset;
  demand?: DemandDataset;
}

/** The region's own data of this session: kept in the browser with the scenarios. */
export interface Datasets {
  /** By sector id. */
  facilities: Record<string, FacilityDataset>;
  demand: DemandDataset | null;
}

export interface Parameters {
  detourFactor: number;
  contextKm: number;
  /** Where the pupils of a closed school go: the school-choice model (default) or the nearest open school. */
  allocation: Allocation;
}

export interface ScenarioDraft {
  id: string;
  name: string;
  /** Facilities of one sector take part in a scenario; switching sector switches scenario, nothing is lost. */
  sector: SectorId;
  /** The applied edits, in order. This list is the undo history, the file body and the URL payload. */
  edits: Edit[];
  /** Edits taken back by undo, most recent last; a new edit clears it. */
  redo: Edit[];
  /** A scenario opened from a share link: shown, never edited ("kopie bewerken" makes an editable copy). */
  readOnly?: boolean;
  /** Share id on the server, when this scenario was saved or opened from a link. */
  sharedId?: string;
  /** Sector assumptions edited by the user (PresetEditor), by sector id; saved with the session. */
  presets?: Record<string, SectorPreset>;
  /** Data that came with the scenario (link or file): they win over `AtlasState.datasets` for it. */
  data?: ScenarioData;
}

/** What a click on the map does. */
/** A merge waiting for the room's answer: `into` lacks some of the closing location's tracks (track-actions.ts). */
export interface MergeQuestion {
  facility: string;
  into: string;
  /** The closing location's tracks (with pupils) that `into` does not offer. */
  tracks: PupilTrack[];
}

export type Mode = 'select' | 'place' | 'merge-target';

export interface ViewState {
  catchment: boolean;
  presentation: boolean;
  help: boolean;
  /** VO: the track the map's distance colours are for ("Afstand tot"); null = any VO location. */
  track?: ReachTrack | null;
  /** VO: a merge waiting for the answer what happens to the tracks its target lacks (track-actions.ts). */
  mergeQuestion?: MergeQuestion | null;
}

/** The year series' parameters a user can change (po and vo); defaults are the engine's labelled assumptions. */
export interface YearInputs {
  /**
   * Yearly change of births after 2021, as a fraction (-0.01 = -1 % per year), or 'data': each municipality's
   * trend from its own 0-4 and 5-9 cohorts (the default).
   */
  birthTrend: number | 'data';
  /** Half-width of the low/high band around the birth trend, per year (default 0.01). */
  birthBand?: number;
  /** Yearly net migration, all ages, as a fraction. */
  migration: number;
  /** Pupil-transport threshold (km). */
  transportKm: number;
  /** Floor and cost parameters; a missing field is the sector's default. */
  floor?: { fixedM2?: number; perPupilM2?: number };
  costs?: { perLocation?: number; perM2?: number; perTransportPupil?: number };
}

export const YEAR_FIRST = 2023;
export const YEAR_LAST = 2035;
export const DEFAULT_YEAR_INPUTS: YearInputs = /* @__PURE__ */ Object.freeze({
  birthTrend: 'data',
  migration: 0,
  transportKm: 6
});

export interface AtlasState {
  region: string | null;
  parameters: Parameters;
  scenarios: ScenarioDraft[];
  activeScenario: string;
  selection: string | null;
  mode: Mode;
  view: ViewState;
  /** The year shown on map and panels (the year slider), YEAR_FIRST..YEAR_LAST. */
  year: number;
  yearOptions: YearInputs;
  /** Imported facilities per sector and an imported population table (none: the bundle's open data). */
  datasets: Datasets;
  /** The facilitator's live session (state/live.ts), or null when none runs. */
  live: LiveFacilitator | null;
}

/** The atlas's defaults: the choice model reproduces DUO's pupil counts far better than the nearest rule. */
export const DEFAULT_PARAMETERS: Parameters = /* @__PURE__ */ Object.freeze({
  detourFactor: 1,
  contextKm: 10,
  allocation: 'choice'
});

export function initialState(): AtlasState {
  return {
    region: null,
    parameters: { ...DEFAULT_PARAMETERS },
    scenarios: [{ id: 's1', name: 'Scenario 1', sector: 'po', edits: [], redo: [] }],
    activeScenario: 's1',
    selection: null,
    mode: 'select',
    view: { catchment: false, presentation: false, help: false },
    year: YEAR_FIRST,
    yearOptions: { ...DEFAULT_YEAR_INPUTS },
    datasets: { facilities: {}, demand: null },
    live: null
  };
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;

export function createAtlasStore(init: Partial<AtlasState> = {}) {
  return createStore<AtlasState>()(() => ({ ...initialState(), ...init }));
}

/** The imported facilities of a sector, or null when the sector uses the bundle's (or has none yet). */
export function facilityDataset(state: AtlasState, sector: SectorId): FacilityDataset | null {
  return state.datasets.facilities[sector] ?? null;
}

/** The active scenario; the store always has at least one. */
export function activeScenario(state: AtlasState): ScenarioDraft {
  return state.scenarios.find((s) => s.id === state.activeScenario) ?? state.scenarios[0];
}

const effectiveCache = new WeakMap<Datasets, WeakMap<ScenarioData, Datasets>>();

/**
 * The datasets a scenario is evaluated and drawn with: the region's, with the scenario's own data (from a link or
 * a file) in place of its sector's facilities and of the population table. The region's object itself when the
 * scenario brings nothing, and the same object for the same inputs (callers compare by identity).
 */
export function scenarioDatasets(datasets: Datasets, scenario: ScenarioDraft): Datasets {
  const data = scenario.data;
  if (!data || (!data.facilities && !data.demand)) return datasets;
  let byData = effectiveCache.get(datasets);
  if (!byData) effectiveCache.set(datasets, (byData = new WeakMap()));
  let out = byData.get(data);
  if (!out) {
    out = {
      facilities: data.facilities
        ? { ...datasets.facilities, [scenario.sector]: data.facilities }
        : datasets.facilities,
      demand: data.demand ?? datasets.demand
    };
    byData.set(data, out);
  }
  return out;
}

/** The datasets of the active scenario (see scenarioDatasets): what the workshop map and panels read. */
export function effectiveDatasets(state: AtlasState): Datasets {
  return scenarioDatasets(state.datasets, activeScenario(state));
}
