/**
 * The Dutch errors of scenario files. The engine (`$lib/engine/scenario-file`) reports in English
 * (ScenarioFileError); the atlas shows Dutch, so its messages are translated here, in one table, and the atlas's own
 * checks throw ScenarioFormatError directly.
 */
import { SCENARIO_SCHEMA_VERSION, ScenarioFileError } from '../engine/index';

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
  [/^"missingTracks" must be (.*)$/, (_, v) => `"missingTracks" moet ${v.replace(' or ', ' of ')} zijn`],
  [
    /^"tracks" must be a non-empty list of distinct tracks \((.*)\)$/,
    (_, v) => `"tracks" moet een niet-lege lijst verschillende schoolsoorten zijn (${v})`
  ],
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

/** A schemaVersion this atlas cannot read (most likely written by a newer atlas). */
export function unsupportedVersion(v: unknown): ScenarioFormatError {
  return new ScenarioFormatError(
    '',
    `schemaVersion ${JSON.stringify(v)} wordt niet ondersteund (deze versie leest 0 tot en met ${SCENARIO_SCHEMA_VERSION}` +
      `; een nieuwere versie van de Transitieatlas heeft dit bestand misschien gemaakt)`
  );
}
