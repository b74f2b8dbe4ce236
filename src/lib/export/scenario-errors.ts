/**
 * The errors of scenario files in the page's language (namespace `scenarioFiles`; always Dutch on the server,
 * whose API answers with them; the CLI reads files through the engine and never prints these). The engine
 * (`$lib/engine/scenario-file`) reports in English (ScenarioFileError); its messages are translated here, in one
 * table, and the atlas's own checks throw ScenarioFormatError directly.
 */
import { SCENARIO_SCHEMA_VERSION, ScenarioFileError } from '../engine/index';
import { t as tr } from '../i18n/catalogue';
import type { MessageKey } from '../i18n/messages/types';

/** `veld "region"` ("field "region""): how a message names a field of the file. */
export const fieldText = (field: string) => tr('scenarioFiles.field', { field });

/** `scenario 2`: a session file's scenario, counted from 1. */
export const scenarioAt = (i: number) => tr('scenarioFiles.scenario', { n: String(i + 1) });

/** A broken scenario file. `where` and `problem` are in the page's language; `message` is `where: problem`. */
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
    super(tr('scenarioFiles.cannotLoad', { file: fileName, message: error.message }));
    this.name = 'ScenarioImportError';
  }
}

const p = (key: string, values?: Record<string, string>) =>
  tr(`scenarioFiles.problem.${key}` as MessageKey, values);

/** The engine's English problems, pattern by pattern, in the page's language (Dutch on the server). */
const PROBLEMS: [RegExp, (...m: string[]) => string][] = [
  [/^must be an object with an "op"$/, () => p('objectWithOp')],
  [/^unknown op (.*) \(expected (.*)\)$/, (_, op, ops) => p('unknownOp', { op, ops })],
  [/^unknown field "(.*)"$/, (_, field) => p('unknownFieldNamed', { field })],
  [/^unknown field$/, () => p('unknownField')],
  [/^missing field "(.*)"$/, (_, field) => p('missingField', { field })],
  [/^"(.*)" must be a non-empty string$/, (_, field) => p('fieldNonEmptyString', { field })],
  [/^"(.*)" must be a number$/, (_, field) => p('fieldNumber', { field })],
  [
    /^"missingTracks" must be (.*)$/,
    (_, v) => p('missingTracks', { values: v.replace(' or ', tr('scenarioFiles.or')) })
  ],
  [/^"tracks" must be a non-empty list of distinct tracks \((.*)\)$/, (_, values) => p('tracks', { values })],
  [/^"capacity" must be >= 0$/, () => p('capacity')],
  [/^must be a number$/, () => p('number')],
  [/^must be an object$/, () => p('object')],
  [/^unknown parameter \(expected (.*)\)$/, (_, expected) => p('unknownParameter', { expected })],
  [/^must be a JSON object or an array of edits$/, () => p('objectOrEdits')],
  [/^must be a region id$/, () => p('regionId')],
  [/^must be one of (.*)$/, (_, values) => p('oneOf', { values })],
  [/^must be an array of edits$/, () => p('edits')],
  // The `data` block of version 2 (engine/scenario-data.ts).
  [/^is missing$/, () => p('missing')],
  [/^must be a string$/, () => p('string')],
  [/^must be a non-empty string$/, () => p('nonEmptyString')],
  [/^must be a string or null$/, () => p('stringOrNull')],
  [/^must be true or false$/, () => p('boolean')],
  [/^must be a number >= 0 or null$/, () => p('numberOrNull')],
  [/^must be a number >= 0$/, () => p('nonNegative')],
  [/^must be a longitude \(-180 to 180\)$/, () => p('longitude')],
  [/^must be a latitude \(-90 to 90\)$/, () => p('latitude')],
  [/^must be at most (\d+) characters$/, (_, n) => p('maxChars', { n })],
  [/^duplicate id (.*)$/, (_, id) => p('duplicateId', { id })],
  [/^must be an array of facilities$/, () => p('facilities')],
  [/^must be an array of demand units$/, () => p('demandUnits')],
  [/^must not be empty$/, () => p('notEmpty')],
  [/^must hold at most (\d+) facilities \(has (\d+)\)$/, (_, max, n) => p('maxFacilities', { max, n })],
  [/^must hold at most (\d+) demand units \(has (\d+)\)$/, (_, max, n) => p('maxDemand', { max, n })],
  [/^must be "pc4" or "point"$/, () => p('pc4OrPoint')],
  [/^unknown age band$/, () => p('ageBand')],
  [/^is for sector "(.*)", not "(.*)"$/, (_, a, b) => p('otherSector', { a, b })]
];

function problemText(problem: string): string {
  for (const [re, text] of PROBLEMS) {
    const m = re.exec(problem);
    if (m) return text(...m);
  }
  return problem;
}

/** `edits[2] (close)` -> `bewerking 3 (close)`, `parameters.contextKm` -> `veld "parameters.contextKm"`. */
function whereText(where: string): string {
  const m = /^edits\[(\d+)\](?: \((.*)\))?$/.exec(where);
  if (m) return `${tr('scenarioFiles.edit', { n: String(Number(m[1]) + 1) })}${m[2] ? ` (${m[2]})` : ''}`;
  return where ? fieldText(where) : '';
}

/**
 * The engine's (English) ScenarioFileError as a ScenarioFormatError in the page's language (the name `toDutch` is
 * historical: Dutch on the server); other errors pass through.
 */
export function toDutch(e: unknown, prefix = ''): unknown {
  const join = (w: string) => [prefix, w].filter(Boolean).join(', ');
  if (e instanceof ScenarioFileError)
    return new ScenarioFormatError(join(whereText(e.where)), problemText(e.problem));
  if (e instanceof ScenarioFormatError && prefix) return new ScenarioFormatError(join(e.where), e.problem);
  return e;
}

/** A schemaVersion this atlas cannot read (most likely written by a newer atlas). */
export function unsupportedVersion(v: unknown): ScenarioFormatError {
  return new ScenarioFormatError(
    '',
    tr('scenarioFiles.tooNew', {
      version: String(JSON.stringify(v)),
      latest: String(SCENARIO_SCHEMA_VERSION)
    })
  );
}
