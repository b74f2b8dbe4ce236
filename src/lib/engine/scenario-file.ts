/**
 * Scenario files (schema version 1): the saved form of a scenario, also accepted by the CLI.
 *
 *   { "schemaVersion": 1, "region": "achterhoek", "sector": "po",
 *     "parameters": { "detourFactor": 1.3, "contextKm": 10 },
 *     "edits": [ { "op": "close", "facility": "04EJ05" }, ... ] }
 *
 * A bare edit array is accepted too. Only the shape is checked here (field types, unknown fields, unknown ops);
 * whether a facility exists or is still open is the engine's ScenarioError. Every message names the field and,
 * for edits, the edit index and op.
 */
import { EDIT_OPS, ENGINE_SECTORS, type Edit, type EngineSector, type Parameters } from './types';

export const SCENARIO_SCHEMA_VERSION = 1 as const;

export interface ScenarioFile {
  schemaVersion: typeof SCENARIO_SCHEMA_VERSION;
  region?: string;
  sector?: EngineSector;
  parameters?: Partial<Parameters>;
  edits: Edit[];
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

function parseParameters(data: unknown): Partial<Parameters> {
  if (!isObject(data)) throw new ScenarioFileError('parameters', 'must be an object');
  const out: Partial<Parameters> = {};
  for (const [key, v] of Object.entries(data)) {
    if (key !== 'detourFactor' && key !== 'contextKm') {
      throw new ScenarioFileError(
        `parameters.${key}`,
        'unknown parameter (expected detourFactor, contextKm)'
      );
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new ScenarioFileError(`parameters.${key}`, 'must be a number');
    }
    out[key] = v;
  }
  return out;
}

/** Validate parsed JSON as a scenario file (or a bare edit array). */
export function parseScenarioData(data: unknown): ScenarioFile {
  if (Array.isArray(data)) {
    return { schemaVersion: SCENARIO_SCHEMA_VERSION, edits: data.map((e, i) => parseEdit(e, i)) };
  }
  if (!isObject(data)) throw new ScenarioFileError('', 'must be a JSON object or an array of edits');
  for (const key of Object.keys(data)) {
    if (!['schemaVersion', 'region', 'sector', 'parameters', 'edits'].includes(key)) {
      throw new ScenarioFileError(key, 'unknown field');
    }
  }
  if (data.schemaVersion !== SCENARIO_SCHEMA_VERSION) {
    throw new ScenarioFileError(
      'schemaVersion',
      `unsupported version ${JSON.stringify(data.schemaVersion)} (this version reads ${SCENARIO_SCHEMA_VERSION})`
    );
  }
  const file: ScenarioFile = { schemaVersion: SCENARIO_SCHEMA_VERSION, edits: [] };
  if (data.region !== undefined) {
    if (typeof data.region !== 'string' || data.region === '') {
      throw new ScenarioFileError('region', 'must be a region id');
    }
    file.region = data.region;
  }
  if (data.sector !== undefined) {
    if (!(ENGINE_SECTORS as readonly unknown[]).includes(data.sector)) {
      throw new ScenarioFileError('sector', `must be one of ${ENGINE_SECTORS.join(', ')}`);
    }
    file.sector = data.sector as EngineSector;
  }
  if (data.parameters !== undefined) file.parameters = parseParameters(data.parameters);
  if (!Array.isArray(data.edits)) throw new ScenarioFileError('edits', 'must be an array of edits');
  file.edits = data.edits.map((e, i) => parseEdit(e, i));
  return file;
}

/** Parse the text of a scenario file. */
export function parseScenarioText(text: string): ScenarioFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ScenarioFileError('', `not valid JSON (${(e as Error).message.replace(/\s+/g, ' ').trim()})`);
  }
  return parseScenarioData(data);
}

/** The file body for a scenario (what the UI saves and the CLI reads). */
export function toScenarioFile(
  region: string,
  sector: EngineSector,
  edits: readonly Edit[],
  parameters?: Partial<Parameters>
): ScenarioFile {
  const file: ScenarioFile = { schemaVersion: SCENARIO_SCHEMA_VERSION, region, sector, edits: [...edits] };
  if (parameters) file.parameters = { ...parameters };
  return file;
}
