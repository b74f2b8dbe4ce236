/**
 * Scenario files on disk: export one scenario or all scenarios of a session, import either, migrate old versions.
 *
 * The engine (`$lib/engine/scenario-file`) owns the shape of a scenario file; the atlas adds the session file
 * (session-file.ts), the version history (scenario-versions.ts), its own rules on a scenario (scenario-rules.ts)
 * and its messages in the page's language (scenario-errors.ts). This module reads and writes whole files and re-exports the pieces, so
 * callers import from here. Pure functions: no DOM, no fetch, no Node APIs, so the browser (import/export
 * buttons) and the server (API) share them.
 */
import {
  ENGINE_SECTORS,
  parseScenarioData,
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
import type { SectorPreset } from '../engine/sectors/presets';
import { t as tr } from '../i18n/catalogue';
import { ScenarioFormatError, ScenarioImportError, toDutch } from './scenario-errors';
import { checkAtlasScenario, MAX_NAME_LENGTH } from './scenario-rules';
import { isObject, migrateScenarioFile } from './scenario-versions';
import { readSessionFile, type SessionFile } from './session-file';

export { toScenarioFile };
export { ScenarioFormatError, ScenarioImportError, toDutch } from './scenario-errors';
export { MAX_NAME_LENGTH, needsFacilityData } from './scenario-rules';
export { migrateScenarioFile, scenarioFileVersion } from './scenario-versions';
export {
  readSessionFile,
  SESSION_FILE_KIND,
  toSessionFile,
  type SessionFile,
  type SessionScenario
} from './session-file';

/** Migrate and validate a scenario file; errors are ScenarioFormatErrors (page language) naming the field or edit. */
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
 * ScenarioImportError with a message (page language) naming the file and the field or edit; nothing is returned then, so
 * the caller changes nothing. A single scenario is named after the file.
 */
export function parseScenarioImport(text: string, fileName: string): ScenarioImport {
  const fail = (where: string, problem: string): never => {
    throw new ScenarioImportError(fileName, new ScenarioFormatError(where, problem));
  };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') fail('', tr('scenarioFiles.empty'));
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    fail('', tr('scenarioFiles.invalidJson', { reason: (e as Error).message }));
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
