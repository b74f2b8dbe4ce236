/**
 * The `data` block of a version-2 scenario file: the imported facilities and population table a scenario was
 * made with, so a scenario of a sector without open data (sport, zorg, welzijn) can be shared, saved, imported and
 * evaluated by the CLI on its own.
 *
 *   "data": {
 *     "facilities": { "source": { "name": "sport.csv", "example": false }, "sector": "sport",
 *                     "facilities": [ { "id", "name", "type", "lon", "lat", "x", "y", "pupils", ... } ] },
 *     "demand":     { "source": { ... }, "kind": "pc4" | "point",
 *                     "units": [ { "id", "postcode", "lon", "lat", "x", "y", "total", "ages" } ] }
 *   }
 *
 * Only the fields the engine reads are kept (FacilityInput, DemandInput). The checks are the engine's own
 * (sectorFacilities, checkDemandInputs) plus strict shapes: unknown fields, wrong types and too many rows are
 * ScenarioFileErrors naming the field path, e.g. `data.facilities.facilities[3].lon`.
 */
import { AGE_BANDS } from './geodata/schema';
import { checkDemandInputs } from './demand-input';
import type { DemandInput, FacilityInput, SectorId } from './types';

/** Largest sets a scenario file may carry (a region's sport facilities are hundreds, its PC4 areas ~100). */
export const MAX_FILE_FACILITIES = 5000;
export const MAX_FILE_DEMAND_UNITS = 20000;

export interface ScenarioDataSource {
  /** The file name the data came from. */
  name: string;
  /** An example file ("voorbeeld (fictief)"). */
  example: boolean;
  /** ISO time of the original import, when known. */
  importedAt?: string;
}

export interface ScenarioFacilityData {
  source: ScenarioDataSource;
  /** The sector the facilities are of; when given it must be the file's sector. */
  sector?: SectorId;
  facilities: FacilityInput[];
}

export interface ScenarioDemandData {
  source: ScenarioDataSource;
  kind: 'pc4' | 'point';
  units: DemandInput[];
}

export interface ScenarioData {
  facilities?: ScenarioFacilityData;
  demand?: ScenarioDemandData;
}

/** A problem at a field path; scenario-file.ts turns it into a ScenarioFileError. */
export class DataFieldError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string
  ) {
    super(`${where}: ${problem}`);
    this.name = 'DataFieldError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const fail = (where: string, problem: string): never => {
  throw new DataFieldError(where, problem);
};

function onlyKeys(o: Record<string, unknown>, keys: readonly string[], at: string): void {
  for (const key of Object.keys(o)) if (!keys.includes(key)) fail(`${at}.${key}`, 'unknown field');
}

function text(v: unknown, where: string, nonEmpty: boolean): string {
  if (typeof v !== 'string') return fail(where, nonEmpty ? 'must be a non-empty string' : 'must be a string');
  if (nonEmpty && v.trim() === '') fail(where, 'must be a non-empty string');
  return v;
}

function num(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(where, 'must be a number');
  return v as number;
}

function countOrNull(v: unknown, where: string): number | null {
  if (v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(where, 'must be a number >= 0 or null');
  return v as number;
}

function coordinates(o: Record<string, unknown>, at: string, out: Record<string, unknown>): void {
  const lon = num(o.lon, `${at}.lon`);
  const lat = num(o.lat, `${at}.lat`);
  if (lon < -180 || lon > 180) fail(`${at}.lon`, 'must be a longitude (-180 to 180)');
  if (lat < -90 || lat > 90) fail(`${at}.lat`, 'must be a latitude (-90 to 90)');
  out.lon = lon;
  out.lat = lat;
  if ((o.x === undefined) !== (o.y === undefined))
    fail(`${at}.${o.x === undefined ? 'x' : 'y'}`, 'is missing');
  if (o.x !== undefined) {
    out.x = num(o.x, `${at}.x`);
    out.y = num(o.y, `${at}.y`);
  }
}

function parseSource(v: unknown, at: string): ScenarioDataSource {
  if (v === undefined) return fail(at, 'is missing');
  if (!isObject(v)) return fail(at, 'must be an object');
  onlyKeys(v, ['name', 'example', 'importedAt'], at);
  const name = text(v.name, `${at}.name`, true);
  if (name.length > 200) fail(`${at}.name`, 'must be at most 200 characters');
  if (typeof v.example !== 'boolean') fail(`${at}.example`, 'must be true or false');
  const out: ScenarioDataSource = { name, example: v.example as boolean };
  if (v.importedAt !== undefined) out.importedAt = text(v.importedAt, `${at}.importedAt`, true);
  return out;
}

function list(v: unknown, at: string, what: string, max: number): unknown[] {
  if (v === undefined) return fail(at, 'is missing');
  if (!Array.isArray(v)) return fail(at, `must be an array of ${what}`);
  if (v.length === 0) fail(at, 'must not be empty');
  if (v.length > max) fail(at, `must hold at most ${max} ${what} (has ${v.length})`);
  return v;
}

const FACILITY_KEYS = [
  'id',
  'name',
  'type',
  'lon',
  'lat',
  'x',
  'y',
  'pupils',
  'capacity',
  'place',
  'municipality',
  'context',
  'outsideRegion'
] as const;

/** One facility, as sectorFacilities checks it, strict about fields and types. */
function parseFacility(v: unknown, at: string): FacilityInput {
  if (!isObject(v)) return fail(at, 'must be an object');
  onlyKeys(v, FACILITY_KEYS, at);
  const out: Record<string, unknown> = {};
  out.id = text(v.id, `${at}.id`, true);
  out.name = text(v.name, `${at}.name`, false);
  if (v.type !== undefined) out.type = text(v.type, `${at}.type`, true);
  coordinates(v, at, out);
  out.pupils = v.pupils === undefined ? null : countOrNull(v.pupils, `${at}.pupils`);
  if (v.capacity !== undefined) out.capacity = countOrNull(v.capacity, `${at}.capacity`);
  for (const key of ['place', 'municipality'] as const) {
    if (v[key] === undefined) continue;
    if (v[key] !== null && typeof v[key] !== 'string') fail(`${at}.${key}`, 'must be a string or null');
    out[key] = v[key];
  }
  for (const key of ['context', 'outsideRegion'] as const) {
    if (v[key] === undefined) continue;
    if (typeof v[key] !== 'boolean') fail(`${at}.${key}`, 'must be true or false');
    out[key] = v[key];
  }
  return out as unknown as FacilityInput;
}

function parseFacilities(v: unknown, sector: SectorId | undefined): ScenarioFacilityData {
  const at = 'data.facilities';
  if (!isObject(v)) return fail(at, 'must be an object');
  onlyKeys(v, ['source', 'sector', 'facilities'], at);
  const out: ScenarioFacilityData = { source: parseSource(v.source, `${at}.source`), facilities: [] };
  if (v.sector !== undefined) {
    const s = text(v.sector, `${at}.sector`, true);
    if (sector !== undefined && s !== sector) fail(`${at}.sector`, `is for sector "${s}", not "${sector}"`);
    out.sector = s;
  }
  const seen = new Set<string>();
  out.facilities = list(v.facilities, `${at}.facilities`, 'facilities', MAX_FILE_FACILITIES).map((f, i) => {
    const facility = parseFacility(f, `${at}.facilities[${i}]`);
    if (seen.has(facility.id)) fail(`${at}.facilities[${i}].id`, `duplicate id "${facility.id}"`);
    seen.add(facility.id);
    return facility;
  });
  return out;
}

/** One demand unit, as checkDemandInputs checks it, strict about fields and types. */
function parseUnit(v: unknown, at: string): DemandInput {
  if (!isObject(v)) return fail(at, 'must be an object');
  onlyKeys(v, ['id', 'postcode', 'lon', 'lat', 'x', 'y', 'total', 'ages'], at);
  const out: Record<string, unknown> = { id: text(v.id, `${at}.id`, true) };
  if (v.postcode !== undefined) {
    if (v.postcode !== null && typeof v.postcode !== 'string')
      fail(`${at}.postcode`, 'must be a string or null');
    out.postcode = v.postcode;
  }
  coordinates(v, at, out);
  const total = num(v.total, `${at}.total`);
  if (total < 0) fail(`${at}.total`, 'must be a number >= 0');
  out.total = total;
  if (v.ages !== undefined && v.ages !== null) {
    if (!isObject(v.ages)) fail(`${at}.ages`, 'must be an object');
    const ages: Record<string, number> = {};
    for (const [band, n] of Object.entries(v.ages as Record<string, unknown>)) {
      if (!(AGE_BANDS as readonly string[]).includes(band)) fail(`${at}.ages.${band}`, 'unknown age band');
      if (typeof n !== 'number' || !Number.isFinite(n) || n < 0)
        fail(`${at}.ages.${band}`, 'must be a number >= 0');
      ages[band] = n as number;
    }
    out.ages = ages;
  } else if (v.ages === null) {
    out.ages = null;
  }
  return out as unknown as DemandInput;
}

function parseDemand(v: unknown): ScenarioDemandData {
  const at = 'data.demand';
  if (!isObject(v)) return fail(at, 'must be an object');
  onlyKeys(v, ['source', 'kind', 'units'], at);
  const source = parseSource(v.source, `${at}.source`);
  if (v.kind !== 'pc4' && v.kind !== 'point') fail(`${at}.kind`, 'must be "pc4" or "point"');
  const seen = new Set<string>();
  const units = list(v.units, `${at}.units`, 'demand units', MAX_FILE_DEMAND_UNITS).map((u, i) => {
    const unit = parseUnit(u, `${at}.units[${i}]`);
    if (seen.has(unit.id)) fail(`${at}.units[${i}].id`, `duplicate id "${unit.id}"`);
    seen.add(unit.id);
    return unit;
  });
  try {
    checkDemandInputs(units); // the engine's own rules, after the shape checks above
  } catch (e) {
    const m = /^demand\[(\d+)\]: (.*)$/.exec((e as Error).message);
    fail(m ? `${at}.units[${m[1]}]` : `${at}.units`, m ? m[2] : (e as Error).message);
  }
  return { source, kind: v.kind as 'pc4' | 'point', units };
}

/** Validate a `data` block of a file of `sector`; returns a fresh copy with only the known fields. */
export function parseScenarioDataBlock(v: unknown, sector: SectorId | undefined): ScenarioData {
  if (!isObject(v)) return fail('data', 'must be an object');
  onlyKeys(v, ['facilities', 'demand'], 'data');
  const out: ScenarioData = {};
  if (v.facilities !== undefined) out.facilities = parseFacilities(v.facilities, sector);
  if (v.demand !== undefined) out.demand = parseDemand(v.demand);
  return out;
}
