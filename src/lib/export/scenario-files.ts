/**
 * Scenario files on disk: export one scenario or all scenarios of a session, import either, migrate old versions.
 *
 * The engine (`$lib/engine/scenario-file`) owns the shape of a scenario file; this module adds the session file,
 * the version history and Dutch messages. Pure functions: no DOM, no fetch, no Node APIs, so the browser
 * (import/export buttons) and the server (API) share them.
 *
 * Versions of the single scenario file:
 *   0  the informal draft: a bare JSON array of edits (no region, sector or parameters)
 *   1  { schemaVersion: 1, region, sector, parameters, preset?, edits }  (po and vo)
 *   2  version 1 + optional `data` (the imported facilities and population table the scenario needs) and any
 *      preset sector; a sector without open data (sport, zorg, welzijn) must carry `data.facilities`
 * Session file (version 2; version 1 is still read): { schemaVersion: 2, kind: "transitieatlas-scenarios", region,
 *   scenarios: [{ name, sector, parameters, preset?, edits, data? }] }: every scenario carries its own `data`
 *   (the same shape as in a single file), so each scenario of the file stands on its own.
 *
 * When a version 3 arrives: add `from2` below, keep a frozen v2 fixture in tests/fixtures/scenario-files.
 */
import {
  ENGINE_SECTORS,
  parseScenarioData,
  SCENARIO_SCHEMA_VERSION,
  ScenarioFileError,
  toScenarioFile,
  type DemandInput,
  type Edit,
  type EngineSector,
  type FacilityInput,
  type Parameters,
  type ScenarioFile,
  type SectorId
} from '../engine/index';
import type { ScenarioData } from '../engine/scenario-file';
import { getPreset, PRESET_IDS, type SectorPreset } from '../sectors/presets';

export { toScenarioFile };

export const SESSION_FILE_KIND = 'transitieatlas-scenarios' as const;
/** Longest scenario name we store or import. */
export const MAX_NAME_LENGTH = 200;

export interface SessionScenario {
  name: string;
  sector: SectorId;
  parameters?: Partial<Parameters>;
  /** The sector's preset as the user edited it (version 2). */
  preset?: SectorPreset;
  edits: Edit[];
  /** The imported data this scenario needs (version 2), as in a single scenario file. */
  data?: ScenarioData;
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
  [/^must be an array of edits$/, () => 'moet een lijst bewerkingen zijn'],
  // The `data` block of version 2 (engine/scenario-data.ts).
  [/^is missing$/, () => 'ontbreekt'],
  [/^must be a string$/, () => 'moet een tekst zijn'],
  [/^must be a non-empty string$/, () => 'moet een niet-lege tekst zijn'],
  [/^must be a string or null$/, () => 'moet een tekst of null zijn'],
  [/^must be true or false$/, () => 'moet true of false zijn'],
  [/^must be a number >= 0 or null$/, () => 'moet een getal van 0 of meer zijn, of null'],
  [/^must be a number >= 0$/, () => 'moet een getal van 0 of meer zijn'],
  [/^must be a longitude \(-180 to 180\)$/, () => 'moet een lengtegraad zijn (-180 tot 180)'],
  [/^must be a latitude \(-90 to 90\)$/, () => 'moet een breedtegraad zijn (-90 tot 90)'],
  [/^must be at most (\d+) characters$/, (_, n) => `mag hoogstens ${n} tekens lang zijn`],
  [/^duplicate id (.*)$/, (_, id) => `dubbele id ${id}`],
  [/^must be an array of facilities$/, () => 'moet een lijst voorzieningen zijn'],
  [/^must be an array of demand units$/, () => 'moet een lijst bevolkingseenheden zijn'],
  [/^must not be empty$/, () => 'mag niet leeg zijn'],
  [
    /^must hold at most (\d+) facilities \(has (\d+)\)$/,
    (_, max, n) => `mag hoogstens ${max} voorzieningen bevatten (het zijn er ${n})`
  ],
  [
    /^must hold at most (\d+) demand units \(has (\d+)\)$/,
    (_, max, n) => `mag hoogstens ${max} bevolkingseenheden bevatten (het zijn er ${n})`
  ],
  [/^must be "pc4" or "point"$/, () => 'moet "pc4" of "point" zijn'],
  [/^unknown age band$/, () => 'onbekende leeftijdsklasse'],
  [/^is for sector "(.*)", not "(.*)"$/, (_, a, b) => `hoort bij sector "${a}", niet bij "${b}"`]
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
    `schemaVersion ${JSON.stringify(v)} wordt niet ondersteund (deze versie leest 0 tot en met ${SCENARIO_SCHEMA_VERSION}` +
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
  if (v !== 1 && v !== SCENARIO_SCHEMA_VERSION) throw unsupported(v);
  return v;
}

const from0 = (edits: unknown[]): Record<string, unknown> => ({ schemaVersion: 1, edits });

/** Version 1 is version 2 without `data`: only the number changes (a `data` field in a v1 file is an error). */
function from1(v1: Record<string, unknown>): Record<string, unknown> {
  if (Object.hasOwn(v1, 'data')) {
    throw new ScenarioFormatError(
      'veld "data"',
      `onbekend veld in versie 1 (gegevens horen in een bestand met schemaVersion ${SCENARIO_SCHEMA_VERSION})`
    );
  }
  return { ...v1, schemaVersion: 2 };
}

/**
 * Upgrade parsed scenario JSON of any known version to version-2 data (still to be validated by
 * `parseScenarioData`). Throws ScenarioFormatError for an unknown version. Never mutates its input.
 */
export function migrateScenarioFile(data: unknown): { data: unknown; fromVersion: number } {
  const fromVersion = scenarioFileVersion(data);
  let out: unknown = data;
  if (fromVersion === 0) out = from0(data as unknown[]);
  if (fromVersion <= 1) out = from1(out as Record<string, unknown>);
  return { data: out, fromVersion };
}

/** True for a sector without open data (sport, zorg, welzijn): its scenarios carry their facilities. */
export function needsFacilityData(sector: string): boolean {
  return getPreset(sector)?.dataSource === 'import';
}

/**
 * The atlas's rules on top of the engine's shape checks: the sector (and preset) is a preset of the atlas, and a
 * sector without open data brings its facilities. `at` prefixes the place (a session's scenario).
 */
function checkAtlasScenario(file: ScenarioFile<SectorId>, at = ''): void {
  const where = (w: string) => [at, w].filter(Boolean).join(', ');
  for (const [field, id] of [
    ['sector', file.sector],
    ['preset', file.preset?.id]
  ] as const) {
    if (id !== undefined && !PRESET_IDS.includes(id)) {
      throw new ScenarioFormatError(where(`veld "${field}"`), `moet een van ${PRESET_IDS.join(', ')} zijn`);
    }
  }
  const sector = file.sector ?? file.preset?.id;
  if (sector !== undefined && needsFacilityData(sector) && !file.data?.facilities) {
    throw new ScenarioFormatError(
      where('veld "data.facilities"'),
      `ontbreekt: het scenario van sector "${sector}" bevat geen voorzieningen ` +
        '(voor deze sector zijn geen open gegevens; het bestand moet ze meenemen)'
    );
  }
}

/** Migrate and validate a scenario file; errors are Dutch ScenarioFormatErrors naming the field or edit. */
export function readScenarioFile(data: unknown): { file: ScenarioFile<SectorId>; fromVersion: number } {
  const { data: v2, fromVersion } = migrateScenarioFile(data);
  let file: ScenarioFile<SectorId>;
  try {
    file = parseScenarioData(v2, { anySector: true });
  } catch (e) {
    throw toDutch(e);
  }
  checkAtlasScenario(file);
  return { file, fromVersion };
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
/** Added in version 2. */
const SESSION_SCENARIO_FIELDS_V2 = [...SESSION_SCENARIO_FIELDS, 'preset', 'data'];

/** Validate a session file (all scenarios of a session); version 1 reads as version 2 without data. */
export function readSessionFile(data: unknown): SessionFile {
  if (!isObject(data) || data.kind !== SESSION_FILE_KIND) {
    throw new ScenarioFormatError('veld "kind"', `moet "${SESSION_FILE_KIND}" zijn`);
  }
  if (data.schemaVersion !== 1 && data.schemaVersion !== SCENARIO_SCHEMA_VERSION) {
    throw unsupported(data.schemaVersion);
  }
  const fields = data.schemaVersion === 1 ? SESSION_SCENARIO_FIELDS : SESSION_SCENARIO_FIELDS_V2;
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
      if (!fields.includes(key)) throw new ScenarioFormatError(`${at}, veld "${key}"`, 'onbekend veld');
    }
    const name = parseName(s.name, `${at}, veld "name"`);
    const label = `${at} ("${name}")`;
    if (s.sector === undefined) throw new ScenarioFormatError(`${label}, veld "sector"`, 'ontbreekt');
    let file: ScenarioFile<SectorId>;
    try {
      file = parseScenarioData(
        {
          schemaVersion: SCENARIO_SCHEMA_VERSION,
          sector: s.sector,
          parameters: s.parameters,
          preset: s.preset,
          edits: s.edits,
          data: s.data
        },
        { anySector: true }
      );
    } catch (e) {
      throw toDutch(e, label);
    }
    checkAtlasScenario(file, label);
    const out: SessionScenario = { name, sector: file.sector as SectorId, edits: file.edits };
    if (file.parameters) out.parameters = file.parameters;
    if (file.preset) out.preset = file.preset;
    if (file.data) out.data = file.data;
    return out;
  });
  return { schemaVersion: SCENARIO_SCHEMA_VERSION, kind: SESSION_FILE_KIND, region, scenarios };
}

/**
 * The session export: all scenarios of a session (in their order) with the session's parameters, each with its
 * edited preset and the data it needs (the caller decides which; see scenarioFileData in the UI).
 */
export function toSessionFile(
  region: string,
  scenarios: readonly {
    name: string;
    sector: SectorId;
    edits: readonly Edit[];
    preset?: SectorPreset;
    data?: ScenarioData;
  }[],
  parameters?: Partial<Parameters>
): SessionFile {
  return {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    kind: SESSION_FILE_KIND,
    region,
    scenarios: scenarios.map((s) => {
      const out: SessionScenario = { name: s.name, sector: s.sector, edits: [...s.edits] };
      if (parameters) out.parameters = { ...parameters };
      if (s.preset) out.preset = structuredClone(s.preset);
      if (s.data && (s.data.facilities || s.data.demand)) out.data = structuredClone(s.data);
      return out;
    })
  };
}

/**
 * Facilities as a scenario file keeps them: only the fields the engine reads (FacilityInput), empty ones left out.
 * An imported facility (ImportedFacility) fits; the engine evaluates the result exactly as the original.
 */
export function facilitiesForFile(facilities: readonly FacilityInput[]): FacilityInput[] {
  return facilities.map((f) => {
    const out: Record<string, unknown> = { id: f.id, name: f.name };
    if (f.type) out.type = f.type;
    Object.assign(out, { lon: f.lon, lat: f.lat });
    if (Number.isFinite(f.x) && Number.isFinite(f.y)) Object.assign(out, { x: f.x, y: f.y });
    out.pupils = f.pupils ?? null;
    if (f.capacity !== undefined && f.capacity !== null) out.capacity = f.capacity;
    if (typeof f.place === 'string' && f.place.trim() !== '') out.place = f.place;
    if (typeof f.municipality === 'string' && f.municipality.trim() !== '') out.municipality = f.municipality;
    if (f.context === true) out.context = true;
    if (f.outsideRegion === true) out.outsideRegion = true;
    return out as unknown as FacilityInput;
  });
}

/** Population units as a scenario file keeps them (DemandInput fields; empty ones left out). */
export function demandForFile(units: readonly DemandInput[]): DemandInput[] {
  return units.map((u) => {
    const out: Record<string, unknown> = { id: u.id };
    if (typeof u.postcode === 'string') out.postcode = u.postcode;
    Object.assign(out, { lon: u.lon, lat: u.lat });
    if (Number.isFinite(u.x) && Number.isFinite(u.y)) Object.assign(out, { x: u.x, y: u.y });
    out.total = u.total;
    if (u.ages) out.ages = { ...u.ages };
    return out as unknown as DemandInput;
  });
}

/** File text for a scenario or session file: indented JSON, one trailing newline (diff-friendly). */
export function serializeFile(file: ScenarioFile<SectorId> | SessionFile): string {
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
  sector: SectorId | null;
  parameters: Partial<Parameters> | null;
  edits: Edit[];
  /** The sector's edited preset, when the file has one. */
  preset?: SectorPreset;
  /** The imported data the scenario came with (version 2), when the file has them. */
  data?: ScenarioData;
}

export interface ScenarioImport {
  kind: 'scenario' | 'session';
  fileName: string;
  /** null for a file without region (version 0). */
  region: string | null;
  /** The file's version before migration (0, 1 or 2). */
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
        fromVersion: data.schemaVersion as number,
        scenarios: session.scenarios.map((s) => ({
          name: s.name,
          sector: s.sector,
          parameters: s.parameters ?? null,
          edits: s.edits,
          ...(s.preset ? { preset: s.preset } : {}),
          ...(s.data ? { data: s.data } : {})
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
          sector: file.sector ?? file.preset?.id ?? null,
          parameters: file.parameters ?? null,
          edits: file.edits,
          ...(file.preset ? { preset: file.preset } : {}),
          ...(file.data ? { data: file.data } : {})
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
