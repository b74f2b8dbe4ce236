/**
 * VO tracks and saved files (issue 18): scenario files saved before the change still open and give exactly the
 * same PO results (sha256 of the JSON made by the code before it); a VO file of version 3 opens and its merge
 * keeps its old meaning (all pupils to the target, which then offers PrO); the new edit fields are read, checked
 * and round-trip; `evaluate --track` on the real bundles, and its usage errors (exit 2, one Dutch line).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioData, ScenarioFileError } from '../../src/lib/engine/index';
import { parseScenarioImport } from '../../src/lib/export/scenario-files';
import { REPO_ROOT } from '../fixtures/engine/helpers';
import { runCli } from '../fixtures/cli';

const DIR = resolve(REPO_ROOT, 'tests/fixtures/vo-tracks');
const golden = JSON.parse(readFileSync(join(DIR, 'po-golden.sha256.json'), 'utf8'));
const sha = (t: string) => createHash('sha256').update(t).digest('hex');

describe('scenario files saved before VO tracks', () => {
  it('PO files of version 2 and 3 give byte-identical reports (also --year 2030)', () => {
    for (const [name, extra] of [
      ['po-v3-achterhoek.json', []],
      ['po-v3-achterhoek.json', ['--year', '2030']],
      ['po-v2-achterhoek.json', []]
    ] as [string, string[]][]) {
      const r = runCli(['--region', 'achterhoek', '--scenario', join(DIR, name), '--json', ...extra]);
      expect(r.code).toBe(0);
      expect(sha(r.stdout), name + ' ' + extra.join(' ')).toBe(golden[[name, ...extra].join(' ')]);
    }
  });

  it('a VO file of version 3 opens; its merge moves every pupil to the target, which then offers the track', () => {
    const r = runCli([
      '--region',
      'oost-groningen',
      '--scenario',
      join(DIR, 'vo-v3-oost-groningen.json'),
      '--json'
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.flows).toEqual([{ from: '19UR00', to: '20CM10', pupils: 145, byTrack: { pro: 145 } }]);
    const target = doc.facilities.find((f: { id: string }) => f.id === '20CM10');
    expect(target.tracks).toEqual(['pro', 'vbo', 'mavo']);
    expect(target.pupilsByTrack.pro).toBe(145);
  });
});

describe('the new edit fields in scenario files', () => {
  const file = (edits: unknown[]) => ({ schemaVersion: 3, region: 'oost-groningen', sector: 'vo', edits });

  it('missingTracks and tracks are read and kept', () => {
    const edits = [
      { op: 'merge', facility: 'A', into: 'B', missingTracks: 'elsewhere' },
      { op: 'open', id: 'n', name: 'Nieuw', lon: 6.9, lat: 53.1, tracks: ['havo', 'vwo'] }
    ];
    expect(parseScenarioData(file(edits)).edits).toEqual(edits);
  });

  it('bad values name the edit and the field, in Dutch through the file reader', () => {
    const bad = (edit: unknown) => () => parseScenarioData(file([edit]));
    expect(bad({ op: 'merge', facility: 'A', into: 'B', missingTracks: 'ergens' })).toThrow(
      ScenarioFileError
    );
    expect(bad({ op: 'open', id: 'n', name: 'x', lon: 6, lat: 53, tracks: ['gymnasium'] })).toThrow(
      /edits\[0\] \(open\): "tracks" must be a non-empty list of distinct tracks/
    );
    expect(bad({ op: 'open', id: 'n', name: 'x', lon: 6, lat: 53, tracks: [] })).toThrow(/"tracks"/);
    const text = JSON.stringify(file([{ op: 'merge', facility: 'A', into: 'B', missingTracks: 'ergens' }]));
    expect(() => parseScenarioImport(text, 'scenario.json')).toThrow(
      /"missingTracks" moet "move" of "elsewhere" zijn/
    );
  });
});

describe('npm run evaluate --track', () => {
  it('prints the distance to the nearest havo per municipality, estimated children labelled', () => {
    const r = runCli(['--region', 'oost-groningen', '--sector', 'vo', '--track', 'havo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Afstand tot de dichtstbijzijnde open locatie met havo');
    expect(r.stdout).toMatch(/Kinderen \(geschat\)/);
    expect(r.stdout).toMatch(/\nOldambt +\d+ +[\d.]+ +\d+,\d km +\d+,\d km +\d+% +\d+% +\d+%\n/);
    expect(r.stdout).toMatch(/\nRegio +10 /);
  });

  it('--json keeps the report and adds "track"; every VO report has "tracks" per municipality', () => {
    const plain = JSON.parse(runCli(['--region', 'achterhoek', '--sector', 'vo', '--json']).stdout);
    const doc = JSON.parse(
      runCli(['--region', 'achterhoek', '--sector', 'vo', '--json', '--track', 'vwo']).stdout
    );
    expect(doc.track).toBe('vwo');
    delete doc.track;
    expect(doc).toEqual(plain);
    expect(Object.keys(plain.tracks.region)).toEqual(['pro', 'vmbo', 'havo', 'vwo']);
    expect(plain.tracks.estimated).toBe(true);
    expect(plain.tracks.source.url).toMatch(/^https:\/\/www\.ocwincijfers\.nl\//);
    expect(plain.tracks.municipalities).toHaveLength(8);
    const vwo = plain.tracks.region.vwo;
    expect(Object.keys(vwo.shareWithin)).toEqual(['5000', '10000', '15000']);
    expect(vwo.p90M).toBeGreaterThanOrEqual(vwo.meanM * 0.5);
    // The nearest havo is never nearer than the nearest VO location of any kind.
    expect(plain.tracks.region.havo.meanM).toBeGreaterThanOrEqual(plain.summary.distanceM.mean);
  });

  it('a bad track, another sector or --year exit 2 with one Dutch line', () => {
    const cases: [string[], RegExp][] = [
      [
        ['--sector', 'vo', '--track', 'gymnasium'],
        /^Fout: --track moet een van pro, vmbo, havo, vwo zijn, niet "gymnasium"\n/
      ],
      [
        ['--sector', 'po', '--track', 'havo'],
        /^Fout: --track geldt alleen voor --sector vo \(niet voor po\)\n/
      ],
      [
        ['--sector', 'vo', '--track', 'havo', '--year', '2030'],
        /^Fout: --track gaat \(nog\) niet samen met --year\n/
      ],
      [['--sector', 'vo', '--track'], /^Fout: --track needs a value\n/]
    ];
    for (const [argv, message] of cases) {
      const r = runCli(['--region', 'oost-groningen', ...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });
});

describe('the map track in the link', () => {
  it('afstand=havo round-trips for vo, is left out for po, and an unknown track is a Dutch message', async () => {
    const { encodeUrlState, decodeUrlState, UrlStateError } = await import('../../src/lib/state/url');
    const { DEFAULT_PARAMETERS } = await import('../../src/lib/state/store');
    const base = { parameters: { ...DEFAULT_PARAMETERS }, edits: [] };
    const vo = encodeUrlState({ ...base, sector: 'vo', track: 'havo' });
    expect(vo.get('afstand')).toBe('havo');
    expect(decodeUrlState(vo).track).toBe('havo');
    expect(encodeUrlState({ ...base, sector: 'po', track: 'havo' }).has('afstand')).toBe(false);
    expect(() => decodeUrlState(new URLSearchParams('sector=vo&afstand=gymnasium'))).toThrow(UrlStateError);
    expect(() => decodeUrlState(new URLSearchParams('sector=vo&afstand=gymnasium'))).toThrow(
      /Onbekende schoolsoort 'gymnasium' in de link \(parameter 'afstand': pro, vmbo, havo, vwo\)/
    );
  });
});
