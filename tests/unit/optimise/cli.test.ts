/**
 * `npm run optimise`: the real command end to end (stdout is exactly one JSON document whose scenario `evaluate
 * --scenario` accepts, with the same summary), the rest through main(): bad input exits 2 with one Dutch line and
 * no stack trace, --help documents every flag.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, OPTIMISE_USAGE } from '../../../src/cli/optimise';
import { parseOptimiseArgs } from '../../../src/cli/lib/optimise-args';
import { runCli } from '../../fixtures/cli';
import { loadRealBundle, REPO_ROOT } from '../../fixtures/engine/helpers';

const dir = mkdtempSync(join(tmpdir(), 'optimise-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** The summary `evaluate --scenario FILE [--year Y] --json` prints for a document's scenario. */
function evaluateSummary(doc: { scenario: unknown }, name: string, ...extra: string[]) {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(doc.scenario));
  const res = runCli(['--region', 'achterhoek', '--scenario', file, '--json', ...extra]);
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  return JSON.parse(res.stdout).summary;
}

describe('npm run optimise', () => {
  it('prints exactly one JSON document; evaluate --scenario accepts its scenario and prints its summary (spawned)', () => {
    loadRealBundle('achterhoek');
    const res = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'optimise',
        '--',
        '--region',
        'achterhoek',
        '--objective',
        'fewest',
        '--max-distance',
        '3',
        '--json'
      ],
      { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
    );
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const doc = JSON.parse(res.stdout);
    expect(Object.keys(doc)).toEqual([
      'scenario',
      'summary',
      'objective',
      'constraints',
      'feasible',
      'unreachable',
      'relaxations'
    ]);
    expect(doc.relaxations).toEqual([]);
    expect(doc.scenario).toMatchObject({ schemaVersion: 3, region: 'achterhoek', sector: 'po' });
    expect(doc.scenario.parameters.allocation).toBe('choice');
    expect(doc.objective).toMatchObject({ unit: 'locaties', method: 'exact', optimal: true, gap: 0 });
    expect(doc.objective.value).toBe(doc.summary.openFacilities);
    expect(doc.objective.lowerBound).toBe(doc.objective.value);
    expect(doc.feasible).toBe(true);
    expect(doc.constraints).toEqual([
      { id: 'max-distance', met: true, detail: expect.stringContaining('3,0 km') }
    ]);
    expect(doc.unreachable).toMatchObject({
      distanceKm: 3,
      cells: expect.any(Number),
      children: expect.any(Number)
    });
    expect(doc.unreachable.ids).toHaveLength(doc.unreachable.cells);
    expect(doc.scenario.edits.every((e: { op: string }) => e.op === 'close')).toBe(true);
    expect(evaluateSummary(doc, 'fewest.json')).toEqual(doc.summary);
  });

  it('with a year and minimum pupils: merges, and the summary of evaluate --year', async () => {
    const res = await run(
      '--region',
      'achterhoek',
      '--objective',
      'median',
      '--keep',
      '70',
      '--min-pupils',
      'norm',
      '--year',
      '2030',
      '--json'
    );
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const doc = JSON.parse(res.stdout);
    expect(doc.feasible).toBe(true);
    expect(doc.constraints.map((c: { id: string }) => c.id)).toEqual(['keep', 'min-pupils']);
    expect(doc.scenario.edits.every((e: { op: string }) => e.op === 'merge')).toBe(true);
    expect(evaluateSummary(doc, 'year.json', '--year', '2030')).toEqual(doc.summary);
  });

  it('--allocation nearest: the rule is in the scenario, evaluate agrees, and the pupils differ from choice', async () => {
    const argv = ['--region', 'achterhoek', '--objective', 'median', '--keep', '90', '--json'];
    const nearest = JSON.parse((await run(...argv, '--allocation', 'nearest')).stdout);
    const choice = JSON.parse((await run(...argv)).stdout);
    expect(nearest.scenario.parameters.allocation).toBe('nearest');
    expect(choice.scenario.parameters.allocation).toBe('choice');
    // Distances go to the nearest open school under both rules: the same open set, the same mean distance.
    expect(nearest.scenario.edits).toEqual(choice.scenario.edits);
    expect(nearest.summary.meanDistanceKm).toBe(choice.summary.meanDistanceKm);
    // Where the closed schools' pupils go is the rule's: the schools below the norm differ.
    expect(nearest.summary).not.toEqual(choice.summary);
    expect(evaluateSummary(nearest, 'nearest.json')).toEqual(nearest.summary);
    const bad = await run(
      '--region',
      'achterhoek',
      '--objective',
      'median',
      '--keep',
      '90',
      '--allocation',
      'far'
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('Fout: --allocation moet nearest of choice zijn, niet "far".\n');
  });

  it('infeasible criteria: feasible false, the breaking criterion, and relaxations that work', async () => {
    const res = await run(
      '--region',
      'achterhoek',
      '--objective',
      'median',
      '--keep',
      '40',
      '--max-distance',
      '3',
      '--json'
    );
    expect(res.code).toBe(0);
    const doc = JSON.parse(res.stdout);
    expect(doc.feasible).toBe(false);
    expect(doc.constraints.find((c: { id: string }) => c.id === 'max-distance')).toMatchObject({
      met: false
    });
    expect(doc.relaxations.length).toBeGreaterThan(0);
    for (const r of doc.relaxations) {
      expect(r.message).toMatch(/^Met .+ kan het wel\.$/);
      const again = await run(
        '--region',
        'achterhoek',
        '--objective',
        'median',
        '--keep',
        String(r.criteria.keep),
        '--max-distance',
        String(r.criteria.maxDistanceKm),
        '--json'
      );
      expect(JSON.parse(again.stdout).feasible, r.message).toBe(true);
    }
  });

  it('--heuristic: the fast answer with its Lagrangian bound, as a readable Dutch text without --json', async () => {
    const res = await run('--region', 'achterhoek', '--objective', 'median', '--keep', '100', '--heuristic');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^Voorstel uit criteria: Achterhoek\n/);
    expect(res.stdout).toMatch(
      /Doel: 0,\d{3} km gemiddeld \(ondergrens 0,\d{3} km gemiddeld, verschil \d+,\d\d %; snelle benadering/
    );
    expect(res.stdout).toContain('Ingrepen (32):');
    expect(res.stdout).toMatch(/ {2}sluiten: .+ \(\w{6}\)/);
  });

  it('bad input exits 2 with one Dutch line and no stack trace', async () => {
    const context = loadRealBundle('achterhoek').facilities.find((f) => f.sector === 'po' && f.context)!.id;
    const cases: [string[], RegExp][] = [
      [
        ['--objective', 'median', '--keep', '200'],
        /^Fout: 200 locaties houden kan niet: de regio heeft 132 scholen\.$/
      ],
      [
        ['--objective', 'fewest', '--max-distance', '-3'],
        /^Fout: De afstand moet een getal groter dan 0 km zijn/
      ],
      [
        ['--objective', 'median', '--keep', '20', '--lock-open', 'XXXX99'],
        /^Fout: Onbekende school "XXXX99" bij vast open/
      ],
      [
        ['--objective', 'median', '--keep', '20', '--lock-open', '05BR00', '--lock-closed', '05BR00'],
        /staat zowel bij vast open als bij vast dicht/
      ],
      [['--objective', 'median', '--keep', '20', '--lock-closed', context], /ligt buiten de regio/],
      [['--objective', 'median'], /vraagt hoeveel locaties er open blijven/],
      [['--objective', 'snelste', '--keep', '3'], /^Fout: Onbekend doel "snelste"/],
      [['--keep', '3'], /^Fout: Geef een doel met --objective/],
      [['--objective', 'median', '--keep', 'tien'], /^Fout: --keep vraagt een getal, niet "tien"\.$/],
      [['--objective', 'median', '--keep', '20', '--year', '2050'], /van 2023 tot en met 2035/],
      [['--objective', 'fewest', '--denomination', 'Katholiek'], /--denomination vraagt richting en afstand/],
      [['--objective', 'fewest', '--denomination', 'Vrijzinnig:5'], /Geen scholen met richting "Vrijzinnig"/],
      [['--objective', 'fewest', '--max-distance', '3', '--share', '2'], /Het aandeel moet groter dan 0/],
      [['--objective', 'median', '--keep', '20', '--birth-trend', '-0.01'], /--birth-trend hoort bij --year/],
      [['--objective', 'median', '--keep', '20', '--sector', 'sport'], /--sector moet po, vo of so zijn/],
      [
        ['--objective', 'median', '--keep', '20', '--kep', '3'],
        /^Fout: Onbekende optie "--kep"; zie --help\.$/
      ]
    ];
    for (const [argv, message] of cases) {
      const res = await run('--region', 'achterhoek', ...argv);
      expect(res.code, argv.join(' ')).toBe(2);
      expect(res.stdout).toBe('');
      const lines = res.stderr.trimEnd().split('\n');
      expect(lines, argv.join(' ')).toHaveLength(1);
      expect(lines[0], argv.join(' ')).toMatch(message);
      expect(lines[0]).toMatch(/^Fout: /);
      expect(res.stderr).not.toMatch(/\s+at |Error:/);
    }
    const unknown = await run('--region', 'nergens', '--objective', 'median', '--keep', '2');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Fout: Onbekende regio "nergens"; beschikbaar: .*achterhoek/);
  });

  it('--help documents every flag the command accepts', async () => {
    const flags = [...OPTIMISE_USAGE.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]);
    expect(flags).toEqual([
      '--region',
      '--sector',
      '--objective',
      '--keep',
      '--max-distance',
      '--share',
      '--min-pupils',
      '--year',
      '--birth-trend',
      '--migration',
      '--lock-open',
      '--lock-closed',
      '--place-min-children',
      '--denomination',
      '--detour',
      '--allocation',
      '--time-limit',
      '--heuristic',
      '--bundles',
      '--json',
      '--help'
    ]);
    const value: Record<string, string[]> = {
      '--sector': ['vo'],
      '--objective': ['fewest'],
      '--birth-trend': ['-0.01'],
      '--migration': ['0.01'],
      '--denomination': ['Openbaar:5'],
      '--min-pupils': ['norm'],
      '--year': ['2030'],
      '--allocation': ['nearest']
    };
    for (const flag of flags) {
      const takes = !['--heuristic', '--json', '--help'].includes(flag);
      const argv = [
        '--region',
        'x',
        '--objective',
        'median',
        '--year',
        '2030',
        flag,
        ...(takes ? (value[flag] ?? ['1']) : [])
      ];
      expect(() => parseOptimiseArgs(argv), flag).not.toThrow();
    }
    const res = await run('--help');
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(OPTIMISE_USAGE + '\n');
  });
});
