/**
 * The messages of a scenario or session file that cannot be opened, in both languages: Dutch exactly as before
 * (the server and the CLI speak Dutch), English exactly. The messages ask the catalogue when thrown, so switching
 * svelte-i18n's locale is enough here.
 */
import { locale } from 'svelte-i18n';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateScenarioFile, parseScenarioImport } from '../../src/lib/export/scenario-files';
import { readSessionFile } from '../../src/lib/export/session-file';

afterEach(() => locale.set('nl'));

function message(body: string, name = 'kapot.json'): string {
  try {
    parseScenarioImport(body, name);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

function thrown(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

const CASES: [string, string, string][] = [
  ['', 'Kan "kapot.json" niet laden: het bestand is leeg', 'Cannot open "kapot.json": the file is empty'],
  [
    '"hallo"',
    'Kan "kapot.json" niet laden: moet een JSON-object (scenariobestand) of een lijst bewerkingen zijn',
    'Cannot open "kapot.json": must be a JSON object (scenario file) or a list of changes'
  ],
  [
    '{"schemaVersion":99,"edits":[]}',
    'Kan "kapot.json" niet laden: schemaVersion 99 wordt niet ondersteund (deze versie leest 0 tot en met 3; een ' +
      'nieuwere versie van de Transitieatlas heeft dit bestand misschien gemaakt)',
    'Cannot open "kapot.json": schemaVersion 99 is not supported (this version reads 0 to 3; the file was ' +
      'probably made by a newer version of the Transitieatlas)'
  ],
  [
    '{"schemaVersion":1,"edits":[{"op":"close"},{"op":"fly"}]}',
    'Kan "kapot.json" niet laden: bewerking 1 (close): veld "facility" ontbreekt',
    'Cannot open "kapot.json": change 1 (close): field "facility" is missing'
  ],
  [
    '[{"op":"close","facility":"a"},{"op":"fly"}]',
    'Kan "kapot.json" niet laden: bewerking 2: onbekende bewerking "fly" (verwacht: close, merge, open, capacity)',
    'Cannot open "kapot.json": change 2: unknown operation "fly" (expected: close, merge, open, capacity)'
  ],
  [
    '{"schemaVersion":1,"sector":"ijsbaan","edits":[]}',
    'Kan "kapot.json" niet laden: veld "sector": moet een van po, vo, so, sport, zorg, welzijn zijn',
    'Cannot open "kapot.json": field "sector": must be one of po, vo, so, sport, zorg, welzijn'
  ],
  [
    '{"schemaVersion":1,"sector":"sport","edits":[]}',
    'Kan "kapot.json" niet laden: veld "data.facilities": ontbreekt: het scenario van sector "sport" bevat geen ' +
      'voorzieningen (voor deze sector zijn geen open gegevens; het bestand moet ze meenemen)',
    'Cannot open "kapot.json": field "data.facilities": is missing: the scenario of sector "sport" has no ' +
      'facilities (there are no open data for this sector; the file must bring them)'
  ],
  [
    '{"schemaVersion":3,"kind":"transitieatlas-scenarios","region":"achterhoek","scenarios":[{"name":"A"}]}',
    'Kan "kapot.json" niet laden: scenario 1 ("A"), veld "sector": ontbreekt',
    'Cannot open "kapot.json": scenario 1 ("A"), field "sector": is missing'
  ],
  [
    '{"schemaVersion":3,"kind":"transitieatlas-scenarios","region":"achterhoek","scenarios":[]}',
    'Kan "kapot.json" niet laden: veld "scenarios": moet een niet-lege lijst scenario\'s zijn',
    'Cannot open "kapot.json": field "scenarios": must be a non-empty list of scenarios'
  ]
];

describe('scenario file messages', () => {
  it('Dutch, as before', () => {
    for (const [body, nl] of CASES) expect(message(body)).toBe(nl);
    expect(message('{"schemaVersion":1,')).toMatch(/^Kan "kapot.json" niet laden: geen geldige JSON \(.+\)$/);
    expect(thrown(() => migrateScenarioFile({ edits: [] }))).toBe('veld "schemaVersion": ontbreekt');
    expect(thrown(() => readSessionFile({ kind: 'x' }))).toBe(
      'veld "kind": moet "transitieatlas-scenarios" zijn'
    );
  });

  it('English', () => {
    locale.set('en');
    for (const [body, , en] of CASES) expect(message(body)).toBe(en);
    expect(message('{"schemaVersion":1,')).toMatch(/^Cannot open "kapot.json": not valid JSON \(.+\)$/);
    expect(thrown(() => migrateScenarioFile({ edits: [] }))).toBe('field "schemaVersion": is missing');
    expect(thrown(() => readSessionFile({ kind: 'x' }))).toBe(
      'field "kind": must be "transitieatlas-scenarios"'
    );
    expect(
      thrown(() => migrateScenarioFile({ schemaVersion: 2, parameters: { allocation: 'choice' }, edits: [] }))
    ).toBe(
      'field "parameters.allocation": unknown field in version 2 (the allocation belongs in a file with ' +
        'schemaVersion 3)'
    );
  });
});
