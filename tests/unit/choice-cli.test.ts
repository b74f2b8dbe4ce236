/**
 * The command line of the school-choice model: `evaluate --allocation` and `modelledPupils`, `npm run validate`
 * (its table, JSON and usage errors), and the model page's view helpers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main as validate } from '../../src/cli/validate';
import { renderEvidence } from '../../src/cli/lib/validate-output';
import { CALIBRATION } from '../../src/lib/engine/choice/calibration-table';
import { modelEvidence } from '../../src/lib/engine/index';
import { fitRows, parameterLines, scatter } from '../../src/lib/components/model/model-view';
import { cliRunner } from '../fixtures/cli';
import { loadRealBundle } from '../fixtures/engine/helpers';

const run = cliRunner('--region', 'achterhoek');
const dir = mkdtempSync(join(tmpdir(), 'choice-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let serial = 0;
function writeTemp(text: string): string {
  const path = join(dir, `s${serial++}.json`);
  writeFileSync(path, text);
  return path;
}
const json = (...argv: string[]) => {
  const r = run(...argv, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

function runValidate(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = validate(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('evaluate --allocation', () => {
  it('the choice model is the default; every school has modelledPupils beside pupils', () => {
    const r = json();
    expect(r.parameters.allocation).toBe('choice');
    expect(r.summary.modelledMeanDistanceM).toBeGreaterThan(r.summary.distanceM.mean);
    const region = r.facilities.filter((f: { context: boolean }) => !f.context);
    for (const f of r.facilities) expect(typeof f.modelledPupils).toBe('number');
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    // The region's modelled total equals its DUO total (the scale), school by school it differs.
    expect(sum(region.map((f: { modelledPupils: number }) => f.modelledPupils))).toBeCloseTo(20637, 6);
    expect(Object.keys(r.facilities[0]).indexOf('modelledPupils')).toBe(
      Object.keys(r.facilities[0]).indexOf('pupils') + 1
    );
  });

  it('close under both rules: several flows by the model, one by the nearest rule, the same reachability', () => {
    const file = JSON.stringify([{ op: 'close', facility: '11TN00' }]);
    const choice = json('--allocation', 'choice', '--scenario', writeTemp(file));
    const nearest = json('--allocation', 'nearest', '--scenario', writeTemp(file));
    expect(choice.flows.length).toBeGreaterThan(1);
    expect(nearest.flows).toEqual([{ from: '11TN00', to: '05RB00', pupils: 24 }]);
    expect(choice.summary.distanceM).toEqual(nearest.summary.distanceM);
    expect(nearest.summary.modelledMeanDistanceM).toBeNull();
    // A bare edit array is a version-0 file: without the flag it keeps the nearest rule.
    expect(json('--scenario', writeTemp(file)).flows).toEqual(nearest.flows);
  });

  it('a bad value is a usage error (exit 2, one Dutch line with the usage)', () => {
    const r = run('--allocation', 'willekeurig');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Fout: --allocation must be nearest or choice, got "willekeurig"/);
  });
});

describe('npm run validate', () => {
  it('prints the fit of both rules per region and sector, and JSON', () => {
    const j = runValidate('--region', 'achterhoek', '--sector', 'po', '--json');
    expect(j.code).toBe(0);
    const [entry] = JSON.parse(j.stdout);
    // The table (without --json) prints the same entries.
    const table = renderEvidence([entry]);
    expect(table).toMatch(/regio +sector +scholen +dichtstbij R²/);
    expect(table).toMatch(/achterhoek +po +132 +-0,47/);
    expect(table).toContain('Hold-out');
    const committed = CALIBRATION.find((c) => c.region === 'achterhoek' && c.sector === 'po')!;
    expect(entry.beta).toBeCloseTo(committed.beta, 4);
    expect(entry.national.r2).toBeCloseTo(committed.national!.r2, 3);
    expect(entry.fit.r2).toBeGreaterThan(entry.nearest.r2);
  });

  it('usage errors exit 2 with a Dutch line', () => {
    expect(runValidate('--sector', 'so')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^Fout: --sector moet po of vo/)
    });
    expect(runValidate('--region', 'atlantis')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^Fout: onbekende regio "atlantis"/)
    });
    expect(runValidate('--write', '--region', 'achterhoek').stderr).toMatch(
      /--write herschrijft de hele tabel/
    );
  });
});

describe('the model page', () => {
  const ev = modelEvidence(loadRealBundle('achterhoek'), 'po', CALIBRATION)!;

  it('evidence: every counted region school, the national parameters, better than the nearest rule', () => {
    expect(ev.points).toHaveLength(132);
    expect(ev.calibratedOn).toBe('nederland');
    expect(ev.fit.r2).toBeGreaterThan(ev.nearest.r2);
    expect(ev.entry?.region).toBe('achterhoek');
  });

  it('scatter: both axes share one scale; a school on the diagonal sits on it', () => {
    const s = scatter(ev.points, 300, true);
    expect(s.max).toBeGreaterThanOrEqual(Math.max(...ev.points.map((p) => Math.max(p.pupils, p.modelled))));
    expect(s.dots).toHaveLength(132);
    const d = scatter([{ ...ev.points[0], pupils: 100, modelled: 100, nearest: 50 }], 300, true).dots[0];
    expect(d.x).toBeCloseTo(300 - d.y, 9);
    expect(d.title).toMatch(/DUO 100, gemodelleerd 100/);
  });

  it('fit and parameters in Dutch', () => {
    expect(fitRows(ev.fit, ev.nearest)[0].nearest).toBe(
      new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        ev.nearest.r2
      )
    );
    const lines = parameterLines(ev);
    expect(lines[0]).toMatch(/elke kilometer verder maakt de kans .* keer zo groot/);
    expect(lines).toHaveLength(4);
  });
});
