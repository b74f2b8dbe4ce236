/**
 * What `prepareRegion` evaluates for a sector: the preset (built-in or edited by the user), the demand weights and
 * thresholds that follow from it, and the facilities (the bundle's of the sector, or a set the caller imported).
 *
 * Sectors are data (engine/sectors): po and vo keep exactly the numbers they always had (the presets' weights are
 * demand.ts's, and the built-in presets keep the 1, 3 and 5 km shares), so their reports do not change.
 */
import type { Facility, RegionBundle } from './geodata/schema';
import { bboxOf, distanceToMultiPolygon, pointInMultiPolygon, type BBox } from './geodata/geometry';
import { toRD } from './projection';
import type { BandWeights } from './demand';
import type { EvaluatorOptions, FacilityInput, SectorId } from './types';
import { demandFor, getPreset, PRESET_IDS, thresholdsFor, type SectorPreset } from './sectors/presets';
import { validatePreset } from './sectors/validate';

/** The shares within 1, 3 and 5 km of the school sectors' reports (schema 1). */
export const SCHOOL_THRESHOLDS_M: readonly number[] = /* @__PURE__ */ Object.freeze([1000, 3000, 5000]);

/** A point just outside every generalised municipality polygon goes to the nearest one within this distance. */
const MUNICIPALITY_FALLBACK_M = 3500;

/** A facility as the engine holds it: the bundle's, or an imported one in the same shape. */
export type PreparedFacility = Omit<Facility, 'sector'> & {
  sector: SectorId;
  /** Capacity from an import; the bundle's facilities have none. */
  capacity?: number | null;
};

export interface SectorSetup {
  sector: SectorId;
  preset: SectorPreset;
  /** The one facility type evaluated, or null for all types of the preset. */
  facilityType: string | null;
  bandWeights: BandWeights;
  /** Three ascending distances (metres): the `shareWithin` keys. */
  thresholdsM: readonly number[];
  /** Opheffingsnormen count: the preset says so and the bundle has norms for the sector (po only). */
  normsApply: boolean;
}

/** Resolve the preset, demand and thresholds of a sector. Throws RangeError for an unknown sector or bad preset. */
export function sectorSetup(sector: SectorId, options: EvaluatorOptions | undefined): SectorSetup {
  if (typeof sector !== 'string' || sector === '') {
    throw new RangeError(`sector must be a preset id (${PRESET_IDS.join(', ')}), got ${String(sector)}`);
  }
  let preset: SectorPreset;
  if (options?.preset !== undefined) {
    const v = validatePreset(options.preset);
    if (!v.ok) throw new RangeError(`preset: ${v.problems.join(' ')}`);
    if (v.preset.id !== sector) {
      throw new RangeError(`preset: the preset is for sector "${v.preset.id}", not "${sector}"`);
    }
    preset = v.preset;
  } else {
    const builtIn = getPreset(sector);
    if (!builtIn) {
      throw new RangeError(
        `unknown sector "${sector}" (expected ${PRESET_IDS.join(', ')}, or pass its preset in the options)`
      );
    }
    preset = builtIn;
  }
  const type = options?.facilityType ?? null;
  if (type !== null && !preset.facilityTypes.some((t) => t.id === type)) {
    throw new RangeError(
      `facilityType "${type}" is not a type of ${sector} (${preset.facilityTypes.map((t) => t.id).join(', ')})`
    );
  }
  const explicit = options?.preset !== undefined || type !== null;
  const school = sector === 'po' || sector === 'vo';
  return {
    sector,
    preset,
    facilityType: type,
    bandWeights: demandFor(preset, type ?? undefined).bandWeights,
    // The built-in po and vo keep their schema-1 shares (1, 3 and 5 km); an edited preset or a type brings its own.
    thresholdsM: [...(school && !explicit ? SCHOOL_THRESHOLDS_M : thresholdsFor(preset, type ?? undefined))],
    normsApply: preset.normApplies && sector === 'po'
  };
}

const ofType = (type: string | null) => (f: { type?: string }) =>
  type === null || f.type === type || (f.type ?? '').split('/').includes(type);

/**
 * The facilities of the sector: the bundle's, or `inputs` brought to the bundle's shape (municipality by location,
 * place from the PC4 area when the input has none). Unsorted; throws RangeError naming the bad input.
 */
export function sectorFacilities(
  bundle: RegionBundle,
  setup: SectorSetup,
  inputs: readonly FacilityInput[] | undefined
): PreparedFacility[] {
  if (inputs === undefined) {
    return bundle.facilities.filter((f) => f.sector === setup.sector).filter(ofType(setup.facilityType));
  }
  if (!Array.isArray(inputs)) throw new RangeError('facilities must be an array');
  const seen = new Set<string>();
  const out: PreparedFacility[] = [];
  inputs.forEach((f, i) => {
    const fail = (problem: string): never => {
      throw new RangeError(`facilities[${i}]: ${problem}`);
    };
    if (typeof f !== 'object' || f === null) fail('must be an object');
    if (typeof f.id !== 'string' || f.id.trim() === '') fail('"id" must be a non-empty string');
    if (seen.has(f.id)) fail(`duplicate id "${f.id}"`);
    seen.add(f.id);
    if (typeof f.name !== 'string') fail('"name" must be a string');
    if (!Number.isFinite(f.lon) || !Number.isFinite(f.lat)) fail('"lon" and "lat" must be numbers');
    const pupils = f.pupils ?? null;
    if (pupils !== null && !(Number.isFinite(pupils) && pupils >= 0)) fail('"pupils" must be >= 0 or null');
    const capacity = f.capacity ?? null;
    if (capacity !== null && !(Number.isFinite(capacity) && capacity >= 0)) {
      fail('"capacity" must be >= 0 or null');
    }
    const type = f.type ?? setup.preset.facilityTypes[0].id;
    if (!ofType(setup.facilityType)({ type })) return;
    const [x, y] =
      Number.isFinite(f.x) && Number.isFinite(f.y) ? [f.x as number, f.y as number] : toRD(f.lon, f.lat);
    const context = f.context === true || f.outsideRegion === true;
    const text = (f.municipality ?? '').trim();
    out.push({
      id: f.id,
      brin: '',
      name: f.name,
      sector: setup.sector,
      type,
      // An imported facility has no VO tracks (the choice model and the track rules need the bundle's schools).
      tracks: 0,
      denomination: '',
      address: '',
      postcode: '',
      place: f.place && f.place.trim() !== '' ? f.place : (placeAt(bundle, f.lon, f.lat) ?? ''),
      municipality: context
        ? /^GM\d{4}$/.test(text)
          ? text
          : null
        : (municipalityAt(bundle, f.lon, f.lat) ?? municipalityNamed(bundle, text)),
      lon: f.lon,
      lat: f.lat,
      x,
      y,
      pupils,
      context,
      capacity
    });
  });
  return out;
}

/** Bounding boxes of a bundle's municipality and postcode polygons, computed on first use. */
const boxCache = new WeakMap<object, BBox[]>();

function boxes(key: object, polygons: () => ((number[][][][] | null) | undefined)[]): BBox[] {
  let b = boxCache.get(key);
  if (!b) boxCache.set(key, (b = polygons().map((p) => bboxOf(p ?? []))));
  return b;
}

const inBox = (b: BBox, lon: number, lat: number) => lon >= b[0] && lat >= b[1] && lon <= b[2] && lat <= b[3];

/** The region municipality containing the point, else the nearest within 3.5 km (as the bundle build), else null. */
export function municipalityAt(bundle: RegionBundle, lon: number, lat: number): string | null {
  const ms = bundle.municipalities;
  const b = boxes(ms, () => ms.map((m) => m.polygon));
  for (let k = 0; k < ms.length; k++) {
    if (inBox(b[k], lon, lat) && pointInMultiPolygon(lon, lat, ms[k].polygon)) return ms[k].code;
  }
  let best: string | null = null;
  let bestM = MUNICIPALITY_FALLBACK_M;
  for (const m of ms) {
    const d = distanceToMultiPolygon(lon, lat, m.polygon);
    if (d <= bestM) [best, bestM] = [m.code, d];
  }
  return best;
}

/** A region municipality named by code or name (case-insensitive), else null. */
function municipalityNamed(bundle: RegionBundle, text: string): string | null {
  if (text === '') return null;
  const key = text.toLowerCase();
  const m = bundle.meta.municipalities.find(
    (mu) => mu.code.toLowerCase() === key || mu.name.toLowerCase() === key
  );
  return m ? m.code : null;
}

/**
 * The woonplaats at a point: the place of the PC4 area containing it (a PC4's main place; in the Achterhoek it
 * equals the BAG woonplaats of all 132 schools), or null outside every PC4 polygon of the bundle.
 */
export function placeAt(bundle: RegionBundle, lon: number, lat: number): string | null {
  const pcs = bundle.postcodes;
  const b = boxes(pcs, () => pcs.map((pc) => pc.polygon));
  for (let k = 0; k < pcs.length; k++) {
    if (!inBox(b[k], lon, lat)) continue;
    const pc = pcs[k];
    if (pc.polygon && pc.place && pointInMultiPolygon(lon, lat, pc.polygon)) return pc.place;
  }
  return null;
}
