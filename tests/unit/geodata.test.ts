/**
 * The Achterhoek bundle built from the real open data: counts and totals that must equal the source files.
 * Built once into a temp folder by the same function the CLI uses.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundles, resolveDirs, type BuildBundlesResult } from '../../src/cli/lib/geodata-build';
import { parseSchools } from '../../src/lib/engine/geodata/sources';
import type { Facility, RegionBundle } from '../../src/lib/engine/geodata/schema';
import { validateBundle } from '../../src/lib/engine/geodata/validate';
import { normFor } from '../../src/lib/engine/norms';
import { toRD } from '../../src/lib/engine/projection';

let tmp: string;
let res: BuildBundlesResult;
let b: RegionBundle;
let own: Facility[];
let basis: Facility[];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'geodata-test-'));
  res = buildBundles({ outDir: join(tmp, 'bundles'), only: ['achterhoek'] });
  const file = join(tmp, 'bundles', 'achterhoek.json');
  b = validateBundle(JSON.parse(readFileSync(file, 'utf8')), file);
  own = b.facilities.filter((f) => !f.context);
  basis = own.filter((f) => f.type === 'basisschool');
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);

describe('achterhoek bundle (real data)', () => {
  it('has the 8 municipalities of the Actieplan with 2016 names and polygons', () => {
    expect(b.schemaVersion).toBe(2);
    expect(b.meta).toMatchObject({
      id: 'achterhoek',
      type: 'krimpregio',
      province: 'Gelderland',
      active: true
    });
    expect(b.meta.municipalities.map((m) => m.code).sort()).toEqual(
      ['GM0197', 'GM0222', 'GM0294', 'GM1509', 'GM1586', 'GM1859', 'GM1876', 'GM1955'].sort()
    );
    expect(b.municipalities).toHaveLength(8);
    expect(b.meta.municipalities.find((m) => m.code === 'GM0222')?.name).toBe('Doetinchem');
    const [minLon, minLat, maxLon, maxLat] = b.meta.bbox;
    for (const m of b.municipalities) {
      expect(m.labelLon).toBeGreaterThan(minLon);
      expect(m.labelLon).toBeLessThan(maxLon);
      expect(m.labelLat).toBeGreaterThan(minLat);
      expect(m.labelLat).toBeLessThan(maxLat);
    }
  });

  it('has 132 basisscholen with 20 637 pupils, per municipality as in schools/PROVENANCE.md', () => {
    // Point-in-polygon on the 2016 boundaries gives exactly the DUO municipality for all 155 PO vestigingen.
    expect(basis).toHaveLength(132);
    expect(sum(basis, (f) => f.pupils ?? 0)).toBe(20637);
    const per = (code: string) => basis.filter((f) => f.municipality === code);
    expect(per('GM0222')).toHaveLength(20);
    expect(sum(per('GM0222'), (f) => f.pupils ?? 0)).toBe(4609);
    expect(per('GM1955')).toHaveLength(13);
    expect(sum(per('GM1955'), (f) => f.pupils ?? 0)).toBe(2440);
    expect(own.filter((f) => f.type === 'SBAO')).toHaveLength(6);
    expect(own.filter((f) => f.sector === 'so')).toHaveLength(23);
    expect(own.filter((f) => f.sector === 'vo')).toHaveLength(32);
  });

  it('never invents pupil counts: every count equals the source value, nulls stay null', () => {
    const dirs = resolveDirs();
    const file = join(dirs.sourceDir, 'schools/scholen_duo_bag_2024-11-22_wgs84.geojson');
    const src = new Map(parseSchools(readFileSync(file, 'utf8'), file).schools.map((s) => [s.id, s]));
    for (const f of b.facilities) expect(f.pupils).toBe(src.get(f.id)?.pupils);
    const srcNulls = b.facilities.filter((f) => src.get(f.id)?.pupils === null).length;
    expect(b.facilities.filter((f) => f.pupils === null)).toHaveLength(srcNulls);
  });

  it('has 93 PC4 areas with 299 305 inhabitants (1-1-2021)', () => {
    expect(b.postcodes).toHaveLength(93);
    expect(sum(b.postcodes, (p) => p.total)).toBe(299305);
    expect(sum(b.postcodes, (p) => p.ages.a_5_9)).toBe(13640);
    expect(sum(b.postcodes, (p) => p.ages.a_10_14)).toBe(16210);
    expect(b.postcodes.every((p) => p.polygon !== null)).toBe(true);
  });

  it('has 1 195 grid cells with 300 016 inhabitants', () => {
    // grid/PROVENANCE.md reports 1 199 cells / 300 169 for `achterhoek_gm = 1`; that column also assigns cells whose
    // centre is just outside the generalised polygons to the nearest municipality. We use strict centre-in-polygon.
    expect(b.demand).toHaveLength(1195);
    expect(sum(b.demand, (d) => d.T)).toBe(300016);
    expect(sum(b.demand, (d) => d.Y_LT15)).toBe(42526);
    const doetinchem = b.demand.find((d) => d.id === 'CRS3035RES1000mN3212000E4066000');
    expect(doetinchem).toMatchObject({ T: 3290, municipality: 'GM0222' });
    // The cell outline is a closed 5-point ring around the centre, roughly 1 km on a side.
    const ring = doetinchem!.polygon;
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    expect((ring[2][1] - ring[0][1]) * 111_000).toBeCloseTo(1000, -2);
  });

  it('has unique ids and RD coordinates that match lon/lat on every point', () => {
    for (const list of [b.facilities, b.demand, b.postcodes]) {
      expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
      for (const x of list) {
        const [rx, ry] = toRD(x.lon, x.lat);
        expect(Math.abs(rx - x.x)).toBeLessThan(1);
        expect(Math.abs(ry - x.y)).toBeLessThan(1);
      }
    }
  });

  it('flags context facilities outside the region within 10 km of a demand unit', () => {
    const codes = new Set(b.meta.municipalities.map((m) => m.code));
    const context = b.facilities.filter((f) => f.context);
    expect(context.length).toBeGreaterThan(0);
    for (const f of own) expect(codes.has(f.municipality!)).toBe(true);
    for (const f of context) {
      expect(codes.has(f.municipality!)).toBe(false);
      const d = Math.min(...b.demand.map((u) => Math.hypot(u.x - f.x, u.y - f.y)));
      expect(d).toBeLessThanOrEqual(10_000);
    }
  });

  it('carries the 2016 norms: Doetinchem 123, Montferland 82 with Bergh 69 / Didam 104', () => {
    const m = (code: string) => b.norms.municipal.find((n) => n.code === code);
    expect(b.norms.year).toBe(2016);
    expect(m('GM0222')?.norm).toBe(123);
    expect(m('GM1955')?.norm).toBe(82);
    expect(b.norms.subAreas.map((s) => [s.area, s.norm])).toEqual([
      ['Bergh', 69],
      ['Didam', 104]
    ]);
  });

  it('gives Didam schools norm 104 and s-Heerenberg schools 69 via normFor', () => {
    const montferland = basis.filter((f) => f.municipality === 'GM1955');
    const didam = montferland.filter((f) => f.place === 'Didam');
    const heerenberg = montferland.filter((f) => f.place === "'s-Heerenberg");
    expect(didam.length).toBeGreaterThan(0);
    expect(heerenberg.length).toBeGreaterThan(0);
    for (const f of didam)
      expect(normFor(f, b.norms)).toEqual({ norm: 104, source: 'deelgebied', area: 'Didam' });
    for (const f of heerenberg) expect(normFor(f, b.norms)).toMatchObject({ norm: 69, source: 'deelgebied' });
    const doetinchem = basis.find((f) => f.municipality === 'GM0222')!;
    expect(normFor(doetinchem, b.norms)).toEqual({ norm: 123, source: 'gemeente' });
    // Every Montferland basisschool lies in a mapped place.
    for (const f of montferland) expect(normFor(f, b.norms)?.source).toBe('deelgebied');
  });

  it('writes a manifest with every source file and the region entry', () => {
    const m = res.manifest;
    expect(m.sources).toHaveLength(10);
    for (const s of m.sources) {
      expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(s.bytes).toBeGreaterThan(0);
      expect(s.publisher).not.toBe('');
      expect(s.licence).not.toBe('');
    }
    expect(m.regions).toEqual([
      expect.objectContaining({
        id: 'achterhoek',
        municipalityCount: 8,
        demandUnits: 1195,
        facilityCounts: { po: 132, so: 23, vo: 32 },
        file: 'bundles/achterhoek.json'
      })
    ]);
  });
});
