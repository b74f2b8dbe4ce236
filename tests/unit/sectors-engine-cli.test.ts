/**
 * Sectors and imported facilities on the command line (`--sector`, `--facilities`, `--preset`, `--type`), the
 * scenario file's optional `preset` and `parameters.years`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createEvaluator,
  evaluate,
  parseScenarioData,
  parseScenarioText,
  toScenarioFile
} from '../../src/lib/engine/index';
import { clonePreset, getPreset } from '../../src/lib/sectors/index';
import { importFacilities, postcodeLookup } from '../../src/lib/import/index';
import { loadRealBundle, REPO_ROOT } from '../fixtures/engine/helpers';
import { cliRunner } from '../fixtures/cli';

const SPORT = resolve(REPO_ROOT, 'static/voorbeelden/sport-achterhoek-voorbeeld.csv');
const FIXTURES = resolve(REPO_ROOT, 'tests/fixtures/sectors');
const dir = mkdtempSync(join(tmpdir(), 'sectors-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = cliRunner('--region', 'achterhoek');

describe('npm run evaluate with sectors', () => {
  it('--sector sport --facilities FILE --json: one JSON document; the import is reported on stderr', () => {
    loadRealBundle('achterhoek');
    const r = run('--sector', 'sport', '--facilities', SPORT, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.sector).toBe('sport');
    expect(report.summary.openFacilities).toBe(12);
    expect(Object.keys(report.summary.shareWithin)).toEqual(['2000', '5000', '10000']);
    expect(report).toEqual(JSON.parse(JSON.stringify(engineSport())));
    expect(r.stderr).toContain(
      '12 locaties ingelezen als Sport; 0 geplaatst op het midden van het postcodegebied'
    );
    expect(r.stderr).toContain(
      'Waarschuwing: ' + SPORT + ': Dit bestand is een voorbeeld met fictieve gegevens'
    );
  });

  it('a file without user counts (the zorg example): the table says unknown, never 0 patients', () => {
    const zorg = resolve(REPO_ROOT, 'static/voorbeelden/zorg-achterhoek-voorbeeld.csv');
    const r = run('--sector', 'zorg', '--facilities', zorg);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Patiënten \(totaal\): +onbekend \(geen aantallen in het bestand\)$/m);
    expect(r.stdout).toMatch(/^Naar locaties buiten de regio: +–$/m);
    expect(r.stdout).toMatch(/^Berkelland +4 +– /m);
    // With counts (sport) the numbers stay.
    const sport = run('--sector', 'sport', '--facilities', SPORT);
    expect(sport.stdout).toMatch(/^Bezoekers \(totaal\): +[1-9][\d.]*$/m);
  });

  it('a bad file exits 1 with the Dutch problem naming row and column', () => {
    const bad = resolve(REPO_ROOT, 'tests/fixtures/bad-input/csv-pupils-not-numeric.csv');
    const r = run('--sector', 'sport', '--facilities', bad, '--json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Fout: ${bad}: 1 fout; er is niets ingelezen`);
    expect(r.stderr).toContain(`Fout: ${bad}: Rij 7, kolom 'leerlingen': 'twaalf' is geen getal.`);
    const excel = resolve(REPO_ROOT, 'tests/fixtures/bad-input/excel-workbook.xlsx');
    const x = run('--sector', 'sport', '--facilities', excel);
    expect(x.code).toBe(1);
    expect(x.stderr).toMatch(/Excel/);
  });

  it('a sector without open data and without --facilities: exit 2 with a clear Dutch message', () => {
    const r = run('--sector', 'sport');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^Fout: Voor sector 'sport' zijn geen open gegevens; geef een bestand met --facilities\nusage: /
    );
    expect(run('--sector', 'ijsbaan').code).toBe(2);
    expect(run('--sector', 'so', '--year', '2030').stderr).toContain('covers po and vo, not sector so');
  });

  it('--sector so: the real SBAO/SO/VSO locations with 10, 20 and 30 km', () => {
    const r = run('--sector', 'so', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.summary.openFacilities).toBe(23);
    expect(Object.keys(report.summary.shareWithin)).toEqual(['10000', '20000', '30000']);
    const table = run('--sector', 'so').stdout;
    expect(table).toContain('speciaal onderwijs');
    expect(table).toContain('binnen 10 km, ');
  });

  it('--preset FILE and a scenario file with an edited preset change the demand weights accordingly', () => {
    const base = JSON.parse(run('--json').stdout);
    const viaFlag = JSON.parse(run('--preset', join(FIXTURES, 'po-preset-edited.json'), '--json').stdout);
    viaFlag.demand.forEach((d: { weight: number }, u: number) =>
      expect(d.weight).toBe(2 * base.demand[u].weight)
    );
    expect(Object.keys(viaFlag.summary.shareWithin)).toEqual(['500', '1000', '2000']);

    const scenario = join(FIXTURES, 'scenario-po-edited-preset.json');
    const r = run('--scenario', scenario, '--json');
    expect(r.stderr).toBe('');
    const withScenario = JSON.parse(r.stdout);
    withScenario.demand.forEach((d: { weight: number }, u: number) =>
      expect(d.weight).toBe(2 * base.demand[u].weight)
    );
    expect(withScenario.flows).toHaveLength(1);
    // The file's parameters.years are the defaults of --year; a flag wins.
    const year = JSON.parse(run('--scenario', scenario, '--year', '2030', '--json').stdout);
    expect(year.prognosis.birthTrend).toBe(-0.01);
    expect(year.assumptions.find((a: { key: string }) => a.key === 'transport.thresholdM').value).toBe(5000);
    const flag = JSON.parse(
      run('--scenario', scenario, '--year', '2030', '--birth-trend', '0', '--json').stdout
    );
    expect(flag.prognosis.birthTrend).toBe(0);
  });

  it('a bad preset file exits 1 with the Dutch problems; a preset of another sector too', () => {
    const bad = join(dir, 'bad-preset.json');
    writeFileSync(bad, JSON.stringify({ ...clonePreset(getPreset('po')!), thresholdsM: [5, 1] }));
    const r = run('--preset', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('drie oplopende afstanden');
    const vo = join(dir, 'vo-preset.json');
    writeFileSync(vo, JSON.stringify(getPreset('vo')));
    expect(run('--sector', 'po', '--preset', vo).stderr).toContain("de sectorinstelling is voor sector 'vo'");
    expect(run('--preset', vo, '--json').code).toBe(0); // the preset names the sector
  });

  it('--type evaluates one facility type with its thresholds; an unknown type is a usage error', () => {
    const r = JSON.parse(
      run('--sector', 'sport', '--facilities', SPORT, '--type', 'zwembad', '--json').stdout
    );
    expect(r.facilities.map((f: { id: string }) => f.id)).toEqual(['SP03', 'SP07']);
    expect(Object.keys(r.summary.shareWithin)).toEqual(['5000', '10000', '20000']);
    expect(run('--sector', 'sport', '--facilities', SPORT, '--type', 'ijsbaan').code).toBe(2);
  });

  it('the table names locations and the preset unit for sport', () => {
    const r = run('--sector', 'sport', '--facilities', SPORT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Open locaties in de regio:     12');
    expect(r.stdout).toContain('Bezoekers (totaal):            12.140');
    expect(r.stdout).toContain('binnen 2 km');
  });
});

/** The import the CLI does, in the test: the CLI's JSON must be what the engine gives for these facilities. */
function sportFacilities() {
  const b = loadRealBundle('achterhoek');
  return importFacilities(
    { name: 'sport.csv', bytes: new Uint8Array(readFileSync(SPORT)) },
    { preset: getPreset('sport')!, postcodes: postcodeLookup(b.postcodes), regionBbox: b.meta.bbox }
  ).facilities;
}

function engineSport() {
  return evaluate(
    loadRealBundle('achterhoek'),
    { sector: 'sport', edits: [] },
    { facilities: sportFacilities() }
  );
}

describe('scenario file: optional preset and parameters.years', () => {
  it('old files load unchanged; new fields round-trip through toScenarioFile', () => {
    const v1 = readFileSync(
      resolve(REPO_ROOT, 'tests/fixtures/scenario-files/v1-achterhoek-po.json'),
      'utf8'
    );
    const old = parseScenarioText(v1);
    // Unchanged, plus the rules a version-1 file was made with (the nearest school, constant births).
    const raw = JSON.parse(v1);
    expect(old).toEqual({
      ...raw,
      parameters: { ...raw.parameters, allocation: 'nearest', years: { prognosis: { birthTrend: 0 } } }
    });
    const preset = clonePreset(getPreset('sport')!);
    preset.demand.bandWeights.a_15_19 = 0.8;
    const years = { prognosis: { birthTrend: -0.01 }, costs: { perLocation: 40000 } };
    const file = toScenarioFile(
      'achterhoek',
      'sport',
      [{ op: 'close', facility: 'SP03' }],
      { detourFactor: 1.2, years },
      preset
    );
    const back = parseScenarioData(JSON.parse(JSON.stringify(file)), { anySector: true });
    expect(back).toEqual(file);
    expect(back.preset!.demand.bandWeights.a_15_19).toBe(0.8);
  });

  it('checks sector, preset and years with messages naming the field', () => {
    const po = clonePreset(getPreset('po')!);
    const cases: [unknown, { anySector?: boolean }, RegExp][] = [
      [{ schemaVersion: 1, sector: 'sport', edits: [] }, {}, /^sector: must be one of po, vo$/],
      [
        { schemaVersion: 1, sector: 'ijsbaan', edits: [] },
        { anySector: true },
        /^sector: must be one of po, vo, so/
      ],
      [
        { schemaVersion: 1, sector: 'vo', preset: po, edits: [] },
        {},
        /^preset: is for sector "po", not "vo"/
      ],
      [{ schemaVersion: 1, preset: { ...po, thresholdsM: [] }, edits: [] }, {}, /^preset: .*drie oplopende/],
      [
        { schemaVersion: 1, preset: getPreset('zorg'), edits: [] },
        {},
        /^preset: is for sector "zorg"; this reader/
      ],
      [
        { schemaVersion: 1, parameters: { years: { prognosis: { birthTrend: 0.5 } } }, edits: [] },
        {},
        /^parameters\.years\.prognosis: birthTrend must be "data" or a fraction/
      ],
      [
        { schemaVersion: 1, parameters: { years: { transport: { km: 6 } } }, edits: [] },
        {},
        /^parameters\.years\.transport\.km: unknown field/
      ],
      [
        { schemaVersion: 1, parameters: { years: { toYear: 2040 } }, edits: [] },
        {},
        /^parameters\.years\.toYear/
      ],
      [
        { schemaVersion: 1, parameters: { years: [] }, edits: [] },
        {},
        /^parameters\.years: must be an object/
      ]
    ];
    for (const [data, options, message] of cases) {
      expect(() => parseScenarioData(data, options)).toThrow(message);
    }
    const custom = { ...clonePreset(getPreset('welzijn')!), id: 'bibliotheek' };
    expect(
      parseScenarioData(
        { schemaVersion: 1, sector: 'bibliotheek', preset: custom, edits: [] },
        { anySector: true }
      ).sector
    ).toBe('bibliotheek');
  });

  it('parameters.years never leaks into the engine parameters or the report', () => {
    const bundle = loadRealBundle('achterhoek');
    const parameters = { detourFactor: 1, years: { prognosis: { migration: 0.01 } } };
    const r = evaluate(bundle, { sector: 'po', edits: [], parameters });
    expect(r.parameters).toEqual({ detourFactor: 1, contextKm: 10, allocation: 'nearest' });
  });
});
