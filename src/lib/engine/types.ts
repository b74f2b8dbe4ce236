/**
 * Engine types: scenarios (the edit list is also the file format, the undo history and the share-link payload),
 * parameters and results. Everything here is plain serialisable data or typed arrays, so it can cross a Worker
 * boundary.
 */
import type { AgeBand, Sector } from './geodata/schema';
import type { SectorPreset } from './sectors/presets';
import type { PupilTrack } from './tracks/tracks';
import type { TrackReachability, TrackReport } from './tracks/reach-types';

/**
 * The school sectors with DUO pupils, opheffingsnormen data (po) and the year prognosis. Every other sector is a
 * `SectorId`: see `SectorId` and `EvaluatorOptions`.
 */
export type EngineSector = Extract<Sector, 'po' | 'vo'>;
export const ENGINE_SECTORS: readonly EngineSector[] = ['po', 'vo'];

/**
 * Any sector the engine evaluates: the id of a built-in preset (`po`, `vo`, `so`, `sport`, `zorg`, `welzijn`, see
 * src/lib/sectors) or of a user's own preset passed in `EvaluatorOptions.preset`.
 */
export type SectorId = string;

/**
 * A facility the caller brings instead of the bundle's (an import: `ImportedFacility` and the bundle's `Facility`
 * both fit). The engine assigns the 2016 municipality by location; `municipality` is only used when the point
 * lies in no region municipality.
 */
export interface FacilityInput {
  id: string;
  name: string;
  /** A facility type id of the preset; default: the preset's first type. */
  type?: string;
  lon: number;
  lat: number;
  /** RD New metres; computed from lon/lat when absent. */
  x?: number;
  y?: number;
  /** Users served (leerlingen, bezoekers, ... as the preset's capacity unit); null when unknown. */
  pupils: number | null;
  capacity?: number | null;
  /** Woonplaats; when empty, the place of the PC4 area containing the point. */
  place?: string | null;
  municipality?: string | null;
  /** Outside the region: takes part (within contextKm) but is not the region's to decide. */
  context?: boolean;
  /** The import found it far outside the region and the user kept it: treated as context. */
  outsideRegion?: boolean;
}

/**
 * A demand unit the caller brings instead of the bundle's CBS estimate (an import: `ImportedDemandUnit` fits): a
 * PC4 area or a point with its inhabitants, optionally per CBS five-year age band. The engine assigns the 2016
 * municipality by location (see `importedDemandUnits`).
 */
export interface DemandInput {
  id: string;
  /** The PC4 the unit stands for (a PC4 table); null or absent for a point. */
  postcode?: string | null;
  lon: number;
  lat: number;
  /** RD New metres; computed from lon/lat when absent. */
  x?: number;
  y?: number;
  /** All inhabitants of the unit. */
  total: number;
  /** Inhabitants per age band; bands absent here are unknown (not 0). */
  ages?: Partial<Record<AgeBand, number>> | null;
}

/** Where the demand comes from: the bundle's CBS estimate, or the caller's units (`EvaluatorOptions.demand`). */
export type DemandSource = 'cbs' | 'import';

/** What a caller may change about a sector beyond the bundle: its assumptions, facilities and demand. */
export interface EvaluatorOptions {
  /**
   * The sector's preset as edited by the user (check it with validatePreset; its id must be the sector). Default:
   * the built-in preset. Its band weights give the demand, its thresholdsM the `shareWithin` keys and its
   * normApplies whether opheffingsnormen count.
   */
  preset?: SectorPreset;
  /** Facilities replacing the bundle's of this sector, e.g. `ImportReport.facilities` of an ok import. */
  facilities?: readonly FacilityInput[];
  /** Evaluate one facility type of the preset only, with that type's demand and thresholds. */
  facilityType?: string;
  /**
   * Demand units replacing the bundle's CBS grid estimate, e.g. `DemandReport.units` of an ok demand import.
   * Weight per unit: sum(bandWeight_b * ages_b) when its ages cover every band the sector counts, else its total
   * times its municipality's share of the sector's ages among all inhabitants (CBS PC4, see demand.ts).
   */
  demand?: readonly DemandInput[];
}

/** Reference date of the pupil counts (DUO, 1 October 2023). Demand is the 2021 CBS population. */
export const PUPIL_YEAR = 2023;

/** The facility closes; its pupils go to the nearest open facility of the same sector. */
export interface CloseEdit {
  op: 'close';
  facility: string;
}

/** The facility closes; its pupils go to `into`. */
export interface MergeEdit {
  op: 'merge';
  facility: string;
  into: string;
  /**
   * VO only: what happens to the pupils of a track the closing location offers and `into` does not. 'move'
   * (default, and what every file without the field means): the track moves along, `into` offers it from now on
   * and takes its pupils; 'elsewhere': those pupils go where a closure would send them (the nearest open location
   * offering the track, or the choice model among those). Ignored for other sectors.
   */
  missingTracks?: MissingTracks;
}

export type MissingTracks = 'move' | 'elsewhere';
export const MISSING_TRACKS: readonly MissingTracks[] = ['move', 'elsewhere'];

/** A new facility with 0 pupils. */
export interface OpenEdit {
  op: 'open';
  id: string;
  name: string;
  lon: number;
  lat: number;
  capacity?: number;
  /** VO only: the tracks the new location offers (default vbo, mavo, havo and vwo). Ignored for other sectors. */
  tracks?: PupilTrack[];
}

/** Records a capacity; it is reported (and compared with pupils) but does not steer reallocation. */
export interface CapacityEdit {
  op: 'capacity';
  facility: string;
  capacity: number;
}

export type Edit = CloseEdit | MergeEdit | OpenEdit | CapacityEdit;
export type EditOp = Edit['op'];
export const EDIT_OPS: readonly EditOp[] = ['close', 'merge', 'open', 'capacity'];

/**
 * Where the pupils of a closed school go: 'nearest' = all to the nearest open school (the rule of the first
 * versions, exact and simple); 'choice' = spread over the open schools by the calibrated school-choice model
 * (src/lib/engine/choice). 'choice' covers po and vo with the bundle's schools; for any other sector the engine
 * uses 'nearest' (and says so in the result's parameters).
 */
export type Allocation = 'nearest' | 'choice';
export const ALLOCATIONS: readonly Allocation[] = ['nearest', 'choice'];

export interface Parameters {
  /** Multiplier on straight-line ("hemelsbreed") distance; 1.3 is a common estimate of road distance. */
  detourFactor: number;
  /** Context facilities (outside the region) take part when within this distance of a region demand unit. */
  contextKm: number;
  /** The reallocation rule of closures; the engine's default is 'nearest' (files without it keep their results). */
  allocation: Allocation;
}

export const DEFAULT_PARAMETERS: Readonly<Parameters> = /* @__PURE__ */ Object.freeze({
  detourFactor: 1,
  contextKm: 10,
  allocation: 'nearest'
});

export interface Scenario<S extends SectorId = EngineSector> {
  sector: S;
  edits: readonly Edit[];
  parameters?: Partial<Parameters>;
}

/** Status codes in `EvaluationResult.facilities.status`. New facilities are flagged separately (`isNew`). */
export const STATUS_OPEN = 0;
export const STATUS_CLOSED = 1;
export const STATUS_MERGED = 2;

export type FacilityStatusText = 'open' | 'closed' | 'merged' | 'new';

/**
 * One moved batch of pupils, in edit order. A merge and a closure under the nearest rule give one flow each (also
 * of 0 pupils); a closure under the choice model gives one per receiving school (whole pupils, largest batch
 * first, ties in facility index order), at least one. All flows of an edit share `from`.
 */
export interface Flow {
  from: string;
  to: string;
  pupils: number;
  /** VO: the pupils of the flow per track (estimated split, see tracks/tracks.ts); absent for other sectors. */
  byTrack?: Partial<Record<PupilTrack, number>>;
}

/** Demand-weighted distance statistics in metres (after the detour factor); null when there is no demand. */
export interface DistanceStats {
  mean: number | null;
  p50: number | null;
  p90: number | null;
  max: number | null;
}

/**
 * Shares (0..1) of demand within the sector's three distance thresholds, keyed by the threshold in metres; null
 * when there is no demand. PO and VO: '1000', '3000', '5000'; another sector: its preset's `thresholdsM` (SO:
 * '10000', '20000', '30000').
 */
export type ShareWithin = Record<string, number | null>;

export interface Summary {
  /** Open facilities of the region itself (context facilities excluded), including new ones. */
  openFacilities: number;
  /** Sum of the base pupils of the region's own facilities: constant, pupils are never lost. */
  pupilsTotal: number;
  /** Pupils that moved to context facilities outside the region. */
  pupilsToContext: number;
  distanceM: DistanceStats;
  shareWithin: ShareWithin;
  /** Open region facilities with pupils below their opheffingsnorm. */
  belowNorm: number;
  /** Region places (woonplaatsen) that had an open facility in the baseline and have none now. */
  placesWithoutFacility: string[];
  /**
   * Allocation 'choice' only: the demand-weighted mean distance (metres, after the detour factor) to the school
   * the choice model says children attend; null under the nearest rule.
   */
  modelledMeanDistanceM: number | null;
}

export interface MunicipalitySummary {
  code: string;
  name: string;
  openFacilities: number;
  /** Pupils now at the open facilities located in this municipality. */
  pupils: number;
  belowNorm: number;
  /** Summed demand weight (estimated children of the sector's ages). */
  demand: number;
  distanceM: DistanceStats;
  shareWithin: ShareWithin;
  placesWithoutFacility: string[];
}

/** A facility added by an `open` edit. */
export interface AddedFacility {
  id: string;
  name: string;
  lon: number;
  lat: number;
  x: number;
  y: number;
  /** 2016 municipality containing the point (region municipalities only), else null. */
  municipality: string | null;
  /** Woonplaats: the place of the PC4 area containing the point; null outside the region's PC4 areas. */
  place: string | null;
  norm: number | null;
  normSource: 'deelgebied' | 'gemeente' | null;
}

/**
 * The result of one evaluation, built for the UI worker: per-facility and per-demand-unit typed arrays (index
 * order = `EvaluatorInfo.facilityIds` followed by `added`, and the prepared demand order: the bundle's, or the imported units' order), plus the small
 * summaries. Arrays are fresh copies, safe to transfer.
 */
export interface EvaluationResult<S extends SectorId = EngineSector> {
  sector: S;
  parameters: Parameters;
  year: number;
  editCount: number;
  summary: Summary;
  municipalities: MunicipalitySummary[];
  flows: Flow[];
  facilities: {
    /** Facilities added by `open` edits, in edit order (their index is baseCount + position). */
    added: AddedFacility[];
    /** STATUS_OPEN / STATUS_CLOSED / STATUS_MERGED per facility. */
    status: Uint8Array;
    pupils: Float64Array;
    /** NaN where no capacity is known. */
    capacity: Float64Array;
    /** 1 when open and pupils < norm. */
    belowNorm: Uint8Array;
    /**
     * Allocation 'choice': the choice model's pupils of the base facilities with every facility open (the
     * baseline, for comparison with DUO's count); null under the nearest rule and for a sector without the model.
     */
    modelledPupils: Float64Array | null;
  };
  demand: {
    /** Index of the nearest open facility per demand unit. */
    nearest: Int32Array;
    /** Distance in metres to it, after the detour factor. */
    distanceM: Float32Array;
  };
  /**
   * VO with the bundle's schools: reachability per track (nearest open location offering PrO / vmbo / havo / vwo,
   * per demand unit, and its statistics per municipality), the tracks and estimated pupils per track of every
   * location; null for every other sector.
   */
  tracks: TrackReachability | null;
}

/** The JSON document of `npm run evaluate -- --json` (schema version 1). */
export interface Report<S extends SectorId = EngineSector> {
  schemaVersion: 1;
  region: string;
  sector: S;
  year: number;
  parameters: Parameters;
  /**
   * 'import' when the demand units are the caller's (`EvaluatorOptions.demand`); absent for the bundle's CBS
   * estimate, so reports without imported demand keep their exact schema-1 shape.
   */
  demandSource?: 'import';
  summary: Summary;
  facilities: ReportFacility[];
  demand: ReportDemandUnit[];
  flows: Flow[];
  municipalities: MunicipalitySummary[];
  /** VO with the bundle's schools: distance per track, region and municipalities (absent otherwise). */
  tracks?: TrackReport;
}

export interface ReportFacility {
  id: string;
  name: string;
  /**
   * The facility type of the sector's preset (e.g. 'zwembad'), for facilities the caller imported
   * (`EvaluatorOptions.facilities`); absent for the bundle's schools, so their reports keep the schema-1 shape.
   */
  type?: string;
  place: string | null;
  municipality: string | null;
  lon: number;
  lat: number;
  context: boolean;
  status: FacilityStatusText;
  /** DUO count of 1-10-2023; null where DUO gives none (counted as 0 in every sum). */
  pupilsBase: number | null;
  pupils: number;
  /**
   * The school-choice model's pupils in the baseline (every school open), beside the DUO count; null for a
   * facility the model does not cover (another sector, an imported or a new facility). Modelled, not counted.
   */
  modelledPupils: number | null;
  capacity: number | null;
  norm: number | null;
  normSource: 'deelgebied' | 'gemeente' | null;
  belowNorm: boolean;
  /** VO: the tracks the location offers now (a merge may add one), e.g. ["vbo", "mavo"]; absent otherwise. */
  tracks?: PupilTrack[];
  /** VO: `pupils` per track, an estimate (DUO's total split by national shares, tracks/shares.ts). */
  pupilsByTrack?: Record<PupilTrack, number>;
}

export interface ReportDemandUnit {
  id: string;
  lon: number;
  lat: number;
  weight: number;
  nearest: string;
  distanceM: number;
}
