/**
 * The imported data a scenario needs, between the store and scenario files (version 2, `data`):
 *   - writing: `scenarioFileData` takes the datasets the scenario is evaluated with (its own from a link or file,
 *     else the region's) and keeps only the fields the engine reads; a scenario that uses none gets no `data`,
 *     so a po or vo scenario without imports is written exactly as in version 1 (apart from the number);
 *   - reading: `draftData` turns a file's data into the store's datasets (ScenarioDraft.data), marked with where
 *     they came from ("uit de link", "uit het bestand").
 * Pure functions; no DOM, no fetch.
 */
import type { DemandInput, FacilityInput } from '$lib/engine';
import { toRD } from '$lib/engine/projection';
import type { ScenarioData as FileData, ScenarioDataSource } from '$lib/engine/scenario-file';
import { demandForFile, facilitiesForFile } from '$lib/export/scenario-files';
import type { ImportedDemandUnit, ImportedFacility } from '$lib/import/types';
import { getPreset } from '$lib/engine/sectors/presets';
import {
  scenarioDatasets,
  type DataSource,
  type Datasets,
  type ScenarioData,
  type ScenarioDraft
} from '$lib/state/store';

const fileSource = (s: DataSource): ScenarioDataSource => ({
  name: s.name,
  example: s.example,
  ...(s.importedAt ? { importedAt: s.importedAt } : {})
});

/**
 * The `data` of a scenario's file: the facility set of its sector and the population table it is evaluated with,
 * when either is imported (a link's or file's own data, or the region's import); undefined when it uses only the
 * bundle's open data.
 */
export function scenarioFileData(datasets: Datasets, scenario: ScenarioDraft): FileData | undefined {
  const effective = scenarioDatasets(datasets, scenario);
  const set = effective.facilities[scenario.sector];
  const out: FileData = {};
  if (set) {
    out.facilities = {
      source: fileSource(set.source),
      sector: scenario.sector,
      facilities: facilitiesForFile(set.facilities)
    };
  }
  if (effective.demand) {
    out.demand = {
      source: fileSource(effective.demand.source),
      kind: effective.demand.kind,
      units: demandForFile(effective.demand.units)
    };
  }
  return out.facilities || out.demand ? out : undefined;
}

function rd(u: { lon: number; lat: number; x?: number; y?: number }): [number, number] {
  return Number.isFinite(u.x) && Number.isFinite(u.y) ? [u.x as number, u.y as number] : toRD(u.lon, u.lat);
}

/** A file's facilities in the store's shape (the import's ImportedFacility, empty fields filled in). */
export function importedFacilities(
  facilities: readonly FacilityInput[],
  sector: string,
  example: boolean
): ImportedFacility[] {
  const firstType = getPreset(sector)?.facilityTypes[0]?.id ?? '';
  return facilities.map((f) => {
    const [x, y] = rd(f);
    return {
      id: f.id,
      name: f.name,
      sector,
      type: f.type ?? firstType,
      lon: f.lon,
      lat: f.lat,
      x,
      y,
      pupils: f.pupils ?? null,
      capacity: f.capacity ?? null,
      postcode: '',
      place: f.place ?? '',
      municipality: f.municipality ?? '',
      context: f.context === true,
      placement: 'coordinates',
      outsideRegion: f.outsideRegion === true,
      example
    };
  });
}

/** A file's population units in the store's shape. */
export function importedUnits(units: readonly DemandInput[]): ImportedDemandUnit[] {
  return units.map((u) => {
    const [x, y] = rd(u);
    return {
      id: u.id,
      postcode: u.postcode ?? null,
      lon: u.lon,
      lat: u.lat,
      x,
      y,
      total: u.total,
      ages: u.ages ? { ...u.ages } : null
    };
  });
}

export interface DraftDataOptions {
  origin: 'link' | 'file';
  /** Part of the datasets' ids (the engine's cache key): the share id, or a fresh id per imported file. */
  key: string;
  /** Reuses datasets of identical data within one import (a session file repeats them per scenario). */
  seen?: Map<string, ScenarioData[keyof ScenarioData]>;
}

/** The store's ScenarioDraft.data for a file's data of a scenario of `sector`; undefined when there are none. */
export function draftData(
  data: FileData | undefined,
  sector: string,
  options: DraftDataOptions
): ScenarioData | undefined {
  if (!data || (!data.facilities && !data.demand)) return undefined;
  const now = new Date().toISOString();
  const source = (s: ScenarioDataSource): DataSource => ({
    name: s.name,
    example: s.example,
    importedAt: s.importedAt ?? now,
    origin: options.origin
  });
  const reuse = <T extends ScenarioData[keyof ScenarioData]>(part: unknown, make: () => T): T => {
    const key = JSON.stringify(part);
    const found = options.seen?.get(key);
    if (found) return found as T;
    const made = make();
    options.seen?.set(key, made);
    return made;
  };
  const out: ScenarioData = {};
  const { facilities, demand } = data;
  if (facilities) {
    out.facilities = reuse([sector, facilities], () => ({
      id: `${options.origin}-${options.key}-${sector}`,
      sector,
      source: source(facilities.source),
      facilities: importedFacilities(facilities.facilities, sector, facilities.source.example)
    }));
  }
  if (demand) {
    out.demand = reuse(demand, () => ({
      id: `${options.origin}-${options.key}-bevolking`,
      source: source(demand.source),
      kind: demand.kind,
      units: importedUnits(demand.units)
    }));
  }
  return out;
}
