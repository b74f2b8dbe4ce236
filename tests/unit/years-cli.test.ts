/**
 * `npm run evaluate` with and without --year. Without --year the output is byte-identical to what the command
 * printed before the year prognosis existed (golden files made by commit 66cc12a); with --year the new fields
 * carry year Y's figures.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/evaluate';
import { fixtureBundle } from '../fixtures/engine/fixture';
import { REPO_ROOT } from '../fixtures/engine/helpers';
import { prognosisBundle } from '../fixtures/prognosis/fixture';
import { cliRunner } from '../fixtures/cli';

const GOLDEN = resolve(REPO_ROOT, 'tests/fixtures/prognosis/no-year');
const dir = mkdtempSync(join(tmpdir(), 'years-cli-'));
const bundles = join(dir, 'bundles');
mkdirSync(bundles, { recursive: true });
writeFileSync(join(bundles, 'fixture.json'), JSON.stringify(fixtureBundle()));
writeFileSync(join(bundles, 'prognosis.json'), JSON.stringify(prognosisBundle()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = cliRunner('--bundles', bundles);

function runJson(...argv: string[]) {
  const r = run(...argv, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

/** The golden's JSON as the CLI prints it (the files are pretty-printed for review; numbers round-trip). */
const golden = (name: string) => JSON.stringify(JSON.parse(readFileSync(join(GOLDEN, name), 'utf8'))) + '\n';

/**
 * The report as printed before the choice model (issue 15) added its three fields: `parameters.allocation`,
 * `summary.modelledMeanDistanceM` and every facility's `modelledPupils`. Everything else must stay byte for byte.
 */
function withoutChoiceFields(stdout: string): string {
  const r = JSON.parse(stdout);
  expect(r.parameters.allocation).toBe('nearest');
  expect(r.summary.modelledMeanDistanceM).toBeNull();
  delete r.parameters.allocation;
  delete r.summary.modelledMeanDistanceM;
  for (const f of r.facilities) {
    expect(f).toHaveProperty('modelledPupils');
    delete f.modelledPupils;
  }
  return JSON.stringify(r) + '\n';
}

describe('without --year: unchanged output under the nearest rule', () => {
  it('fixture po, vo and a scenario with detour: byte-identical to the pre-prognosis output', () => {
    const near = (...argv: string[]) => withoutChoiceFields(run(...argv, '--allocation', 'nearest').stdout);
    expect(near('--region', 'fixture', '--json')).toBe(golden('fixture-po.json'));
    expect(near('--region', 'fixture', '--sector', 'vo', '--json')).toBe(golden('fixture-vo.json'));
    const scenario = join(GOLDEN, 'scenario.json');
    expect(near('--region', 'fixture', '--scenario', scenario, '--json')).toBe(
      golden('fixture-po-scenario.json')
    );
    // The scenario file is of version 1: without the flag it keeps the nearest rule it was made with.
    expect(withoutChoiceFields(run('--region', 'fixture', '--scenario', scenario, '--json').stdout)).toBe(
      golden('fixture-po-scenario.json')
    );
  });

  it('Achterhoek po and vo: the same sha256 as before', () => {
    const hashes = JSON.parse(readFileSync(join(GOLDEN, 'achterhoek.sha256.json'), 'utf8'));
    for (const sector of ['po', 'vo']) {
      let out = '';
      const code = main(['--region', 'achterhoek', '--sector', sector, '--json', '--allocation', 'nearest'], {
        stdout: (t) => (out += t),
        stderr: () => {}
      });
      expect(code).toBe(0);
      expect(createHash('sha256').update(withoutChoiceFields(out)).digest('hex')).toBe(hashes[sector]);
    }
  });
});

/**
 * The prognosis fixture's numbers are worked out by hand for the nearest rule with constant births: those tests
 * pin both (the choice model and the data-derived trend have their own tests).
 */
const runHand = (...argv: string[]) =>
  runJson(
    ...argv,
    '--allocation',
    'nearest',
    ...(argv.includes('--birth-trend') ? [] : ['--birth-trend', '0'])
  );

describe('--year', () => {
  it('adds the documented fields in a stable order', () => {
    const r = runJson('--region', 'prognosis', '--year', '2023');
    expect(Object.keys(r)).toEqual([
      'schemaVersion',
      'region',
      'sector',
      'year',
      'parameters',
      'prognosis',
      'band',
      'norms',
      'summary',
      'facilities',
      'demand',
      'flows',
      'municipalities',
      'series',
      'assumptions'
    ]);
    expect(r.year).toBe(2023);
    expect(r.prognosis).toEqual({
      baseYear: 2021,
      birthTrend: 'data',
      birthTrendRegion: expect.any(Number),
      birthTrends: { GM0001: expect.any(Number), GM0002: expect.any(Number) },
      birthBand: 0.01,
      migration: 0,
      horizon: [2023, 2035],
      smallCatchmentChildren: 50,
      ruleYears: 3
    });
    expect(Object.keys(r.band)).toEqual(['low', 'high']);
    expect(r.band.low.series).toHaveLength(13);
    expect(r.norms).toEqual({ year: 2016, replaced: false });
    for (const k of ['transportChildren', 'ruleReached', 'floorArea', 'costs'])
      expect(r.summary).toHaveProperty(k);
    for (const k of [
      'pupilsProjected',
      'normMargin',
      'firstYearBelowNorm',
      'ruleYear',
      'floorAreaM2',
      'pupilsProjectedLow',
      'pupilsProjectedHigh'
    ])
      expect(r.facilities[0]).toHaveProperty(k);
    expect(r.demand[0]).toHaveProperty('beyondTransport');
    expect(r.series.years).toHaveLength(13);
    expect(r.series.scenario.pupils).toHaveLength(13);
    expect(r.assumptions.map((a: { key: string }) => a.key)).toEqual([
      'prognosis.birthTrend',
      'prognosis.birthBand',
      'prognosis.migration',
      'transport.thresholdM',
      'floor.fixedM2',
      'floor.perPupilM2',
      'costs.perLocation',
      'costs.perM2',
      'costs.perTransportPupil'
    ]);
    for (const a of r.assumptions) expect(a.source).toMatch(/^aanname|^afgeleid uit de data/);
  });

  it('2023: demand is ages 4-11 in 2023 = ages 2-9 in 2021, pupils are the DUO counts', () => {
    const r = runJson('--region', 'prognosis', '--year', '2023');
    // Alfa: Y_LT15 * (0.6*50 + 50) / 200; Beta: Y_LT15 * (0.6*50 + 100) / 250.
    expect(r.demand.map((d: { weight: number }) => d.weight)).toEqual([
      400,
      200,
      expect.closeTo((800 * 130) / 250, 9),
      0,
      80,
      expect.closeTo((300 * 130) / 250, 9)
    ]);
    for (const f of r.facilities) expect(f.pupilsProjected).toBeCloseTo(f.pupils, 9);
    expect(r.summary.pupilsTotal).toBe(284);
  });

  it('2030: B1 projected below its norm, first year 2026, rule 2028; transport and costs from the flags', () => {
    const r = runHand(
      '--region',
      'prognosis',
      '--year',
      '2030',
      '--transport-km',
      '4',
      '--floor-fixed',
      '100',
      '--floor-per-pupil',
      '10',
      '--cost-location',
      '1000',
      '--cost-m2',
      '2',
      '--cost-transport',
      '10'
    );
    const b1 = r.facilities.find((f: { id: string }) => f.id === 'B1');
    expect(b1).toMatchObject({
      pupils: 104,
      norm: 82,
      belowNorm: true,
      firstYearBelowNorm: 2026,
      ruleYear: 2028
    });
    expect(b1.pupilsProjected).toBeCloseTo(64, 9);
    expect(b1.normMargin).toBeCloseTo(-18, 9);
    expect(b1.floorAreaM2).toBe(1140);
    expect(b1.floorNeededM2).toBeCloseTo(740, 9);
    expect(r.summary.transportChildren).toBeCloseTo(96, 9);
    expect(r.summary.costs.locations).toBe(5000);
    expect(r.summary.costs.transport).toBeCloseTo(960, 9);
    expect(r.demand.find((d: { id: string }) => d.id === 'D6').beyondTransport).toBe(true);
    const byKey = Object.fromEntries(r.assumptions.map((a: { key: string }) => [a.key, a]));
    expect(byKey['transport.thresholdM']).toMatchObject({
      value: 4000,
      source: 'ingesteld door de gebruiker'
    });
    expect(byKey['prognosis.migration'].source).toMatch(/^aanname/);
  });

  it('a scenario: the series holds baseline, scenario and the difference', () => {
    const scenario = join(dir, 'close-a3.json');
    writeFileSync(scenario, JSON.stringify([{ op: 'close', facility: 'A3' }]));
    const r = runHand(
      '--region',
      'prognosis',
      '--scenario',
      scenario,
      '--year',
      '2030',
      '--transport-km',
      '5'
    );
    const y = 2030 - 2023;
    expect(r.series.baseline.transportChildren[y]).toBe(0);
    expect(r.series.scenario.transportChildren[y]).toBeCloseTo(96, 9);
    expect(r.series.difference.transportChildren[y]).toBeCloseTo(96, 9);
    expect(r.series.difference.costLocations[y]).toBe(-50000);
    expect(r.flows).toEqual([{ from: 'A3', to: 'A2', pupils: 30 }]);
  });

  it('birth trend and migration change the later years only', () => {
    const base = runHand('--region', 'prognosis', '--year', '2035');
    const low = runHand(
      '--region',
      'prognosis',
      '--year',
      '2035',
      '--birth-trend',
      '-0.05',
      '--migration',
      '-0.01'
    );
    expect(low.prognosis).toMatchObject({ birthTrend: -0.05, migration: -0.01 });
    expect(low.summary.pupilsTotal).toBeLessThan(base.summary.pupilsTotal);
    expect(low.series.scenario.pupils[0]).toBe(base.series.scenario.pupils[0]);
  });

  it('--norms replaces the opheffingsnormen', () => {
    const csv = join(dir, 'normen.csv');
    writeFileSync(csv, 'jaar;gm_code;opheffingsnorm\n2024;GM0001;40\n2024;GM0002;50\n');
    const r = runHand('--region', 'prognosis', '--year', '2030', '--norms', csv);
    expect(r.norms).toEqual({ year: 2024, replaced: true });
    const f = (id: string) => r.facilities.find((x: { id: string }) => x.id === id);
    expect(f('A3')).toMatchObject({ norm: 40, normSource: 'gemeente' });
    expect(f('B1')).toMatchObject({ norm: 50, belowNorm: false, firstYearBelowNorm: null, ruleYear: null });
  });

  it('the readable table shows the year block', () => {
    const r = run('--region', 'prognosis', '--year', '2030', '--allocation', 'nearest', '--birth-trend', '0');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Prognose 2030: leerlingen DUO 1-10-2023');
    expect(r.stdout).toContain('Onder de norm binnen 2023-2035');
    expect(r.stdout).toMatch(/B1 +Bedum +104 +64 +82 +2026 +2028/);
    expect(r.stdout).toContain('Aannames');
  });
});

describe('--year errors', () => {
  const usage: [string[], RegExp][] = [
    [['--birth-trend', '-0.01'], /Fout: --birth-trend needs --year/],
    [['--norms', 'x.csv'], /Fout: --norms needs --year/],
    [['--year', '2036'], /--year must be a year from 2023 to 2035, got 2036/],
    [['--year', '2030.5'], /--year must be a year/],
    [['--year', '2030', '--birth-trend', '-1'], /fraction per year from -0.2 to 0.2/],
    [['--year', '2030', '--transport-km', '0'], /--transport-km must be more than 0/],
    [['--year', '2030', '--cost-m2', '-1'], /--cost-m2 must be 0 or more/],
    [['--year', '2030', '--migration'], /--migration needs a value/]
  ];
  for (const [argv, message] of usage) {
    it(`exit 2: ${argv.join(' ')}`, () => {
      const r = run('--region', 'prognosis', ...argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    });
  }

  it('exit 1 with the row and column of a bad norms file', () => {
    const csv = join(dir, 'slecht.csv');
    writeFileSync(csv, 'jaar;gm_code;opheffingsnorm\n2024;GM0001;veel\n');
    const r = run('--region', 'prognosis', '--year', '2030', '--norms', csv);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `Fout: ${csv}: rij 2, kolom opheffingsnorm: "veel" is geen geheel aantal leerlingen van 0 tot 10000\n`
    );
    const missing = run('--region', 'prognosis', '--year', '2030', '--norms', join(dir, 'nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.csv: cannot read \(ENOENT\)/);
  });

  it('spawned on the Achterhoek: stdout is one JSON document', () => {
    const res = spawnSync(
      'npm',
      ['run', '--silent', 'evaluate', '--', '--region', 'achterhoek', '--year', '2030', '--json'],
      { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
    );
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const r = JSON.parse(res.stdout);
    expect(r.year).toBe(2030);
    expect(r.summary.openFacilities).toBe(132);
  });
});
