/**
 * Scenario files version 2: a scenario carries the imported data it needs (`data.facilities`, `data.demand`).
 * The frozen v2 fixture loads and evaluates with its own facilities; files round-trip; broken data give a Dutch
 * message naming the field path; the CLI evaluates a v2 sport file with its embedded facilities exactly as with
 * `--facilities` and the same facilities.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEvaluator, toScenarioFile, type FacilityInput } from '../../src/lib/engine/index';
import {
  demandForFile,
  facilitiesForFile,
  parseScenarioImport,
  readScenarioFile,
  ScenarioImportError,
  serializeFile,
  toSessionFile
} from '../../src/lib/export/scenario-files';
import { importDemand, importFacilities, postcodeLookup } from '../../src/lib/import/index';
import { clonePreset, getPreset } from '../../src/lib/sectors/index';
import { loadRealBundle, REPO_ROOT } from '../fixtures/engine/helpers';
import { cliRunner } from '../fixtures/cli';

const FIXTURES = resolve(REPO_ROOT, 'tests/fixtures/scenario-files');
const SPORT_CSV = resolve(REPO_ROOT, 'static/voorbeelden/sport-achterhoek-voorbeeld.csv');
const POP_CSV = resolve(REPO_ROOT, 'static/voorbeelden/bevolking-achterhoek-voorbeeld.csv');
const text = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const bundle = loadRealBundle('achterhoek');
const postcodes = postcodeLookup(bundle.postcodes);

const dir = mkdtempSync(join(tmpdir(), 'share-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sportFacilities() {
  const r = importFacilities(
    { name: 'sport.csv', bytes: new Uint8Array(readFileSync(SPORT_CSV)) },
    { preset: getPreset('sport')!, postcodes, regionBbox: bundle.meta.bbox }
  );
  expect(r.ok).toBe(true);
  return r.facilities;
}

function populationUnits() {
  const r = importDemand(
    { name: 'bevolking.csv', bytes: new Uint8Array(readFileSync(POP_CSV)) },
    { postcodes, regionBbox: bundle.meta.bbox }
  );
  expect(r.ok).toBe(true);
  return r.units;
}

const source = { name: 'sport.csv', example: true };

describe('frozen v2 fixture (never edit it)', () => {
  it('is unchanged', () => {
    const sha = createHash('sha256')
      .update(JSON.stringify(JSON.parse(text('v2-achterhoek-sport.json'))))
      .digest('hex')
      .slice(0, 16);
    expect(sha).toBe('9a90693f75271ef2');
  });

  it('loads with its facilities and evaluates on the real bundle', () => {
    const imp = parseScenarioImport(text('v2-achterhoek-sport.json'), 'v2-achterhoek-sport.json');
    expect(imp).toMatchObject({ kind: 'scenario', region: 'achterhoek', fromVersion: 2 });
    const [s] = imp.scenarios;
    expect(s).toMatchObject({ sector: 'sport', parameters: { detourFactor: 1.2, contextKm: 10 } });
    const data = s.data!.facilities!;
    expect(data.source).toEqual({ name: 'sport-handgemaakt-fictief.csv', example: true });
    expect(data.facilities.map((f) => f.id)).toEqual(['FX01', 'FX02', 'FX03', 'FX04', 'FX05']);
    expect(data.facilities.every((f) => f.name.endsWith('(fictief)'))).toBe(true);

    const evaluator = createEvaluator(bundle, 'sport', s.parameters ?? undefined, {
      facilities: data.facilities
    });
    const base = evaluator.report([]);
    const r = evaluator.report(s.edits);
    expect(base.summary.openFacilities).toBe(5);
    expect(r.summary.openFacilities).toBe(4);
    expect(r.facilities.find((f) => f.id === 'FX02')).toMatchObject({ status: 'closed', pupils: 0 });
    expect(r.facilities.find((f) => f.id === 'FX01')!.capacity).toBe(1600);
    expect(r.summary.pupilsTotal).toBeCloseTo(base.summary.pupilsTotal, 6);
  });

  it('v0 and v1 fixtures still import exactly as before (no data, no preset)', () => {
    const v1 = parseScenarioImport(text('v1-achterhoek-po.json'), 'v1.json');
    expect(Object.keys(v1.scenarios[0]).sort()).toEqual(['edits', 'name', 'parameters', 'sector']);
    const v0 = parseScenarioImport(text('v0-edits-array.json'), 'v0.json');
    expect(Object.keys(v0.scenarios[0]).sort()).toEqual(['edits', 'name', 'parameters', 'sector']);
  });
});

describe('writing and reading data', () => {
  it('a sport scenario with facilities, population and preset round-trips', () => {
    const preset = clonePreset(getPreset('sport')!);
    preset.demand.bandWeights.a_15_19 = 0.8;
    const facilities = facilitiesForFile(sportFacilities());
    const units = demandForFile(populationUnits());
    const file = toScenarioFile(
      'achterhoek',
      'sport',
      [{ op: 'close', facility: 'SP03' }],
      { detourFactor: 1.3 },
      preset,
      { facilities: { source, sector: 'sport', facilities }, demand: { source, kind: 'pc4', units } }
    );
    expect(file.schemaVersion).toBe(3);
    const imp = parseScenarioImport(serializeFile(file), 'Sport B.json');
    expect(imp.scenarios[0]).toEqual({
      name: 'Sport B',
      sector: 'sport',
      parameters: { detourFactor: 1.3 },
      edits: [{ op: 'close', facility: 'SP03' }],
      preset,
      data: file.data
    });
    // Only the engine's fields: no postcode, placement, example flag or source row of the import.
    expect(Object.keys(facilities[0])).toEqual([
      'id',
      'name',
      'type',
      'lon',
      'lat',
      'x',
      'y',
      'pupils',
      'place',
      'municipality'
    ]);
  });

  it('a po scenario without data stays v1-shaped apart from the version number', () => {
    const file = toScenarioFile('achterhoek', 'po', [{ op: 'close', facility: '11TN00' }], {
      detourFactor: 1.3
    });
    expect(JSON.parse(serializeFile(file))).toEqual({
      schemaVersion: 3,
      region: 'achterhoek',
      sector: 'po',
      edits: [{ op: 'close', facility: '11TN00' }],
      parameters: { detourFactor: 1.3 }
    });
  });

  it('a session file keeps each scenario’s preset and data; a v1 session still reads', () => {
    const facilities = facilitiesForFile(sportFacilities()).slice(0, 3);
    const session = toSessionFile(
      'achterhoek',
      [
        { name: 'Scholen', sector: 'po', edits: [] },
        {
          name: 'Sport',
          sector: 'sport',
          edits: [{ op: 'close', facility: facilities[0].id }],
          data: { facilities: { source, sector: 'sport', facilities } }
        }
      ],
      { detourFactor: 1, contextKm: 10 }
    );
    const imp = parseScenarioImport(serializeFile(session), 'sessie.json');
    expect(imp.fromVersion).toBe(3);
    expect(imp.scenarios[0].data).toBeUndefined();
    expect(imp.scenarios[1].data!.facilities!.facilities).toEqual(facilities);

    const v1 = JSON.stringify({
      schemaVersion: 1,
      kind: 'transitieatlas-scenarios',
      region: 'achterhoek',
      scenarios: [{ name: 'A', sector: 'po', edits: [] }]
    });
    expect(parseScenarioImport(v1, 'oud.json')).toMatchObject({ kind: 'session', fromVersion: 1 });
    const v1WithData = JSON.parse(v1);
    v1WithData.scenarios[0].data = {};
    expect(() => parseScenarioImport(JSON.stringify(v1WithData), 'oud.json')).toThrow(
      /scenario 1, veld "data": onbekend veld/
    );
    const noFacilities = { ...JSON.parse(serializeFile(session)) };
    delete noFacilities.scenarios[1].data;
    expect(() => parseScenarioImport(JSON.stringify(noFacilities), 's.json')).toThrow(
      /scenario 2 \("Sport"\), veld "data.facilities": ontbreekt: het scenario van sector "sport" bevat geen voorzieningen/
    );
  });
});

describe('broken data: a Dutch message naming the field path', () => {
  const facility = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    id: 'A',
    name: 'Sporthal',
    type: 'sporthal',
    lon: 6.6,
    lat: 52,
    pupils: 10,
    ...extra
  });
  const file = (data: unknown, sector = 'sport') => ({
    schemaVersion: 2,
    region: 'achterhoek',
    sector,
    edits: [],
    data
  });
  const facilities = (list: unknown, extra: Record<string, unknown> = {}) =>
    file({ facilities: { source, facilities: list, ...extra } });
  const unit = (extra: Record<string, unknown> = {}) => ({
    id: '7001',
    lon: 6.6,
    lat: 52,
    total: 100,
    ...extra
  });
  const demand = (units: unknown, kind: unknown = 'pc4') =>
    file({ facilities: { source, facilities: [facility()] }, demand: { source, kind, units } });

  const cases: [string, unknown, RegExp][] = [
    ['data not an object', file([]), /veld "data": moet een object zijn/],
    ['unknown block', file({ schools: [] }), /veld "data.schools": onbekend veld/],
    [
      'no source',
      file({ facilities: { facilities: [facility()] } }),
      /veld "data.facilities.source": ontbreekt/
    ],
    [
      'source example not boolean',
      file({ facilities: { source: { name: 'a.csv', example: 'ja' }, facilities: [facility()] } }),
      /veld "data.facilities.source.example": moet true of false zijn/
    ],
    [
      'facilities not a list',
      facilities({}),
      /veld "data.facilities.facilities": moet een lijst voorzieningen zijn/
    ],
    ['facilities empty', facilities([]), /veld "data.facilities.facilities": mag niet leeg zijn/],
    [
      'lon not a number',
      facilities([
        facility(),
        facility({ id: 'B' }),
        facility({ id: 'C' }),
        facility({ id: 'D', lon: '6,6' })
      ]),
      /veld "data.facilities.facilities\[3\].lon": moet een getal zijn/
    ],
    [
      'lat out of range',
      facilities([facility({ lat: 152 })]),
      /facilities\[0\].lat": moet een breedtegraad zijn/
    ],
    ['no id', facilities([facility({ id: ' ' })]), /facilities\[0\].id": moet een niet-lege tekst zijn/],
    ['duplicate id', facilities([facility(), facility()]), /facilities\[1\].id": dubbele id "A"/],
    [
      'negative pupils',
      facilities([facility({ pupils: -1 })]),
      /facilities\[0\].pupils": moet een getal van 0 of meer zijn, of null/
    ],
    ['x without y', facilities([facility({ x: 1 })]), /facilities\[0\].y": ontbreekt/],
    [
      'unknown field',
      facilities([facility({ postcode: '7141' })]),
      /facilities\[0\].postcode": onbekend veld/
    ],
    ['facility not an object', facilities([7]), /facilities\[0\]": moet een object zijn/],
    [
      'context not boolean',
      facilities([facility({ context: 1 })]),
      /facilities\[0\].context": moet true of false zijn/
    ],
    [
      'data of another sector',
      facilities([facility()], { sector: 'zorg' }),
      /veld "data.facilities.sector": hoort bij sector "zorg", niet bij "sport"/
    ],
    ['demand kind', demand([unit()], 'gemeente'), /veld "data.demand.kind": moet "pc4" of "point" zijn/],
    [
      'demand total',
      demand([unit({ total: -5 })]),
      /veld "data.demand.units\[0\].total": moet een getal van 0 of meer zijn/
    ],
    [
      'demand age band',
      demand([unit({ ages: { a_0_3: 5 } })]),
      /units\[0\].ages.a_0_3": onbekende leeftijdsklasse/
    ],
    ['demand duplicate', demand([unit(), unit()]), /units\[1\].id": dubbele id "7001"/],
    ['demand empty', demand([]), /veld "data.demand.units": mag niet leeg zijn/]
  ];
  it.each(cases)('%s', (_name, data, message) => {
    let error: unknown;
    try {
      parseScenarioImport(JSON.stringify(data), 'kapot.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioImportError);
    expect((error as Error).message).toMatch(/^Kan "kapot.json" niet laden: /);
    expect((error as Error).message).toMatch(message);
  });

  it('caps the sizes: 5,000 facilities and 20,000 population units', () => {
    const many = Array.from({ length: 5001 }, (_, i) => facility({ id: `F${i}` }));
    expect(() => readScenarioFile(facilities(many))).toThrow(
      /veld "data.facilities.facilities": mag hoogstens 5000 voorzieningen bevatten \(het zijn er 5001\)/
    );
    expect(readScenarioFile(facilities(many.slice(0, 5000))).file.data!.facilities!.facilities).toHaveLength(
      5000
    );
    const units = Array.from({ length: 20001 }, (_, i) => unit({ id: `U${i}` }));
    expect(() => readScenarioFile(demand(units))).toThrow(/mag hoogstens 20000 bevolkingseenheden bevatten/);
  });

  it('a sport, zorg or welzijn file without facilities cannot be read; po, vo and so can', () => {
    for (const sector of ['sport', 'zorg', 'welzijn']) {
      expect(() => readScenarioFile({ schemaVersion: 2, sector, edits: [] })).toThrow(
        `het scenario van sector "${sector}" bevat geen voorzieningen`
      );
    }
    for (const sector of ['po', 'vo', 'so']) {
      expect(readScenarioFile({ schemaVersion: 2, sector, edits: [] }).file.sector).toBe(sector);
    }
  });
});

describe('npm run evaluate with a v2 file', () => {
  const run = cliRunner('--region', 'achterhoek');
  const write = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(content));
    return path;
  };
  const edits = [{ op: 'close' as const, facility: 'SP03' }];

  it('evaluates the embedded facilities exactly as --facilities with the same file', () => {
    const facilities: FacilityInput[] = facilitiesForFile(sportFacilities());
    const v2 = write(
      'sport-v2.json',
      toScenarioFile('achterhoek', 'sport', edits, { detourFactor: 1.2 }, undefined, {
        facilities: { source, sector: 'sport', facilities }
      })
    );
    const v1 = write('sport-v1.json', {
      schemaVersion: 1,
      region: 'achterhoek',
      sector: 'sport',
      parameters: { detourFactor: 1.2 },
      edits
    });
    for (const json of [['--json'], []]) {
      const embedded = run('--scenario', v2, ...json);
      const flag = run('--scenario', v1, '--facilities', SPORT_CSV, ...json);
      expect(embedded.code).toBe(0);
      expect(flag.code).toBe(0);
      expect(embedded.stdout).toBe(flag.stdout.replace(v1, v2)); // the table names the scenario file
      expect(embedded.stderr).toBe(
        `${v2}: 12 locaties uit het scenariobestand (bron: sport.csv, voorbeeld (fictief))\n`
      );
    }
  });

  it('uses an embedded population table too; --facilities and --demand win over the file', () => {
    const facilities = facilitiesForFile(sportFacilities());
    const units = demandForFile(populationUnits());
    const v2 = write(
      'sport-pop.json',
      toScenarioFile('achterhoek', 'sport', edits, undefined, undefined, {
        facilities: { source, facilities },
        demand: { source: { name: 'bevolking.csv', example: true }, kind: 'pc4', units }
      })
    );
    const v1 = write('sport-plain.json', { schemaVersion: 1, region: 'achterhoek', sector: 'sport', edits });
    const embedded = run('--scenario', v2, '--json');
    expect(embedded.code).toBe(0);
    expect(embedded.stdout).toBe(
      run('--scenario', v1, '--facilities', SPORT_CSV, '--demand', POP_CSV, '--json').stdout
    );
    expect(embedded.stderr).toContain('inwonereenheden uit het scenariobestand (bron: bevolking.csv');
    // A flag wins: the CBS-free file's population replaced by the flag's (the same here), stderr names the flag.
    const flagged = run('--scenario', v2, '--demand', POP_CSV, '--json');
    expect(flagged.stdout).toBe(embedded.stdout);
    expect(flagged.stderr).not.toContain('inwonereenheden uit het scenariobestand');
  });

  it('a v2 file with broken data exits 1 naming the field (English, as the CLI’s other file errors)', () => {
    const bad = write('bad.json', {
      schemaVersion: 2,
      sector: 'sport',
      edits: [],
      data: { facilities: { source, facilities: [{ id: 'A', name: 'x', lon: 'oost', lat: 52, pupils: 1 }] } }
    });
    const r = run('--scenario', bad, '--json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Fout: ${bad}: data.facilities.facilities[0].lon: must be a number\n`);
  });
});
