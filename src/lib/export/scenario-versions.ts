/**
 * The versions of the single scenario file and their migration to the current one. Migration only reshapes; the
 * engine's `parseScenarioData` validates the result.
 *
 * Versions of the single scenario file:
 *   0  the informal draft: a bare JSON array of edits (no region, sector or parameters)
 *   1  { schemaVersion: 1, region, sector, parameters, preset?, edits }  (po and vo)
 *   2  version 1 + optional `data` (the imported facilities and population table the scenario needs) and any
 *      preset sector; a sector without open data (sport, zorg, welzijn) must carry `data.facilities`
 *   3  version 2 + `parameters.allocation` ('nearest' | 'choice') and the data-derived birth trend
 *      (`parameters.years.prognosis.birthTrend: "data"`, the default); an older file reads with the nearest rule
 *      and a birth trend of 0 unless it set one, so it gives the results it was saved with
 *
 * When a version 4 arrives: add `from3` below, keep a frozen v3 fixture in tests/fixtures/scenario-files.
 */
import { legacyParameters, SCENARIO_SCHEMA_VERSION, type ScenarioParameters } from '../engine/index';
import { t as tr } from '../i18n/catalogue';
import { fieldText, ScenarioFormatError, unsupportedVersion } from './scenario-errors';

/** A JSON object: not null, not an array. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The version of parsed scenario JSON: 0 for a bare edit array, else its schemaVersion. */
export function scenarioFileVersion(data: unknown): number {
  if (Array.isArray(data)) return 0;
  if (!isObject(data)) {
    throw new ScenarioFormatError('', tr('scenarioFiles.notFileOrEdits'));
  }
  const v = data.schemaVersion;
  if (v === undefined) {
    throw new ScenarioFormatError(fieldText('schemaVersion'), tr('scenarioFiles.problem.missing'));
  }
  if (v !== 1 && v !== 2 && v !== SCENARIO_SCHEMA_VERSION) throw unsupportedVersion(v);
  return v;
}

const from0 = (edits: unknown[]): Record<string, unknown> => ({ schemaVersion: 1, edits });

/** Version 1 is version 2 without `data`: only the number changes (a `data` field in a v1 file is an error). */
function from1(v1: Record<string, unknown>): Record<string, unknown> {
  if (Object.hasOwn(v1, 'data')) {
    throw new ScenarioFormatError(
      fieldText('data'),
      tr('scenarioFiles.unknownInV1', { latest: String(SCENARIO_SCHEMA_VERSION) })
    );
  }
  return { ...v1, schemaVersion: 2 };
}

/** Version 2 is version 3 evaluated with the nearest rule and, unless set, a birth trend of 0. */
function from2(v2: Record<string, unknown>): Record<string, unknown> {
  const parameters = isObject(v2.parameters) ? (v2.parameters as ScenarioParameters) : undefined;
  if (v2.parameters !== undefined && !parameters) return { ...v2, schemaVersion: 3 }; // the parser names it
  if (parameters && Object.hasOwn(parameters, 'allocation')) {
    throw new ScenarioFormatError(
      fieldText('parameters.allocation'),
      tr('scenarioFiles.unknownInV2', { latest: String(SCENARIO_SCHEMA_VERSION) })
    );
  }
  const years = parameters?.years;
  if (
    years !== undefined &&
    (!isObject(years) || (years.prognosis !== undefined && !isObject(years.prognosis)))
  ) {
    return { ...v2, schemaVersion: 3, parameters: { ...parameters, allocation: 'nearest' } };
  }
  return { ...v2, schemaVersion: 3, parameters: legacyParameters(parameters) };
}

/**
 * Upgrade parsed scenario JSON of any known version to version-3 data (still to be validated by
 * `parseScenarioData`). Throws ScenarioFormatError for an unknown version. Never mutates its input.
 */
export function migrateScenarioFile(data: unknown): { data: unknown; fromVersion: number } {
  const fromVersion = scenarioFileVersion(data);
  let out: unknown = data;
  if (fromVersion === 0) out = from0(data as unknown[]);
  if (fromVersion <= 1) out = from1(out as Record<string, unknown>);
  if (fromVersion <= 2) out = from2(out as Record<string, unknown>);
  return { data: out, fromVersion };
}
