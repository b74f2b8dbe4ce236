/**
 * Bad input gives a message that names the file, the place in it and what is wrong: source files for the build
 * (SourceError), bundles for the app (BundleError). Plus small hand-made fixtures for parsers, geometry and norms.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundles, REPO_ROOT } from '../../src/cli/lib/geodata-build';
import { parseCsv, SourceError } from '../../src/lib/engine/geodata/csv';
import { labelPoint, pointInMultiPolygon } from '../../src/lib/engine/geodata/geometry';
import { migrateBundle } from '../../src/lib/engine/geodata/migrate';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import { parseGrid, parsePc4Table, parseSchools, sectorOf } from '../../src/lib/engine/geodata/sources';
import { BundleError, validateBundle } from '../../src/lib/engine/geodata/validate';
import type { NormSet } from '../../src/lib/engine/geodata/schema';
import { normFor } from '../../src/lib/engine/norms';

const FIX = join(REPO_ROOT, 'tests/fixtures/geodata');
const fixture = (name: string) => readFileSync(join(FIX, name), 'utf8');

function caught(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('source errors', () => {
  it('truncated GeoJSON names the file and says invalid JSON', () => {
    const e = caught(() => parseSchools(fixture('schools_truncated_geojson.txt'), 'schools/scholen.geojson'));
    expect(e).toBeInstanceOf(SourceError);
    expect(e.message).toMatch(/^schools\/scholen\.geojson: invalid JSON \(truncated or corrupt file\?\)/);
  });

  it('CSV without a required column names the file and the column', () => {
    const e = caught(() => parsePc4Table(fixture('pc4_missing_column.csv'), 'pc4.csv'));
    expect(e).toBeInstanceOf(SourceError);
    expect(e.message).toBe('pc4.csv: required column "a_5_9" is missing');
  });

  it('non-numeric value names file, line and column', () => {
    const e = caught(() => parseGrid(fixture('grid_not_a_number.csv'), 'grid.csv'));
    expect(e.message).toBe('grid.csv, line 3, column "T": "12x" is not a number');
  });

  it('a truncated CSV row is reported with its line', () => {
    const text = fixture('grid_not_a_number.csv').replace('12x', '12').slice(0, -60);
    const e = caught(() => parseGrid(text, 'grid.csv'));
    expect(e.message).toMatch(/^grid\.csv, line 3: expected 44 fields like the header, found \d+/);
  });

  it('a school feature without vestigingscode names the field', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { naam: 'X' }, geometry: { type: 'Point', coordinates: [5, 52] } }
      ]
    });
    expect(caught(() => parseSchools(text, 's.geojson')).message).toBe(
      's.geojson, features[0].properties.vestigingscode: missing'
    );
  });

  it('the build stops on a missing source file with its path', () => {
    const empty = mkdtempSync(join(tmpdir(), 'geodata-empty-'));
    try {
      const e = caught(() => buildBundles({ sourceDir: empty, outDir: join(empty, 'out') }));
      expect(e).toBeInstanceOf(SourceError);
      expect(e.message).toMatch(/^opendata\/boundaries\/gemeente_2016_wgs84\.geojson: file not found/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('the CLI prints "Fout: ..." and exits 1 without a stack trace', () => {
    const empty = mkdtempSync(join(tmpdir(), 'geodata-cli-'));
    try {
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/geodata.ts', '--source', empty, '--out', join(empty, 'out')],
        { cwd: REPO_ROOT, encoding: 'utf8' }
      );
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toMatch(
        /^Fout: opendata\/boundaries\/gemeente_2016_wgs84\.geojson: file not found/
      );
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('parseCsv keeps quoted commas and strips a BOM', () => {
    const t = parseCsv('\ufeffa,b\n1,"x, y"\n', 'q.csv', ['a', 'b']);
    expect(t.rows).toEqual([['1', 'x, y']]);
  });
});

describe('bundle errors', () => {
  it('the frozen v1 fixture loads (migrated to v2: tracks 0 for its po schools), without changing the input', () => {
    const raw = JSON.parse(fixture('bundle_v1_tiny.json'));
    const copy = structuredClone(raw);
    const b = validateBundle(migrateBundle(raw, 'tiny.json'), 'tiny.json');
    expect(b.schemaVersion).toBe(2);
    expect(b.facilities).toHaveLength(3);
    expect(b.facilities.map((f) => f.tracks)).toEqual([0, 0, 0]);
    expect(raw).toEqual(copy);
    // Unmigrated, the validator names the version it wants.
    expect(caught(() => validateBundle(raw, 'tiny.json')).message).toMatch(
      /schemaVersion 1 is not supported \(expected 2\)/
    );
  });

  it('a v1 bundle migrates its VO types to the same track bitmask the build writes', () => {
    const raw = JSON.parse(fixture('bundle_v1_tiny.json'));
    raw.facilities[0] = { ...raw.facilities[0], sector: 'vo', type: 'VBO/MAVO/HAVO/VWO' };
    raw.facilities[1] = { ...raw.facilities[1], sector: 'vo', type: 'PRO' };
    raw.facilities[2] = { ...raw.facilities[2], sector: 'vo', type: 'BRUGJAAR' };
    const b = validateBundle(migrateBundle(raw, 'tiny.json'), 'tiny.json');
    expect(b.facilities.map((f) => f.tracks)).toEqual([2 | 4 | 8 | 16, 1, 32]);
    raw.facilities[1].type = 'PRO/GYMNASIUM';
    expect(caught(() => validateBundle(migrateBundle(raw, 't.json'), 't.json')).message).toBe(
      't.json: facilities[1].tracks: expected a track bitmask (integer 0-63), got nothing (field missing)'
    );
  });

  it('an unknown schemaVersion (99) is rejected clearly by migrate and validate', () => {
    const raw = JSON.parse(fixture('bundle_v99.json'));
    for (const fn of [() => migrateBundle(raw, 'v99.json'), () => validateBundle(raw, 'v99.json')]) {
      const e = caught(fn);
      expect(e).toBeInstanceOf(BundleError);
      expect(e.message).toMatch(
        /^v99\.json: schemaVersion: schemaVersion 99 is not supported \(expected 2\)/
      );
    }
  });

  it('a missing field names the file and the field path', () => {
    const e = caught(() =>
      validateBundle(migrateBundle(JSON.parse(fixture('bundle_missing_lon.json')), 'tiny.json'), 'tiny.json')
    );
    expect(e).toBeInstanceOf(BundleError);
    expect(e.message).toBe(
      'tiny.json: facilities[1].lon: expected a finite number, got nothing (field missing)'
    );
    expect((e as BundleError).path).toBe('facilities[1].lon');
  });

  it('other shape errors: not an object, missing schemaVersion, wrong type, duplicate id', () => {
    expect(caught(() => validateBundle('x', 'a.json')).message).toMatch(
      /^a\.json: expected a region bundle object/
    );
    expect(caught(() => validateBundle({}, 'a.json')).message).toBe(
      'a.json: schemaVersion: missing (is this a region bundle?)'
    );
    const raw = validateBundle(migrateBundle(JSON.parse(fixture('bundle_v1_tiny.json')), 'a.json'), 'a.json');
    (raw.demand[0] as unknown as Record<string, unknown>).T = '135';
    expect(caught(() => validateBundle(raw, 'a.json')).message).toBe(
      'a.json: demand[0].T: expected a finite number, got "135"'
    );
    const dup = migrateBundle(JSON.parse(fixture('bundle_v1_tiny.json')), 'a.json') as RegionBundle;
    dup.facilities[1].id = dup.facilities[0].id;
    expect(caught(() => validateBundle(dup, 'a.json')).message).toBe(
      'a.json: facilities[1].id: duplicate facility id "99ZZ00"'
    );
  });
});

describe('small pure helpers', () => {
  it('sectorOf maps DUO types', () => {
    expect(['basisschool', 'SBAO', 'SO', 'VSO', '(V)SO', 'VBO/MAVO', 'PRO'].map(sectorOf)).toEqual([
      'po',
      'so',
      'so',
      'so',
      'so',
      'vo',
      'vo'
    ]);
  });

  it('point in polygon respects holes; label point of a U shape lies inside', () => {
    const donut = [
      [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0]
        ],
        [
          [1, 1],
          [3, 1],
          [3, 3],
          [1, 3],
          [1, 1]
        ]
      ]
    ];
    expect(pointInMultiPolygon(0.5, 0.5, donut)).toBe(true);
    expect(pointInMultiPolygon(2, 2, donut)).toBe(false);
    const u = [
      [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0]
        ]
      ]
    ];
    const [x, y] = labelPoint(u);
    expect(pointInMultiPolygon(x, y, u)).toBe(true);
  });

  it('normFor: sub-area by place, else municipal, null for other sectors and unknown norms', () => {
    const norms: NormSet = {
      year: 2016,
      municipal: [
        { code: 'GM0001', name: 'A', norm: 80, foundingNorm: 200, source: 't' },
        { code: 'GM0002', name: 'B', norm: null, foundingNorm: null, source: 't' }
      ],
      subAreas: [{ municipality: 'GM0001', area: 'Dorp', norm: 40, places: ["'s-Dorp"] }]
    };
    const f = (municipality: string | null, place: string, sector: 'po' | 'vo' = 'po') => ({
      sector,
      municipality,
      place
    });
    expect(normFor(f('GM0001', "'S-DORP "), norms)).toEqual({ norm: 40, source: 'deelgebied', area: 'Dorp' });
    expect(normFor(f('GM0001', 'Stad'), norms)).toEqual({ norm: 80, source: 'gemeente' });
    expect(normFor(f('GM0002', 'Stad'), norms)).toBeNull();
    expect(normFor(f('GM0001', 'Stad', 'vo'), norms)).toBeNull();
    expect(normFor(f(null, 'Stad'), norms)).toBeNull();
  });
});
