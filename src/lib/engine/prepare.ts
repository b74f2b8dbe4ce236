/**
 * Turn a region bundle and a sector into a PreparedRegion: the hot data in typed arrays and two kd-tree indexes
 * (facilities, demand units). Built once per (bundle, sector, contextKm, options); every evaluation reads it and
 * never changes it. The bundle, the preset and the imported facilities are only read, never mutated.
 */
import KDBush from 'kdbush';
import type { DemandUnit, MunicipalityRef, RegionBundle } from './geodata/schema';
import { pointInMultiPolygon } from './geodata/geometry';
import { normFor, type NormMatch } from './norms';
import { toRD } from './projection';
import { demandWeights, importedDemandWeights } from './demand';
import { importedDemandUnits } from './demand-input';
import {
  placeAt,
  sectorFacilities,
  sectorSetup,
  type PreparedFacility,
  type SectorSetup
} from './sector-input';
import {
  ALLOCATIONS,
  DEFAULT_PARAMETERS,
  PUPIL_YEAR,
  type AddedFacility,
  type DemandSource,
  type EvaluatorOptions,
  type Parameters,
  type SectorId
} from './types';
import type { SectorPreset } from '../sectors/presets';

/** The CBS population of the bundle's demand (grid and PC4 age bands): 1 January 2021. */
const CBS_DEMAND_YEAR = 2021;

/** Leaf size of the facility kd-tree: small leaves suit nearest-neighbour search. */
const FACILITY_NODE_SIZE = 16;

export interface Place {
  name: string;
  /** Index into `municipalities`. */
  municipality: number;
}

export interface PreparedRegion {
  regionId: string;
  sector: SectorId;
  parameters: Parameters;
  /** The sector's preset (built-in, or the caller's edited one). */
  preset: SectorPreset;
  /** The one facility type evaluated (EvaluatorOptions.facilityType), or null for all types. */
  facilityType: string | null;
  /** The three distances (metres) of `shareWithin`, ascending. */
  thresholdsM: readonly number[];
  /** Opheffingsnormen count (po, unless the preset says they do not). */
  normsApply: boolean;
  /** The facilities came from EvaluatorOptions.facilities instead of the bundle. */
  imported: boolean;

  /** Facilities of the sector: the region's own and context ones within contextKm, sorted by id. */
  facilities: readonly PreparedFacility[];
  facilityIds: readonly string[];
  facilityById: ReadonlyMap<string, number>;
  /** Every facility id of the bundle (any sector) and of an imported set: an `open` edit may not reuse one. */
  bundleFacilityIds: ReadonlySet<string>;
  fx: Float64Array;
  fy: Float64Array;
  isContext: Uint8Array;
  /** DUO pupils; 0 where DUO gives none (see `pupilsKnown`). */
  pupilsBase: Float64Array;
  pupilsKnown: Uint8Array;
  /** Capacity of an imported facility; NaN where none is known (every bundle facility). */
  capacityBase: Float64Array;
  /** Opheffingsnorm; NaN where there is none (VO, unknown). */
  norm: Float64Array;
  normSource: readonly ('deelgebied' | 'gemeente' | null)[];
  /** Index into `municipalities`; -1 for context facilities and points outside the region's municipalities. */
  facilityMunicipality: Int32Array;
  /** Index into `places`; -1 for context facilities. */
  facilityPlace: Int32Array;
  facilityIndex: KDBush;

  /** The bundle's CBS grid cells, or the imported units (EvaluatorOptions.demand) in their order. */
  demand: readonly DemandUnit[];
  demandSource: DemandSource;
  /**
   * The year the demand weights describe: 2021 for the CBS estimate, PUPIL_YEAR (2023) for imported demand (a
   * current table). The year series grows the weights from this year.
   */
  demandYear: number;
  dx: Float64Array;
  dy: Float64Array;
  weight: Float64Array;
  demandMunicipality: Int32Array;
  demandIndex: KDBush;

  /** The region's municipalities, in bundle meta order. */
  municipalities: readonly MunicipalityRef[];
  municipalityIndex: ReadonlyMap<string, number>;
  /** Places (woonplaatsen) of the region's own facilities. */
  places: readonly Place[];
  /** `placeKey(municipality, name)` -> index into `places`. */
  placeIndex: ReadonlyMap<string, number>;

  bundle: RegionBundle;
}

export function placeKey(municipality: string | null, place: string): string {
  return `${municipality}\u0000${place}`;
}

/** The engine's parameters; other keys (a scenario file's `years`) are ignored. */
export function resolveParameters(p: Partial<Parameters> | undefined): Parameters {
  const out: Parameters = {
    detourFactor: p?.detourFactor ?? DEFAULT_PARAMETERS.detourFactor,
    contextKm: p?.contextKm ?? DEFAULT_PARAMETERS.contextKm,
    allocation: p?.allocation ?? DEFAULT_PARAMETERS.allocation
  };
  if (!Number.isFinite(out.detourFactor) || out.detourFactor < 1 || out.detourFactor > 3) {
    throw new RangeError(`detourFactor must be a number from 1 to 3, got ${String(out.detourFactor)}`);
  }
  if (!Number.isFinite(out.contextKm) || out.contextKm < 0 || out.contextKm > 100) {
    throw new RangeError(`contextKm must be a number from 0 to 100, got ${String(out.contextKm)}`);
  }
  if (!ALLOCATIONS.includes(out.allocation)) {
    throw new RangeError(`allocation must be ${ALLOCATIONS.join(' or ')}, got ${String(out.allocation)}`);
  }
  return out;
}

function buildIndex(xs: Float64Array, ys: Float64Array, nodeSize?: number): KDBush {
  const index = new KDBush(xs.length, nodeSize);
  for (let i = 0; i < xs.length; i++) index.add(xs[i], ys[i]);
  return index.finish();
}

/** The norm of a facility of the prepared sector, or null (no norm, or norms do not apply to the sector). */
export function sectorNorm(
  setup: Pick<SectorSetup, 'normsApply'>,
  subject: { municipality: string | null; place: string },
  norms: RegionBundle['norms']
): NormMatch | null {
  return setup.normsApply ? normFor({ sector: 'po', ...subject }, norms) : null;
}

export function prepareRegion(
  bundle: RegionBundle,
  sector: SectorId,
  parameters?: Partial<Parameters>,
  options?: EvaluatorOptions
): PreparedRegion {
  const params = resolveParameters(parameters);
  const setup = sectorSetup(sector, options);
  // The choice model covers the school sectors with the bundle's schools; everything else uses the nearest rule.
  if ((sector !== 'po' && sector !== 'vo') || options?.facilities !== undefined)
    params.allocation = 'nearest';
  const municipalities = bundle.meta.municipalities;
  const municipalityIndex = new Map(municipalities.map((m, i) => [m.code, i]));

  // Demand first: context facilities are kept only when some demand unit lies within contextKm.
  const imported = options?.demand !== undefined ? importedDemandUnits(bundle, options.demand) : null;
  const demand = imported ? imported.units : bundle.demand;
  const dx = new Float64Array(demand.length);
  const dy = new Float64Array(demand.length);
  const demandMunicipality = new Int32Array(demand.length);
  demand.forEach((u, i) => {
    dx[i] = u.x;
    dy[i] = u.y;
    demandMunicipality[i] = municipalityIndex.get(u.municipality) ?? -1;
  });
  const demandIndex = buildIndex(dx, dy);
  const weight = imported
    ? importedDemandWeights(options!.demand!, imported.municipalities, bundle.postcodes, setup.bandWeights)
    : demandWeights(demand, bundle.postcodes, setup.bandWeights);

  const contextRadius = params.contextKm * 1000;
  const facilities = sectorFacilities(bundle, setup, options?.facilities)
    .filter((f) => !f.context || demandIndex.within(f.x, f.y, contextRadius).length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (facilities.length === 0) {
    throw new Error(
      options?.facilities
        ? `none of the ${options.facilities.length} given facilities of sector ${sector} is in or near region ${bundle.meta.id}`
        : `region ${bundle.meta.id} has no facilities of sector ${sector}` +
            (setup.facilityType ? ` and type ${setup.facilityType}` : '') +
            '; pass them in options.facilities'
    );
  }

  const n = facilities.length;
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  const isContext = new Uint8Array(n);
  const pupilsBase = new Float64Array(n);
  const pupilsKnown = new Uint8Array(n);
  const capacityBase = new Float64Array(n).fill(NaN);
  const norm = new Float64Array(n);
  const normSource: ('deelgebied' | 'gemeente' | null)[] = [];
  const facilityMunicipality = new Int32Array(n);
  const facilityPlace = new Int32Array(n);
  const facilityById = new Map<string, number>();
  const places: Place[] = [];
  const placeIndex = new Map<string, number>();

  facilities.forEach((f, i) => {
    if (facilityById.has(f.id)) throw new Error(`duplicate facility id ${f.id} in bundle ${bundle.meta.id}`);
    facilityById.set(f.id, i);
    fx[i] = f.x;
    fy[i] = f.y;
    isContext[i] = f.context ? 1 : 0;
    pupilsBase[i] = f.pupils ?? 0;
    pupilsKnown[i] = f.pupils === null ? 0 : 1;
    if (f.capacity !== undefined && f.capacity !== null) capacityBase[i] = f.capacity;
    const nf = sectorNorm(setup, f, bundle.norms);
    norm[i] = nf ? nf.norm : NaN;
    normSource.push(nf ? nf.source : null);
    const m = f.context || f.municipality === null ? -1 : (municipalityIndex.get(f.municipality) ?? -1);
    facilityMunicipality[i] = m;
    if (f.context || f.place === '') {
      facilityPlace[i] = -1;
    } else {
      const key = placeKey(f.municipality, f.place);
      let p = placeIndex.get(key);
      if (p === undefined) {
        p = places.length;
        placeIndex.set(key, p);
        places.push({ name: f.place, municipality: m });
      }
      facilityPlace[i] = p;
    }
  });

  return {
    regionId: bundle.meta.id,
    sector,
    parameters: params,
    preset: setup.preset,
    facilityType: setup.facilityType,
    thresholdsM: setup.thresholdsM,
    normsApply: setup.normsApply,
    imported: options?.facilities !== undefined,
    facilities,
    facilityIds: facilities.map((f) => f.id),
    facilityById,
    bundleFacilityIds: new Set([
      ...bundle.facilities.map((f) => f.id),
      ...(options?.facilities ?? []).map((f) => f.id)
    ]),
    fx,
    fy,
    isContext,
    pupilsBase,
    pupilsKnown,
    capacityBase,
    norm,
    normSource,
    facilityMunicipality,
    facilityPlace,
    facilityIndex: buildIndex(fx, fy, FACILITY_NODE_SIZE),
    demand,
    demandSource: imported ? 'import' : 'cbs',
    demandYear: imported ? PUPIL_YEAR : CBS_DEMAND_YEAR,
    dx,
    dy,
    weight,
    demandMunicipality,
    demandIndex,
    municipalities,
    municipalityIndex,
    places,
    placeIndex,
    bundle
  };
}

/** The facility an `open` edit creates: RD position, containing region municipality, woonplaats and norm. */
export function makeAddedFacility(
  prepared: PreparedRegion,
  id: string,
  name: string,
  lon: number,
  lat: number
): AddedFacility {
  const [x, y] = toRD(lon, lat);
  const m = prepared.bundle.municipalities.find((mu) => pointInMultiPolygon(lon, lat, mu.polygon));
  const municipality = m ? m.code : null;
  const place = municipality ? placeAt(prepared.bundle, lon, lat) : null;
  const nf = sectorNorm(prepared, { municipality, place: place ?? '' }, prepared.bundle.norms);
  return {
    id,
    name,
    lon,
    lat,
    x,
    y,
    municipality,
    place,
    norm: nf ? nf.norm : null,
    normSource: nf ? nf.source : null
  };
}
