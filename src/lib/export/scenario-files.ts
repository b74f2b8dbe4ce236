/**
 * Scenario files on disk: export one scenario or all scenarios of a session, import either, migrate old versions.
 *
 * The engine (`$lib/engine/scenario-file`) owns the shape of a version-1 scenario file; this module adds the
 * session file, the version history and Dutch messages. Pure functions: no DOM, no fetch, no Node APIs, so the
 * browser (import/export buttons) and the server (API) share them.
 *
 * Versions of the single scenario file:
 *   0  the informal draft: a bare JSON array of edits (no region, sector or parameters)
 *   1  { schemaVersion: 1, region, sector, parameters, edits }
 * Session file (version 1): { schemaVersion: 1, kind: "transitieatlas-scenarios", region,
 *   scenarios: [{ name, sector, parameters, edits }] }
 *
 * When a version 2 arrives: add `from1` below, keep a frozen v1 fixture in tests/fixtures/scenario-files.
 */
import {
  ENGINE_SECTORS,
  parseScenarioData,
  SCENARIO_SCHEMA_VERSION,
  ScenarioFileError,
  toScenarioFile,
  type Edit,
  type EngineSector,
  type Parameters,
  type ScenarioFile
} from '../engine/index';

export { toScenarioFile };

export const SESSION_FILE_KIND = 'transitieatlas-scenarios' as const;
/** Longest scenario name we store or import. */
export const MAX_NAME_LENGTH = 200;

export interface SessionScenario {
  name: string;
  sector: EngineSector;
  parameters?: Partial<Parameters>;
  edits: Edit[];
}

export interface SessionFile {
  schemaVersion: typeof SCENARIO_SCHEMA_VERSION;
  kind: typeof SESSION_FILE_KIND;
  region: string;
  scenarios: SessionScenario[];
}

/** A broken scenario file. `where` and `problem` are Dutch; `message` is `where: problem`. */
export class ScenarioFormatError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string
  ) {
    super(where ? `${where}: ${problem}` : problem);
    this.name = 'ScenarioFormatError';
  }
}

/** A file the user picked could not be imported; the message names the file and is ready to show. */
export class ScenarioImportError extends Error {
  constructor(
    readonly fileName: string,
    readonly error: ScenarioFormatError
  ) {
    super(`Kan "${fileName}" niet laden: ${error.message}`);
    this.name = 'ScenarioImportError';
  }
}

const PROBLEMS_NL: [RegExp, (...m: string[]) => string][] = [
  [/^must be an object with an "op"$/, () => 'moet een object met een "op" zijn'],
  [/^unknown op (.*) \(expected (.*)\)$/, (_, op, ops) => `onbekende bewerking ${op} (verwacht: ${ops})`],
  [/^unknown field "(.*)"$/, (_, f) => `onbekend veld "${f}"`],
  [/^unknown field$/, () => 'onbekend veld'],
  [/^missing field "(.*)"$/, (_, f) => `veld "${f}" ontbreekt`],
  [/^"(.*)" must be a non-empty string$/, (_, f) => `"${f}" moet een niet-lege tekst zijn`],
  [/^"(.*)" must be a number$/, (_, f) => `"${f}" moet een getal zijn`],
  [/^"capacity" must be >= 0$/, () => '"capacity" moet 0 of groter zijn'],
  [/^must be a number$/, () => 'moet een getal zijn'],
  [/^must be an object$/, () => 'moet een object zijn'],
  [/^unknown parameter \(expected (.*)\)$/, (_, p) => `onbekende parameter (verwacht: ${p})`],
  [
    /^must be a JSON object or an array of edits$/,
    () => 'moet een JSON-object of een lijst bewerkingen zijn'
  ],
  [/^must be a region id$/, () => 'moet een regio-id zijn'],
  [/^must be one of (.*)$/, (_, v) => `moet een van ${v} zijn`],
  [/^must be an array of edits$/, () => 'moet een lijst bewerkingen zijn']
];

function problemNl(problem: string): string {
  for (const [re, nl] of PROBLEMS_NL) {
    const m = re.exec(problem);
    if (m) return nl(...m);
  }
  return problem;
}

/** `edits[2] (close)` -> `bewerking 3 (close)`, `parameters.contextKm` -> `veld "parameters.contextKm"`. */
function whereNl(where: string): string {
  const m = /^edits\[(\d+)\](?: \((.*)\))?$/.exec(where);
  if (m) return `bewerking ${Number(m[1]) + 1}${m[2] ? ` (${m[2]})` : ''}`;
  return where ? `veld "${where}"` : '';
}

/** The engine's (English) ScenarioFileError as a Dutch ScenarioFormatError; other errors pass through. */
export function toDutch(e: unknown, prefix = ''): unknown {
  const join = (w: string) => [prefix, w].filter(Boolean).join(', ');
  if (e instanceof ScenarioFileError)
    return new ScenarioFormatError(join(whereNl(e.where)), problemNl(e.problem));
  if (e instanceof ScenarioFormatError && prefix) return new ScenarioFormatError(join(e.where), e.problem);
  return e;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function unsupported(v: unknown): ScenarioFormatError {
  return new ScenarioFormatError(
    '',
    `schemaVersion ${JSON.stringify(v)} wordt niet ondersteund (deze versie leest 0 en ${SCENARIO_SCHEMA_VERSION}` +
      `; een nieuwere versie van de Transitieatlas heeft dit bestand misschien gemaakt)`
  );
}

/** The version of parsed scenario JSON: 0 for a bare edit array, else its schemaVersion. */
export function scenarioFileVersion(data: unknown): number {
  if (Array.isArray(data)) return 0;
  if (!isObject(data)) {
    throw new ScenarioFormatError('', 'moet een JSON-object (scenariobestand) of een lijst bewerkingen zijn');
  }
  const v = data.schemaVersion;
  if (v === undefined) throw new ScenarioFormatError('veld "schemaVersion"', 'ontbreekt');
  if (v !== SCENARIO_SCHEMA_VERSION) throw unsupported(v);
  return v;
}

const from0 = (edits: unknown[]): Record<string, unknown> => ({ schemaVersion: 1, edits });

/**
 * Upgrade parsed scenario JSON of any known version to version-1 data (still to be validated by
 * `parseScenarioData`). Throws ScenarioFormatError for an unknown version. Never mutates its input.
 */
export function migrateScenarioFile(data: unknown): { data: unknown; fromVersion: number } {
  const fromVersion = scenarioFileVersion(data);
  let out: unknown = data;
  if (fromVersion === 0) out = from0(data as unknown[]);
  return { data: out, fromVersion };
}

/** Migrate and validate a scenario file; errors are Dutch ScenarioFormatErrors naming the field or edit. */
export function readScenarioFile(data: unknown): { file: ScenarioFile; fromVersion: number } {
  const { data: v1, fromVersion } = migrateScenarioFile(data);
  try {
    return { file: parseScenarioData(v1), fromVersion };
  } catch (e) {
    throw toDutch(e);
  }
}

function parseName(v: unknown, where: string): string {
  if (typeof v !== 'string' || v.trim() === '')
    throw new ScenarioFormatError(where, 'moet een niet-lege tekst zijn');
  if (v.length > MAX_NAME_LENGTH) {
    throw new ScenarioFormatError(where, `is langer dan ${MAX_NAME_LENGTH} tekens`);
  }
  return v.trim();
}

const SESSION_FIELDS = ['schemaVersion', 'kind', 'region', 'scenarios'];
const SESSION_SCENARIO_FIELDS = ['name', 'sector', 'parameters', 'edits'];

/** Validate a session file (all scenarios of a session). */
export function readSessionFile(data: unknown): SessionFile {
  if (!isObject(data) || data.kind !== SESSION_FILE_KIND) {
    throw new ScenarioFormatError('veld "kind"', `moet "${SESSION_FILE_KIND}" zijn`);
  }
  if (data.schemaVersion !== SCENARIO_SCHEMA_VERSION) throw unsupported(data.schemaVersion);
  for (const key of Object.keys(data)) {
    if (!SESSION_FIELDS.includes(key)) throw new ScenarioFormatError(`veld "${key}"`, 'onbekend veld');
  }
  if (typeof data.region !== 'string' || data.region === '') {
    throw new ScenarioFormatError('veld "region"', 'moet een regio-id zijn');
  }
  if (!Array.isArray(data.scenarios) || data.scenarios.length === 0) {
    throw new ScenarioFormatError('veld "scenarios"', "moet een niet-lege lijst scenario's zijn");
  }
  const region = data.region;
  const scenarios = data.scenarios.map((s: unknown, i: number): SessionScenario => {
    const at = `scenario ${i + 1}`;
    if (!isObject(s)) throw new ScenarioFormatError(at, 'moet een object zijn');
    for (const key of Object.keys(s)) {
      if (!SESSION_SCENARIO_FIELDS.includes(key))
        throw new ScenarioFormatError(`${at}, veld "${key}"`, 'onbekend veld');
    }
    const name = parseName(s.name, `${at}, veld "name"`);
    const label = `${at} ("${name}")`;
    if (s.sector === undefined) throw new ScenarioFormatError(`${label}, veld "sector"`, 'ontbreekt');
    let file: ScenarioFile;
    try {
      file = parseScenarioData({
        schemaVersion: 1,
        sector: s.sector,
        parameters: s.parameters,
        edits: s.edits
      });
    } catch (e) {
      throw toDutch(e, label);
    }
    const out: SessionScenario = { name, sector: file.sector as EngineSector, edits: file.edits };
    if (file.parameters) out.parameters = file.parameters;
    return out;
  });
  return { schemaVersion: SCENARIO_SCHEMA_VERSION, kind: SESSION_FILE_KIND, region, scenarios };
}

/** The session export: all scenarios of a session (in their order) with the session's parameters. */
export function toSessionFile(
  region: string,
  scenarios: readonly { name: string; sector: EngineSector; edits: readonly Edit[] }[],
  parameters?: Partial<Parameters>
): SessionFile {
  return {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    kind: SESSION_FILE_KIND,
    region,
    scenarios: scenarios.map((s) => {
      const out: SessionScenario = { name: s.name, sector: s.sector, edits: [...s.edits] };
      if (parameters) out.parameters = { ...parameters };
      return out;
    })
  };
}

/** File text for a scenario or session file: indented JSON, one trailing newline (diff-friendly). */
export function serializeFile(file: ScenarioFile | SessionFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

/** `transitieatlas-achterhoek-sluiting-haarlo.json`: lowercase ASCII slug, safe on every file system. */
export function exportFileName(region: string, name?: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
  return ['transitieatlas', slug(region), name ? slug(name) : ''].filter(Boolean).join('-') + '.json';
}

export interface ImportedScenario {
  name: string;
  /** null for a version-0 file (the UI uses the current sector). */
  sector: EngineSector | null;
  parameters: Partial<Parameters> | null;
  edits: Edit[];
}

export interface ScenarioImport {
  kind: 'scenario' | 'session';
  fileName: string;
  /** null for a file without region (version 0). */
  region: string | null;
  /** The file's version before migration (0 or 1). */
  fromVersion: number;
  scenarios: ImportedScenario[];
}

const baseName = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.json$/i, '') || 'Scenario';

/**
 * Read the text of a picked file: a single scenario file (any known version) or a session file. Throws
 * ScenarioImportError with a Dutch message naming the file and the field or edit; nothing is returned then, so
 * the caller changes nothing. A single scenario is named after the file.
 */
export function parseScenarioImport(text: string, fileName: string): ScenarioImport {
  const fail = (where: string, problem: string): never => {
    throw new ScenarioImportError(fileName, new ScenarioFormatError(where, problem));
  };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') fail('', 'het bestand is leeg');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    fail('', `geen geldige JSON (${(e as Error).message})`);
  }
  try {
    if (isObject(data) && data.kind !== undefined) {
      const session = readSessionFile(data);
      return {
        kind: 'session',
        fileName,
        region: session.region,
        fromVersion: session.schemaVersion,
        scenarios: session.scenarios.map((s) => ({
          name: s.name,
          sector: s.sector,
          parameters: s.parameters ?? null,
          edits: s.edits
        }))
      };
    }
    const { file, fromVersion } = readScenarioFile(data);
    return {
      kind: 'scenario',
      fileName,
      region: file.region ?? null,
      fromVersion,
      scenarios: [
        {
          name: baseName(fileName).slice(0, MAX_NAME_LENGTH),
          sector: file.sector ?? null,
          parameters: file.parameters ?? null,
          edits: file.edits
        }
      ]
    };
  } catch (e) {
    if (e instanceof ScenarioFormatError) throw new ScenarioImportError(fileName, e);
    throw e;
  }
}

/** True when `s` is one of the engine's sectors. */
export function isEngineSector(s: unknown): s is EngineSector {
  return (ENGINE_SECTORS as readonly unknown[]).includes(s);
}
