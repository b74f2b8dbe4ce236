/**
 * Scenario files: the frozen fixtures of every past version keep loading and evaluating on the real Achterhoek
 * bundle; session and single-scenario exports round-trip; broken or unknown files give a Dutch message naming
 * the file and the field or edit.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEvaluator, toScenarioFile, type Edit, type Report } from '../../src/lib/engine/index';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import { validateBundle } from '../../src/lib/engine/geodata/validate';
import {
  exportFileName,
  migrateScenarioFile,
  parseScenarioImport,
  ScenarioImportError,
  serializeFile,
  toSessionFile
} from '../../src/lib/export/scenario-files';

const dir = join(__dirname, '../fixtures/scenario-files');
const text = (name: string) => readFileSync(join(dir, name), 'utf8');
/** Hash of the content (not the formatting: prettier may re-indent a fixture, it may not change it). */
const sha = (name: string) =>
  createHash('sha256')
    .update(JSON.stringify(JSON.parse(text(name))))
    .digest('hex')
    .slice(0, 16);

let bundle: RegionBundle;
beforeAll(() => {
  const file = join(__dirname, '../../geodata/bundles/achterhoek.json');
  bundle = validateBundle(JSON.parse(readFileSync(file, 'utf8')), file); // `npm run geodata` builds it
});

const facility = (r: Report, id: string) => r.facilities.find((f) => f.id === id)!;

describe('frozen fixtures (never edit them)', () => {
  it('are unchanged', () => {
    // A failing hash means a frozen fixture was edited: restore it and add a new fixture instead.
    expect(sha('v1-achterhoek-po.json')).toBe('8001bca9ca8b4676');
    expect(sha('v0-edits-array.json')).toBe('c83962b269216315');
  });

  it('v1 loads and evaluates on the real bundle: the closed school’s pupils arrive', () => {
    const imp = parseScenarioImport(text('v1-achterhoek-po.json'), 'v1-achterhoek-po.json');
    expect(imp).toMatchObject({ kind: 'scenario', region: 'achterhoek', fromVersion: 1 });
    const [s] = imp.scenarios;
    expect(s).toMatchObject({
      name: 'v1-achterhoek-po',
      sector: 'po',
      parameters: { detourFactor: 1.3, contextKm: 10 }
    });
    expect(s.edits.map((e) => e.op)).toEqual(['close', 'merge', 'open', 'capacity']);

    const base = createEvaluator(bundle, 'po', s.parameters ?? undefined).report([]);
    const r = createEvaluator(bundle, 'po', s.parameters ?? undefined).report(s.edits);
    expect(r.flows).toEqual([
      { from: '11TN00', to: '05RB00', pupils: 24 },
      { from: '03AI00', to: '12NX00', pupils: 95 }
    ]);
    expect(facility(r, '11TN00')).toMatchObject({ status: 'closed', pupils: 0 });
    expect(facility(r, '05RB00').pupils).toBe(facility(base, '05RB00').pupils + 24);
    expect(facility(r, '03AI00')).toMatchObject({ status: 'merged', pupils: 0 });
    expect(facility(r, '12NX00').pupils).toBe(160 + 95);
    expect(facility(r, 'nieuw-1')).toMatchObject({ status: 'new', capacity: 120, municipality: 'GM1859' });
    expect(facility(r, '13YQ00').capacity).toBe(250);
    expect(r.summary.pupilsTotal).toBe(base.summary.pupilsTotal); // nobody lost
    expect(r.summary.placesWithoutFacility).toEqual(['Haarlo']);
  });

  it('v0 (a bare edit array) migrates to v1 and evaluates', () => {
    const imp = parseScenarioImport(text('v0-edits-array.json'), 'oud/concept.json');
    expect(imp).toMatchObject({ kind: 'scenario', region: null, fromVersion: 0 });
    const [s] = imp.scenarios;
    // An old file keeps the rules it was made with: the nearest school and constant births.
    expect(s).toMatchObject({
      name: 'concept',
      sector: null,
      parameters: { allocation: 'nearest', years: { prognosis: { birthTrend: 0 } } }
    });
    const r = createEvaluator(bundle, 'po').report(s.edits);
    expect(r.flows.map((f) => [f.from, f.to, f.pupils])).toEqual([
      ['11TN00', '05RB00', 24],
      ['03AI00', '12NX00', 95]
    ]);
  });
});

describe('migration', () => {
  it('turns v0 into v3 data (nearest rule, constant births) without touching the input', () => {
    const input = JSON.parse(text('v0-edits-array.json'));
    const copy = structuredClone(input);
    const { data, fromVersion } = migrateScenarioFile(input);
    expect(fromVersion).toBe(0);
    expect(data).toEqual({
      schemaVersion: 3,
      parameters: { allocation: 'nearest', years: { prognosis: { birthTrend: 0 } } },
      edits: copy
    });
    expect(input).toEqual(copy);
  });

  it('turns v1 into v3 (no data; the nearest rule and constant births), without touching the input', () => {
    const input = JSON.parse(text('v1-achterhoek-po.json'));
    const copy = structuredClone(input);
    const { data, fromVersion } = migrateScenarioFile(input);
    expect(fromVersion).toBe(1);
    expect(data).toEqual({
      ...copy,
      schemaVersion: 3,
      parameters: { ...copy.parameters, allocation: 'nearest', years: { prognosis: { birthTrend: 0 } } }
    });
    expect(input).toEqual(copy);
    expect(() => migrateScenarioFile({ ...copy, data: {} })).toThrow(
      /veld "data": onbekend veld in versie 1/
    );
  });

  it('rejects unknown versions clearly', () => {
    for (const v of [4, 99, '1', '2', null]) {
      expect(() => migrateScenarioFile({ schemaVersion: v, edits: [] })).toThrow(
        `schemaVersion ${JSON.stringify(v)} wordt niet ondersteund`
      );
    }
    expect(() => migrateScenarioFile({ edits: [] })).toThrow(/"schemaVersion": ontbreekt/);
  });
});

const edits: Edit[] = [
  { op: 'close', facility: '11TN00' },
  { op: 'open', id: 'n1', name: 'Nieuw; "Kindcentrum"', lon: 6.5, lat: 52 }
];

describe('export and import', () => {
  it('a single scenario round-trips and is named after its file', () => {
    const file = toScenarioFile('achterhoek', 'vo', edits, { detourFactor: 1.2 });
    const out = serializeFile(file);
    expect(out.endsWith('}\n')).toBe(true);
    const imp = parseScenarioImport('\uFEFF' + out, 'C:\\Users\\wk\\Scenario B.json');
    expect(imp.scenarios).toEqual([
      { name: 'Scenario B', sector: 'vo', parameters: { detourFactor: 1.2 }, edits }
    ]);
  });

  it('all scenarios of a session round-trip in order', () => {
    const session = toSessionFile(
      'achterhoek',
      [
        { name: 'Basis', sector: 'po', edits: [] },
        { name: 'Sluiting Haarlo', sector: 'po', edits },
        { name: 'VO', sector: 'vo', edits: [{ op: 'capacity', facility: 'x', capacity: 10 }] }
      ],
      { detourFactor: 1.3, contextKm: 10 }
    );
    expect(session).toMatchObject({
      schemaVersion: 3,
      kind: 'transitieatlas-scenarios',
      region: 'achterhoek'
    });
    const imp = parseScenarioImport(serializeFile(session), 'sessie.json');
    expect(imp.kind).toBe('session');
    expect(imp.region).toBe('achterhoek');
    expect(imp.scenarios.map((s) => [s.name, s.sector, s.edits.length])).toEqual([
      ['Basis', 'po', 0],
      ['Sluiting Haarlo', 'po', 2],
      ['VO', 'vo', 1]
    ]);
    expect(imp.scenarios[1].edits).toEqual(edits);
    expect(imp.scenarios[0].parameters).toEqual({ detourFactor: 1.3, contextKm: 10 });
  });

  it('names the file and the field or edit of a broken file, in Dutch', () => {
    const fails = (body: string, name = 'kapot.json') => {
      try {
        parseScenarioImport(body, name);
      } catch (e) {
        expect(e).toBeInstanceOf(ScenarioImportError);
        expect((e as Error).message.startsWith(`Kan "${name}" niet laden: `)).toBe(true);
        return (e as Error).message;
      }
      throw new Error('expected an error');
    };
    expect(fails('')).toMatch(/het bestand is leeg/);
    expect(fails('{"schemaVersion":1,')).toMatch(/geen geldige JSON \(/);
    expect(fails('"hallo"')).toMatch(/moet een JSON-object/);
    expect(fails('{"schemaVersion":99,"edits":[]}')).toMatch(/schemaVersion 99 wordt niet ondersteund/);
    expect(fails('{"schemaVersion":1,"edits":[{"op":"close"},{"op":"fly"}]}')).toMatch(
      /bewerking 1 \(close\): veld "facility" ontbreekt/
    );
    expect(fails('[{"op":"close","facility":"a"},{"op":"fly"}]')).toMatch(
      /bewerking 2: onbekende bewerking "fly"/
    );
    expect(fails('{"schemaVersion":1,"sector":"ijsbaan","edits":[]}')).toMatch(
      /veld "sector": moet een van po, vo, so, sport, zorg, welzijn zijn/
    );
    expect(fails('{"schemaVersion":1,"sector":"sport","edits":[]}')).toMatch(
      /veld "data.facilities": ontbreekt: het scenario van sector "sport" bevat geen voorzieningen/
    );
    const session = (scenarios: unknown) =>
      JSON.stringify({ schemaVersion: 1, kind: 'transitieatlas-scenarios', region: 'achterhoek', scenarios });
    expect(fails(session([{ name: 'A', sector: 'po', edits: [{ op: 'merge', facility: 'x' }] }]))).toMatch(
      /scenario 1 \("A"\), bewerking 1 \(merge\): veld "into" ontbreekt/
    );
    expect(fails(session([{ name: '', sector: 'po', edits: [] }]))).toMatch(/scenario 1, veld "name"/);
    expect(fails(session([]))).toMatch(/veld "scenarios"/);
    expect(fails(JSON.stringify({ kind: 'iets-anders' }))).toMatch(/veld "kind"/);
    expect(
      fails(
        JSON.stringify({ schemaVersion: 4, kind: 'transitieatlas-scenarios', region: 'a', scenarios: [] })
      )
    ).toMatch(/schemaVersion 4 wordt niet ondersteund/);
  });

  it('makes safe file names', () => {
    expect(exportFileName('achterhoek', 'Sluiting Haarlo (variant é/2)')).toBe(
      'transitieatlas-achterhoek-sluiting-haarlo-variant-e-2.json'
    );
    expect(exportFileName('achterhoek')).toBe('transitieatlas-achterhoek.json');
  });
});
