/**
 * Scenario files (schema version 3; versions 1 and 2 are still read): the saved form of a scenario, also read by
 * the CLI.
 *
 *   { "schemaVersion": 3, "region": "achterhoek", "sector": "po",
 *     "parameters": { "detourFactor": 1.3, "contextKm": 10, "allocation": "choice",
 *                     "years": { "prognosis": { "birthTrend": "data" } } },
 *     "preset": { ...the sector preset as the user edited it... },
 *     "edits": [ { "op": "close", "facility": "04EJ05" }, ... ],
 *     "data": { "facilities": {...}, "demand": {...} } }
 *
 * A bare edit array is accepted too. `preset` and `parameters.years` are optional later additions to version 1:
 * files without them read as before. Version 2 adds the optional `data` (scenario-data.ts): the imported facilities
 * and population table the scenario was made with; a version-1 file is a version-2 file without `data`. Only the shape is checked here (field types, unknown fields, unknown ops,
 * the preset with validatePreset, the year options' ranges); whether a facility exists or is still open is the
 * engine's ScenarioError. Every message names the field and, for edits, the edit index and op.
 *
 * Version 3 adds `parameters.allocation` ('nearest' or 'choice', the reallocation rule) and the data-derived birth
 * trend (`birthTrend: "data"`, the new default). A file of an older version (a bare edit array included) reads
 * with `allocation: 'nearest'` and, when it sets no birth trend, `birthTrend: 0`: what it was saved with, so it
 * gives exactly the results it gave (`legacyParameters`).
 */
import { getPreset, PRESET_IDS, type SectorPreset } from '../sectors/presets';
import { validatePreset } from '../sectors/validate';
import { resolveCosts, resolveFloor, type CostParameters, type FloorParameters } from './costs';
import { resolvePrognosis, YEAR_MAX, YEAR_MIN, type PrognosisParameters } from './prognosis';
import { resolveTransport, type TransportParameters } from './transport';
import { DataFieldError, parseScenarioDataBlock, type ScenarioData } from './scenario-data';
export {
  MAX_FILE_DEMAND_UNITS,
  MAX_FILE_FACILITIES,
  type ScenarioData,
  type ScenarioDataSource,
  type ScenarioDemandData,
  type ScenarioFacilityData
} from './scenario-data';
import {
  ALLOCATIONS,
  EDIT_OPS,
  ENGINE_SECTORS,
  type Allocation,
  type Edit,
  type EngineSector,
  type Parameters,
  type SectorId
} from './types';

export const SCENARIO_SCHEMA_VERSION = 3 as const;
/** The versions parseScenarioData reads (a parsed file keeps its version; scenario-versions.ts (export/) migrates to 3). */
export type ScenarioFileVersion = 1 | 2 | typeof SCENARIO_SCHEMA_VERSION;

/** The year options a scenario file stores (YearOptions without a norms table). */
export interface ScenarioYearOptions {
  fromYear?: number;
  toYear?: number;
  prognosis?: Partial<PrognosisParameters>;
  transport?: Partial<TransportParameters>;
  floor?: Partial<FloorParameters>;
  costs?: Partial<CostParameters>;
}

export type ScenarioParameters = Partial<Parameters> & { years?: ScenarioYearOptions };

/**
 * A scenario file. `S` is the sectors the reader takes: `parseScenarioData(data)` keeps to po and vo (what the
 * atlas shows today), `parseScenarioData(data, { anySector: true })` takes every preset id.
 */
export interface ScenarioFile<S extends SectorId = EngineSector> {
  schemaVersion: ScenarioFileVersion;
  region?: string;
  /** po or vo; with `anySector`, a preset id (po, vo, so, sport, zorg, welzijn) or the id of `preset`. */
  sector?: S;
  parameters?: ScenarioParameters;
  /** The sector's preset as the user edited it (its demand assumptions); validated with validatePreset. */
  preset?: SectorPreset;
  edits: Edit[];
  /** Version 2: the imported facilities and population table the scenario needs (scenario-data.ts). */
  data?: ScenarioData;
}

export class ScenarioFileError extends Error {
  constructor(
    /** Where in the file: e.g. `edits[2] (close)`, `parameters.detourFactor`, or '' for the whole file. */
    readonly where: string,
    readonly problem: string,
    /** 0-based edit index when the problem is in an edit. */
    readonly editIndex: number | null = null
  ) {
    super(where ? `${where}: ${problem}` : problem);
    this.name = 'ScenarioFileError';
  }
}

const EDIT_FIELDS: Record<Edit['op'], { required: string[]; optional: string[] }> = {
  close: { required: ['facility'], optional: [] },
  merge: { required: ['facility', 'into'], optional: [] },
  open: { required: ['id', 'name', 'lon', 'lat'], optional: ['capacity'] },
  capacity: { required: ['facility', 'capacity'], optional: [] }
};

const STRING_FIELDS = new Set(['facility', 'into', 'id', 'name']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Check one edit's shape; returns a fresh plain object with only the known fields. */
export function parseEdit(data: unknown, index: number): Edit {
  const fail = (where: string, problem: string): never => {
    throw new ScenarioFileError(where, problem, index);
  };
  if (!isObject(data)) return fail(`edits[${index}]`, 'must be an object with an "op"');
  const op = data.op;
  if (typeof op !== 'string' || !(EDIT_OPS as readonly string[]).includes(op)) {
    return fail(`edits[${index}]`, `unknown op ${JSON.stringify(op)} (expected ${EDIT_OPS.join(', ')})`);
  }
  const spec = EDIT_FIELDS[op as Edit['op']];
  const where = `edits[${index}] (${op})`;
  const out: Record<string, unknown> = { op };
  for (const key of Object.keys(data)) {
    if (key !== 'op' && !spec.required.includes(key) && !spec.optional.includes(key)) {
      fail(where, `unknown field "${key}"`);
    }
  }
  for (const key of [...spec.required, ...spec.optional]) {
    const v = data[key];
    if (v === undefined) {
      if (spec.required.includes(key)) fail(where, `missing field "${key}"`);
      continue;
    }
    if (STRING_FIELDS.has(key)) {
      if (typeof v !== 'string' || (key !== 'name' && v.trim() === '')) {
        fail(where, `"${key}" must be a non-empty string`);
      }
    } else if (typeof v !== 'number' || !Number.isFinite(v)) {
      fail(where, `"${key}" must be a number`);
    } else if (key === 'capacity' && (v as number) < 0) {
      fail(where, '"capacity" must be >= 0');
    }
    out[key] = v;
  }
  return out as unknown as Edit;
}

const YEAR_GROUPS = {
  prognosis: ['birthTrend', 'migration', 'birthBand'],
  transport: ['thresholdM'],
  floor: ['fixedM2', 'perPupilM2'],
  costs: ['perLocation', 'perM2', 'perTransportPupil']
} as const;

function numberField(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ScenarioFileError(where, 'must be a number');
  return v;
}

/** `parameters.years`: known keys, numbers, and the ranges the engine accepts. */
function parseYears(data: unknown): ScenarioYearOptions {
  const at = 'parameters.years';
  if (!isObject(data)) throw new ScenarioFileError(at, 'must be an object');
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(data)) {
    if (key === 'fromYear' || key === 'toYear') {
      const y = numberField(v, `${at}.${key}`);
      if (!Number.isInteger(y) || y < YEAR_MIN || y > YEAR_MAX) {
        throw new ScenarioFileError(`${at}.${key}`, `must be a year from ${YEAR_MIN} to ${YEAR_MAX}`);
      }
      out[key] = y;
    } else if (Object.hasOwn(YEAR_GROUPS, key)) {
      const fields: readonly string[] = YEAR_GROUPS[key as keyof typeof YEAR_GROUPS];
      if (!isObject(v)) throw new ScenarioFileError(`${at}.${key}`, 'must be an object');
      const group: Record<string, number | 'data'> = {};
      for (const [f, n] of Object.entries(v)) {
        if (!fields.includes(f)) {
          throw new ScenarioFileError(`${at}.${key}.${f}`, `unknown field (expected ${fields.join(', ')})`);
        }
        group[f] = f === 'birthTrend' && n === 'data' ? 'data' : numberField(n, `${at}.${key}.${f}`);
      }
      try {
        if (key === 'prognosis') resolvePrognosis(group);
        else if (key === 'transport') resolveTransport(group as Record<string, number>);
        else if (key === 'floor') resolveFloor('po', group as Record<string, number>);
        else resolveCosts('po', group as Record<string, number>);
      } catch (e) {
        throw new ScenarioFileError(`${at}.${key}`, (e as Error).message);
      }
      out[key] = group;
    } else {
      throw new ScenarioFileError(
        `${at}.${key}`,
        'unknown field (expected fromYear, toYear, prognosis, transport, floor, costs)'
      );
    }
  }
  if (typeof out.fromYear === 'number' && typeof out.toYear === 'number' && out.fromYear > out.toYear) {
    throw new ScenarioFileError(`${at}.fromYear`, 'must not be after toYear');
  }
  return out as ScenarioYearOptions;
}

function parseParameters(data: unknown, version: number): ScenarioParameters {
  if (!isObject(data)) throw new ScenarioFileError('parameters', 'must be an object');
  const out: ScenarioParameters = {};
  for (const [key, v] of Object.entries(data)) {
    if (key === 'years') {
      out.years = parseYears(v);
      continue;
    }
    if (key === 'allocation' && version >= 3) {
      if (!(ALLOCATIONS as readonly unknown[]).includes(v)) {
        throw new ScenarioFileError('parameters.allocation', `must be ${ALLOCATIONS.join(' or ')}`);
      }
      out.allocation = v as Allocation;
      continue;
    }
    if (key !== 'detourFactor' && key !== 'contextKm') {
      throw new ScenarioFileError(
        `parameters.${key}`,
        `unknown parameter (expected detourFactor, contextKm, ${version >= 3 ? 'allocation, ' : ''}years)`
      );
    }
    out[key] = numberField(v, `parameters.${key}`);
  }
  return out;
}

function parsePreset(data: unknown): SectorPreset {
  const v = validatePreset(data);
  if (!v.ok) throw new ScenarioFileError('preset', v.problems.join(' '));
  return v.preset;
}

const FILE_FIELDS = ['schemaVersion', 'region', 'sector', 'parameters', 'preset', 'edits', 'data'];

export interface ParseOptions {
  /** Accept every preset id as the sector (the CLI); default: po and vo only. */
  anySector?: boolean;
}

/** Validate parsed JSON as a scenario file (or a bare edit array). */
export function parseScenarioData(data: unknown): ScenarioFile;
export function parseScenarioData(data: unknown, options: ParseOptions): ScenarioFile<SectorId>;
export function parseScenarioData(data: unknown, options?: ParseOptions): ScenarioFile<SectorId> {
  if (Array.isArray(data)) {
    return {
      schemaVersion: SCENARIO_SCHEMA_VERSION,
      parameters: legacyParameters(undefined),
      edits: data.map((e, i) => parseEdit(e, i))
    };
  }
  if (!isObject(data)) throw new ScenarioFileError('', 'must be a JSON object or an array of edits');
  for (const key of Object.keys(data)) {
    if (!FILE_FIELDS.includes(key) || (key === 'data' && data.schemaVersion === 1)) {
      throw new ScenarioFileError(key, 'unknown field');
    }
  }
  if (
    data.schemaVersion !== 1 &&
    data.schemaVersion !== 2 &&
    data.schemaVersion !== SCENARIO_SCHEMA_VERSION
  ) {
    throw new ScenarioFileError(
      'schemaVersion',
      `unsupported version ${JSON.stringify(data.schemaVersion)} (this version reads 1 to ${SCENARIO_SCHEMA_VERSION})`
    );
  }
  const file: ScenarioFile<SectorId> = { schemaVersion: data.schemaVersion, edits: [] };
  if (data.region !== undefined) {
    if (typeof data.region !== 'string' || data.region === '') {
      throw new ScenarioFileError('region', 'must be a region id');
    }
    file.region = data.region;
  }
  if (data.preset !== undefined) {
    file.preset = parsePreset(data.preset);
    if (!options?.anySector && !(ENGINE_SECTORS as readonly string[]).includes(file.preset.id)) {
      throw new ScenarioFileError('preset', `is for sector "${file.preset.id}"; this reader takes po and vo`);
    }
  }
  if (data.sector !== undefined) {
    const own = file.preset?.id;
    const known = options?.anySector
      ? typeof data.sector === 'string' && (getPreset(data.sector) !== undefined || data.sector === own)
      : (ENGINE_SECTORS as readonly unknown[]).includes(data.sector);
    if (!known || typeof data.sector !== 'string') {
      const ids = options?.anySector ? [...PRESET_IDS, ...(own ? [own] : [])] : ENGINE_SECTORS;
      throw new ScenarioFileError('sector', `must be one of ${ids.join(', ')}`);
    }
    if (own !== undefined && own !== data.sector) {
      throw new ScenarioFileError('preset', `is for sector "${own}", not "${data.sector}"`);
    }
    file.sector = data.sector;
  }
  if (data.parameters !== undefined) file.parameters = parseParameters(data.parameters, data.schemaVersion);
  if (data.schemaVersion < SCENARIO_SCHEMA_VERSION) file.parameters = legacyParameters(file.parameters);
  if (!Array.isArray(data.edits)) throw new ScenarioFileError('edits', 'must be an array of edits');
  file.edits = data.edits.map((e, i) => parseEdit(e, i));
  if (data.data !== undefined) {
    try {
      file.data = parseScenarioDataBlock(data.data, file.sector ?? file.preset?.id);
    } catch (e) {
      if (e instanceof DataFieldError) throw new ScenarioFileError(e.where, e.problem);
      throw e;
    }
  }
  return file;
}

/**
 * The parameters an older file (version 1 or 2, or a bare edit array) was evaluated with: the nearest rule and,
 * unless it set one, a birth trend of 0. Never mutates its input.
 */
export function legacyParameters(p: ScenarioParameters | undefined): ScenarioParameters {
  const out: ScenarioParameters = { ...(p ?? {}), allocation: 'nearest' };
  if (p?.years?.prognosis?.birthTrend === undefined) {
    out.years = { ...p?.years, prognosis: { ...p?.years?.prognosis, birthTrend: 0 } };
  }
  return out;
}

/** Parse the text of a scenario file. */
export function parseScenarioText(text: string): ScenarioFile;
export function parseScenarioText(text: string, options: ParseOptions): ScenarioFile<SectorId>;
export function parseScenarioText(text: string, options?: ParseOptions): ScenarioFile<SectorId> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ScenarioFileError('', `not valid JSON (${(e as Error).message.replace(/\s+/g, ' ').trim()})`);
  }
  return parseScenarioData(data, options ?? {});
}

/**
 * The file body for a scenario (what the UI saves and the CLI reads); `preset` only when the user edited it,
 * `data` only when the scenario needs imported data (the caller decides; it is copied as given).
 */
export function toScenarioFile<S extends SectorId>(
  region: string,
  sector: S,
  edits: readonly Edit[],
  parameters?: ScenarioParameters,
  preset?: SectorPreset,
  data?: ScenarioData
): ScenarioFile<S> {
  const file: ScenarioFile<S> = { schemaVersion: SCENARIO_SCHEMA_VERSION, region, sector, edits: [...edits] };
  if (parameters) {
    const { years, ...rest } = parameters;
    file.parameters = years ? { ...rest, years: structuredClone(years) } : rest;
  }
  if (preset) file.preset = structuredClone(preset);
  if (data && (data.facilities || data.demand)) file.data = structuredClone(data);
  return file;
}
