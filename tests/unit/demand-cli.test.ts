/**
 * `npm run evaluate -- --demand FILE`: a population table replaces the CBS demand estimate; a broken file stops
 * the run (exit 1) with the import's Dutch problems, row and column; without --demand nothing changes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/engine/index';
import { loadRealBundle, REPO_ROOT } from '../fixtures/engine/helpers';
import { cliRunner } from '../fixtures/cli';

const FIXTURES = resolve(REPO_ROOT, 'tests/fixtures/import');
const PC4 = join(FIXTURES, 'demand-pc4-ages.csv');
const POINTS = join(FIXTURES, 'demand-points.csv');
const BROKEN = join(FIXTURES, 'demand-pc4-broken.csv');
const dir = mkdtempSync(join(tmpdir(), 'demand-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = cliRunner('--region', 'achterhoek');

describe('npm run evaluate --demand', () => {
  it('a PC4 table: exit 0, the JSON says demand source import, one unit per row', () => {
    loadRealBundle('achterhoek');
    const r = run('--demand', PC4, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.demandSource).toBe('import');
    expect(report.demand.map((d: { id: string }) => d.id)).toEqual(['7101', '7102', '7141', '7001', '7122']);
    // po from the bands: 0.2 * 500 + 460 + 0.4 * 615.
    expect(report.demand[0].weight).toBeCloseTo(806, 9);
    expect(r.stderr).toContain(`${PC4}: 5 eenheden per postcodegebied (PC4) ingelezen, 37.900 inwoners`);
  });

  it('a point table, also with --year and as a table', () => {
    const r = run('--demand', POINTS, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.demandSource).toBe('import');
    expect(report.demand).toHaveLength(5);
    expect(r.stderr).toContain('5 eenheden per punt ingelezen, 21.400 inwoners');
    const year = run('--demand', POINTS, '--year', '2030', '--json');
    expect(year.code).toBe(0);
    expect(JSON.parse(year.stdout).demandSource).toBe('import');
    const table = run('--demand', POINTS);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[1]).toContain('vraag uit een bestand (5 eenheden)');
  });

  it('a broken file: exit 1, the problem with row and column on stderr, nothing evaluated', () => {
    const r = run('--demand', BROKEN, '--json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Fout: ${BROKEN}: 1 fout; er is niets ingelezen`);
    expect(r.stderr).toContain(`Fout: ${BROKEN}: Rij 3, kolom 'inwoners': 'ca. 9400' is geen getal.`);

    const missing = run('--demand', join(dir, 'er-niet.csv'), '--json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/er-niet\.csv: cannot read \(ENOENT\)/);

    const empty = join(dir, 'leeg.csv');
    writeFileSync(empty, 'postcode;inwoners\n');
    const e = run('--demand', empty, '--json');
    expect(e.code).toBe(1);
    expect(e.stdout).toBe('');

    expect(run('--demand').code).toBe(2);
  });

  it('without --demand the output is what it always was', () => {
    const bundle = loadRealBundle('achterhoek');
    const r = run('--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // The command's default rule is the choice model.
    const expected = evaluate(bundle, { sector: 'po', edits: [], parameters: { allocation: 'choice' } });
    expect(r.stdout).toBe(JSON.stringify(expected) + '\n');
    expect(JSON.parse(r.stdout)).not.toHaveProperty('demandSource');
    expect(run().stdout.split('\n')[1]).toContain('vraag CBS 2021 (1 km-raster)');
  });
});
