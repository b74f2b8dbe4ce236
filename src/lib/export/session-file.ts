/**
 * The session file: all scenarios of a session in one file.
 *
 * Session file (version 3; versions 1 and 2 are still read): { schemaVersion: 3, kind: "transitieatlas-scenarios",
 *   region, scenarios: [{ name, sector, parameters, preset?, edits, data? }] }: every scenario carries its own
 *   `data` (the same shape as in a single file), so each scenario of the file stands on its own. Version 3 adds
 *   `parameters.allocation`; the scenarios of an older file read as the single scenario file of that version
 *   (the nearest rule, birth trend 0 unless set).
 */
import {
  parseScenarioData,
  SCENARIO_SCHEMA_VERSION,
  type Edit,
  type Parameters,
  type ScenarioFile,
  type SectorId
} from '../engine/index';
import type { ScenarioData } from '../engine/scenario-file';
import type { SectorPreset } from '../engine/sectors/presets';
import { t as tr } from '../i18n/catalogue';
import { fieldText, scenarioAt, ScenarioFormatError, toDutch, unsupportedVersion } from './scenario-errors';
import { checkAtlasScenario, parseName } from './scenario-rules';
import { isObject } from './scenario-versions';

export const SESSION_FILE_KIND = 'transitieatlas-scenarios' as const;

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

const SESSION_FIELDS = ['schemaVersion', 'kind', 'region', 'scenarios'];
const SESSION_SCENARIO_FIELDS = ['name', 'sector', 'parameters', 'edits'];
const UNKNOWN_FIELD = () => tr('scenarioFiles.problem.unknownField');
/** Added in version 2. */
const SESSION_SCENARIO_FIELDS_V2 = [...SESSION_SCENARIO_FIELDS, 'preset', 'data'];

/** Validate a session file (all scenarios of a session); version 1 reads as version 2 without data. */
export function readSessionFile(data: unknown): SessionFile {
  if (!isObject(data) || data.kind !== SESSION_FILE_KIND) {
    throw new ScenarioFormatError(
      fieldText('kind'),
      tr('scenarioFiles.mustBeKind', { kind: SESSION_FILE_KIND })
    );
  }
  if (
    data.schemaVersion !== 1 &&
    data.schemaVersion !== 2 &&
    data.schemaVersion !== SCENARIO_SCHEMA_VERSION
  ) {
    throw unsupportedVersion(data.schemaVersion);
  }
  const fields = data.schemaVersion === 1 ? SESSION_SCENARIO_FIELDS : SESSION_SCENARIO_FIELDS_V2;
  for (const key of Object.keys(data)) {
    if (!SESSION_FIELDS.includes(key)) throw new ScenarioFormatError(fieldText(key), UNKNOWN_FIELD());
  }
  if (typeof data.region !== 'string' || data.region === '') {
    throw new ScenarioFormatError(fieldText('region'), tr('scenarioFiles.problem.regionId'));
  }
  if (!Array.isArray(data.scenarios) || data.scenarios.length === 0) {
    throw new ScenarioFormatError(fieldText('scenarios'), tr('scenarioFiles.mustBeScenarios'));
  }
  const region = data.region;
  const scenarios = data.scenarios.map((s: unknown, i: number): SessionScenario => {
    const at = scenarioAt(i);
    if (!isObject(s)) throw new ScenarioFormatError(at, tr('scenarioFiles.problem.object'));
    for (const key of Object.keys(s)) {
      if (!fields.includes(key)) throw new ScenarioFormatError(`${at}, ${fieldText(key)}`, UNKNOWN_FIELD());
    }
    const name = parseName(s.name, `${at}, ${fieldText('name')}`);
    const label = `${at} ("${name}")`;
    if (s.sector === undefined) {
      throw new ScenarioFormatError(`${label}, ${fieldText('sector')}`, tr('scenarioFiles.problem.missing'));
    }
    let file: ScenarioFile<SectorId>;
    try {
      file = parseScenarioData(
        {
          // Each scenario reads as a single file of the session's version (an old one keeps its old results).
          schemaVersion: data.schemaVersion === 1 ? 2 : data.schemaVersion,
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
