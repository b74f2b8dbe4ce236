/**
 * The full build: all 20 Actieplan regions plus `nederland`, the manifest and the --if-stale check.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundles, staleReason, type BuildBundlesResult } from '../../src/cli/lib/geodata-build';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import { validateBundle } from '../../src/lib/engine/geodata/validate';
import { decodeBundleBinary } from '../../src/lib/engine/geodata/binary';

const REGIONS = [
  'achterhoek',
  'de-marne',
  'eemsdelta',
  'maastricht-mergelland',
  'noordoost-fryslan',
  'oost-groningen',
  'parkstad',
  'westelijke-mijnstreek',
  'zeeuws-vlaanderen',
  'friese-waddeneilanden',
  'hoeksche-waard',
  'kop-van-noord-holland',
  'krimpenerwaard',
  'midden-limburg',
  'noord-limburg',
  'noordwest-fryslan',
  'oost-drenthe',
  'schouwen-duiveland',
  'walcheren',
  'zuidoost-fryslan'
];

let tmp: string;
let outDir: string;
let res: BuildBundlesResult;
const bundles = new Map<string, RegionBundle>();

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'geodata-all-'));
  outDir = join(tmp, 'bundles');
  res = buildBundles({ outDir });
  for (const id of [...REGIONS, 'nederland']) {
    const file = join(outDir, `${id}.json`);
    bundles.set(id, validateBundle(JSON.parse(readFileSync(file, 'utf8')), file));
  }
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('all bundles', () => {
  it('builds the 20 Actieplan regions plus nederland, each with facilities and demand units', () => {
    expect(res.built).toEqual([...REGIONS, 'nederland']);
    for (const id of REGIONS) {
      const b = bundles.get(id)!;
      expect(b.meta.id).toBe(id);
      expect(b.facilities.filter((f) => !f.context && f.sector === 'po').length, id).toBeGreaterThan(0);
      expect(b.demand.length, id).toBeGreaterThan(0);
      expect(b.postcodes.length, id).toBeGreaterThan(0);
      expect(b.municipalities.length, id).toBe(b.meta.municipalities.length);
    }
    expect(bundles.get('krimpenerwaard')!.meta.active).toBe(false);
    expect(bundles.get('noord-limburg')!.meta.active).toBe(false);
    expect(bundles.get('achterhoek')!.meta.active).toBe(true);
  });

  it('nederland has all 390 municipalities, every unique school and no context facilities', () => {
    const nl = bundles.get('nederland')!;
    expect(nl.meta).toMatchObject({ type: 'land', province: null });
    expect(nl.municipalities).toHaveLength(390);
    expect(nl.facilities.some((f) => f.context)).toBe(false);
    // 8 717 features, 8 622 unique vestigingscodes (6 182 basisschool features = 6 115 unique).
    expect(nl.facilities).toHaveLength(8622);
    expect(nl.facilities.filter((f) => f.type === 'basisschool')).toHaveLength(6115);
    expect(nl.facilities.filter((f) => f.pupils === null)).toHaveLength(271);
    // Every school is placed: inside a polygon or within 3.5 km of one (Marken is 2.9 km from Waterland).
    expect(nl.facilities.filter((f) => f.municipality === null)).toHaveLength(0);
    expect(res.stats.schoolsNearest.length).toBe(23);
    // All 4 067 located PC4 areas, 17 472 870 inhabitants; 6 representative points lie just outside the generalised
    // polygons and go to the nearest one (the same municipality as CBS's own PC4 table says).
    expect(nl.postcodes).toHaveLength(4067);
    expect(nl.postcodes.reduce((a, p) => a + p.total, 0)).toBe(17472870);
    expect(Object.fromEntries(res.stats.pc4Nearest.map((p) => [p.id, p.municipality]))).toEqual({
      '1086': 'GM0363',
      '1087': 'GM0363',
      '1156': 'GM0852',
      '1779': 'GM1911',
      '4311': 'GM1676',
      '8242': 'GM0995'
    });
    expect(bundles.get('schouwen-duiveland')!.postcodes.map((p) => p.id)).toContain('4311');
    expect(nl.norms.municipal).toHaveLength(390);
    expect(nl.demand).toHaveLength(29654);
  });

  it('a region contains exactly the national records of its municipalities', () => {
    const nl = bundles.get('nederland')!;
    for (const id of REGIONS) {
      const b = bundles.get(id)!;
      const codes = new Set(b.meta.municipalities.map((m) => m.code));
      expect(b.demand.length, id).toBe(nl.demand.filter((d) => codes.has(d.municipality)).length);
      expect(b.facilities.filter((f) => !f.context).length, id).toBe(
        nl.facilities.filter((f) => codes.has(f.municipality!)).length
      );
    }
  });

  it('manifest lists every bundle with its real size and hash', () => {
    expect(res.manifest.regions.map((r) => r.id)).toEqual([...REGIONS, 'nederland']);
    for (const r of res.manifest.regions) {
      const buf = readFileSync(join(tmp, r.file));
      expect(buf.length).toBe(r.bytes);
      expect(createHash('sha256').update(buf).digest('hex')).toBe(r.sha256);
    }
    const written = JSON.parse(readFileSync(join(tmp, 'manifest.json'), 'utf8'));
    expect(written.regions).toHaveLength(21);
    expect(written.sources.map((s: { path: string }) => s.path)).toContain(
      'opendata/schools/scholen_duo_bag_2024-11-22_wgs84.geojson'
    );
  });

  it('every bundle also as a binary file (+ .gz, .br) that decodes to exactly its JSON', () => {
    for (const r of res.manifest.regions) {
      expect(r.binary, r.id).toBeDefined();
      const bin = readFileSync(join(tmp, r.binary!.file));
      expect(bin.length, r.id).toBe(r.binary!.bytes);
      expect(createHash('sha256').update(bin).digest('hex'), r.id).toBe(r.binary!.sha256);
      const gz = readFileSync(join(tmp, `${r.binary!.file}.gz`));
      const br = readFileSync(join(tmp, `${r.binary!.file}.br`));
      expect([gz.length, br.length], r.id).toEqual([r.binary!.gzipBytes, r.binary!.brotliBytes]);
      expect(gunzipSync(gz).equals(bin), r.id).toBe(true);
      expect(brotliDecompressSync(br).equals(bin), r.id).toBe(true);
      const json = readFileSync(join(tmp, r.file), 'utf8');
      expect(JSON.stringify(decodeBundleBinary(bin, r.id)), r.id).toBe(json);
      // The download is a fraction of the JSON: brotli of the binary vs the JSON text.
      expect(br.length, r.id).toBeLessThan(json.length / 5);
    }
  });

  it('--if-stale: up to date after a build, stale when a bundle is missing', () => {
    expect(staleReason({ outDir })).toBeNull();
    const br = readFileSync(join(outDir, 'parkstad.bin.br'));
    rmSync(join(outDir, 'parkstad.bin.br'));
    expect(staleReason({ outDir })).toBe('binary bundle parkstad is missing');
    writeFileSync(join(outDir, 'parkstad.bin.br'), br);
    rmSync(join(outDir, 'walcheren.json'));
    expect(staleReason({ outDir })).toMatch(/walcheren/);
    expect(staleReason({ outDir: join(tmp, 'other', 'bundles') })).toMatch(/manifest/);
  });
});
