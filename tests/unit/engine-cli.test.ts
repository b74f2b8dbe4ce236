/**
 * `npm run evaluate`: the real command once end to end (stdout is exactly one JSON document), the rest through
 * main() on the hand-made fixture bundle written to a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureBundle } from '../fixtures/engine/fixture';
import { loadRealBundle, REPO_ROOT } from '../fixtures/engine/helpers';
import { cliRunner } from '../fixtures/cli';

const dir = mkdtempSync(join(tmpdir(), 'engine-cli-'));
const bundles = join(dir, 'bundles');
mkdirSync(bundles, { recursive: true });
writeFileSync(join(bundles, 'fixture.json'), JSON.stringify(fixtureBundle()));
writeFileSync(join(bundles, 'broken.json'), JSON.stringify({ ...fixtureBundle(), schemaVersion: 9 }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const run = cliRunner('--bundles', bundles);

describe('npm run evaluate', () => {
  it('prints exactly one JSON document with the documented shape (real Achterhoek, spawned)', () => {
    loadRealBundle('achterhoek'); // fails with "run npm run geodata" when missing
    const res = spawnSync('npm', ['run', '--silent', 'evaluate', '--', '--region', 'achterhoek', '--json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const report = JSON.parse(res.stdout);
    expect(Object.keys(report)).toEqual([
      'schemaVersion',
      'region',
      'sector',
      'year',
      'parameters',
      'summary',
      'facilities',
      'demand',
      'flows',
      'municipalities'
    ]);
    expect(report).toMatchObject({
      schemaVersion: 1,
      region: 'achterhoek',
      sector: 'po',
      year: 2023,
      parameters: { detourFactor: 1, contextKm: 10 },
      summary: {
        openFacilities: 132,
        pupilsTotal: 20637,
        pupilsToContext: 0,
        belowNorm: 28,
        placesWithoutFacility: []
      }
    });
    expect(Object.keys(report.summary.distanceM)).toEqual(['mean', 'p50', 'p90', 'max']);
    expect(Object.keys(report.summary.shareWithin)).toEqual(['1000', '3000', '5000']);
    expect(report.facilities[0]).toHaveProperty('status');
    expect(report.demand[0].id).toMatch(/^CRS3035RES1000mN\d+E\d+$/);
    expect(report.municipalities[0].code).toMatch(/^GM\d{4}$/);
  });

  it('applies a scenario file and --detour', () => {
    const scenario = file('ok.json', {
      schemaVersion: 1,
      region: 'fixture',
      sector: 'po',
      parameters: { detourFactor: 1.1 },
      edits: [{ op: 'close', facility: 'A2' }]
    });
    const res = run('--region', 'fixture', '--scenario', scenario, '--detour', '1.3', '--json');
    expect(res.stderr).toBe('');
    const report = JSON.parse(res.stdout);
    expect(report.parameters.detourFactor).toBe(1.3);
    expect(report.flows).toEqual([{ from: 'A2', to: 'A1', pupils: 50 }]);
  });

  it('prints a Dutch table without --json', () => {
    const res = run('--region', 'fixture', '--scenario', file('t.json', [{ op: 'close', facility: 'A3' }]));
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Open scholen in de regio:      4');
    expect(res.stdout).toContain('Kernen zonder school: Aveen');
    expect(res.stdout).toMatch(/gemiddeld [\d.]+ m/);
    expect(res.stdout).toContain('Verplaatste leerlingen');
  });

  const bad: [string, string | unknown, RegExp][] = [
    ['not JSON', '{"edits": [', /^Fout: .*notjson\.json: not valid JSON/],
    [
      'wrong schema',
      { schemaVersion: 1, edits: [{ op: 'close' }] },
      /schema\.json: edits\[0\] \(close\): missing field "facility"/
    ],
    [
      'unknown facility',
      [
        { op: 'close', facility: 'A1' },
        { op: 'close', facility: 'NOPE' }
      ],
      /unknown\.json: edits\[1\] \(close\): unknown facility "NOPE"/
    ],
    [
      'another region',
      { schemaVersion: 1, region: 'achterhoek', edits: [] },
      /region\.json: region: the scenario is for "achterhoek"/
    ]
  ];
  const names = ['notjson', 'schema', 'unknown', 'region'];
  it.each(bad.map((b, i) => [...b, names[i]] as const))(
    'a bad scenario file (%s) exits 1 naming file and edit',
    (_n, content, message, name) => {
      const res = run('--region', 'fixture', '--scenario', file(`${name}.json`, content), '--json');
      expect(res.code).toBe(1);
      expect(res.stdout).toBe('');
      expect(res.stderr).toMatch(message);
      expect(res.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  );

  it('a missing scenario file exits 1', () => {
    const res = run('--region', 'fixture', '--scenario', join(dir, 'absent.json'));
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/absent\.json: cannot read \(ENOENT\)/);
  });

  it('an unknown region exits 2 listing the available ids', () => {
    const res = run('--region', 'atlantis');
    expect(res.code).toBe(2);
    expect(res.stderr).toBe('Fout: unknown region "atlantis"; available: broken, fixture\n');
  });

  it('a bundle of an unknown schema version exits 1 telling to rebuild', () => {
    const res = run('--region', 'broken');
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/broken\.json: schemaVersion: .*npm run geodata/);
  });

  it('bad arguments exit 2 with the usage', () => {
    for (const argv of [
      [],
      ['--region'],
      ['--region', 'fixture', '--sector', 'ijsbaan'], // so is a sector now (sectors-engine-cli.test.ts)
      ['--region', 'fixture', '--sector', 'sport'], // no open data and no --facilities
      ['--region', 'fixture', '--detour', '0.5'],
      ['--what']
    ]) {
      const res = run(...argv);
      expect(res.code, argv.join(' ')).toBe(2);
      expect(res.stderr).toContain('usage: npm run --silent evaluate');
    }
    expect(run('--help')).toMatchObject({ code: 0, stderr: '' });
  });
});
