/**
 * Imported facilities in the engine: the facility CSV of a real evaluation imports back to the same facilities and
 * evaluates to the same figures; locations placed by postcode and far outside the region; capacities from a file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvaluator, evaluate, type FacilityInput } from '../../src/lib/engine/index';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import { facilityCsv } from '../../src/lib/export/csv';
import { importFacilities, postcodeLookup, type ImportReport } from '../../src/lib/import/index';
import { getPreset, type SectorPreset } from '../../src/lib/sectors/index';
import { loadRealBundle, REPO_ROOT } from '../fixtures/engine/helpers';

function importBytes(
  bundle: RegionBundle,
  name: string,
  bytes: Uint8Array,
  preset: SectorPreset
): ImportReport {
  return importFacilities(
    { name, bytes },
    { preset, postcodes: postcodeLookup(bundle.postcodes), regionBbox: bundle.meta.bbox }
  );
}

const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(REPO_ROOT, 'tests/fixtures/sectors', name)));

describe('round trip: the facility CSV of a real evaluation, imported and evaluated again', () => {
  const bundle = loadRealBundle('achterhoek');
  const base = createEvaluator(bundle, 'po').report([]);
  const csv = facilityCsv(base, 'nl');
  const imported = importBytes(bundle, 'basisscholen.csv', new TextEncoder().encode(csv), getPreset('po')!);

  it('imports to the same ids, names, coordinates (within 1 m) and pupils', () => {
    expect(imported.problems).toEqual([]);
    expect(imported.ok).toBe(true);
    const byId = new Map(bundle.facilities.map((f) => [f.id, f]));
    expect(imported.facilities.map((f) => f.id)).toEqual(base.facilities.map((f) => f.id));
    for (const f of imported.facilities) {
      const b = byId.get(f.id)!;
      expect(f.name).toBe(b.name);
      expect(Math.hypot(f.x - b.x, f.y - b.y)).toBeLessThan(1);
      expect(f.pupils).toBe(b.pupils);
      expect(f.context).toBe(b.context);
      expect(f.place).toBe(b.place);
    }
  });

  it('evaluates to the same summary and municipality figures as the bundle', () => {
    const again = createEvaluator(bundle, 'po', undefined, { facilities: imported.facilities });
    const r = again.report([]);
    // Imported facilities carry their type in the report (the bundle's schools do not): otherwise the same.
    // Imported facilities are not covered by the choice model (its features come from DUO): no modelled count.
    expect(r.facilities.every((f) => f.modelledPupils === null)).toBe(true);
    expect(r.facilities.map(({ type: _type, modelledPupils: _m, ...f }) => f)).toEqual(
      base.facilities.map(({ modelledPupils: _m, ...f }) => f)
    );
    expect(new Set(r.facilities.map((f) => f.type))).toEqual(new Set(['basisschool']));
    const s = r.summary;
    const b = base.summary;
    expect([
      s.openFacilities,
      s.pupilsTotal,
      s.pupilsToContext,
      s.belowNorm,
      s.placesWithoutFacility
    ]).toEqual([b.openFacilities, b.pupilsTotal, b.pupilsToContext, b.belowNorm, b.placesWithoutFacility]);
    // Coordinates pass through 6 decimals of lon/lat: distances agree within a metre.
    for (const k of ['mean', 'p50', 'p90', 'max'] as const) {
      expect(Math.abs(s.distanceM[k]! - b.distanceM[k]!)).toBeLessThan(1);
    }
    for (const k of ['1000', '3000', '5000']) expect(s.shareWithin[k]!).toBeCloseTo(b.shareWithin[k]!, 3);
    r.municipalities.forEach((m, g) => {
      const bm = base.municipalities[g];
      expect([m.code, m.openFacilities, m.pupils, m.belowNorm]).toEqual([
        bm.code,
        bm.openFacilities,
        bm.pupils,
        bm.belowNorm
      ]);
      expect(m.demand).toBe(bm.demand);
    });
    r.demand.forEach((d, u) => {
      expect(d.nearest).toBe(base.demand[u].nearest);
      expect(d.weight).toBe(base.demand[u].weight);
    });

    // And a scenario on the imported set moves the same pupils.
    const edits = [{ op: 'close' as const, facility: '11TN00' }];
    expect(again.report(edits).flows).toEqual(createEvaluator(bundle, 'po').report(edits).flows);
  });
});

describe('locations placed by postcode and far outside the region', () => {
  const bundle = loadRealBundle('achterhoek');
  const sport = getPreset('sport')!;
  const r = importBytes(bundle, 'sport.csv', fixture('sport-outside-and-postcode.csv'), sport);

  it('imports with warnings: one placed on its PC4 point, one far outside', () => {
    expect(r.ok).toBe(true);
    expect(r.stats.placedByPostcode).toBe(1);
    expect(r.stats.outsideRegion).toBe(1);
    expect(r.problems.map((p) => p.code).sort()).toEqual(['outside-region', 'placed-by-postcode']);
  });

  it('the one outside is context: it takes part within contextKm and is never the region’s', () => {
    const near = evaluate(bundle, { sector: 'sport', edits: [] }, { facilities: r.facilities });
    expect(near.facilities.map((f) => f.id)).toEqual(['T1', 'T3']); // Zwolle is 37 km away, beyond 10 km
    const far = evaluate(
      bundle,
      { sector: 'sport', edits: [], parameters: { contextKm: 60 } },
      { facilities: r.facilities }
    );
    const zwolle = far.facilities.find((f) => f.id === 'T2')!;
    expect(zwolle.context).toBe(true);
    expect(zwolle.municipality).toBeNull();
    expect(far.summary.openFacilities).toBe(2);
    expect(far.summary.pupilsTotal).toBe(1650);
    const borculo = far.facilities.find((f) => f.id === 'T3')!;
    expect([borculo.municipality, borculo.place]).toEqual(['GM1859', 'Borculo']);
    expect(() =>
      createEvaluator(bundle, 'sport', { contextKm: 60 }, { facilities: r.facilities }).report([
        { op: 'close', facility: 'T2' }
      ])
    ).toThrow(/context/);
  });

  it('a set with nothing in or near the region is refused', () => {
    const zwolleOnly = r.facilities.filter((f) => f.id === 'T2');
    expect(() => createEvaluator(bundle, 'sport', undefined, { facilities: zwolleOnly })).toThrow(
      /none of the 1 given facilities of sector sport is in or near region achterhoek/
    );
  });
});

describe('capacity and unknown counts from a file (zorg example)', () => {
  it('reports the capacity of the file and treats missing counts as unknown', () => {
    const bundle = loadRealBundle('achterhoek');
    const path = resolve(REPO_ROOT, 'static/voorbeelden/zorg-achterhoek-voorbeeld.csv');
    const r = importBytes(bundle, 'zorg.csv', new Uint8Array(readFileSync(path)), getPreset('zorg')!);
    expect(r.ok).toBe(true);
    const facilities: FacilityInput[] = r.facilities;
    const report = evaluate(bundle, { sector: 'zorg', edits: [] }, { facilities });
    const byId = new Map(r.facilities.map((f) => [f.id, f]));
    for (const f of report.facilities) {
      expect(f.capacity).toBe(byId.get(f.id)!.capacity);
      expect(f.pupilsBase).toBe(byId.get(f.id)!.pupils);
    }
    expect(report.facilities.filter((f) => f.capacity !== null).length).toBeGreaterThan(0);
    const huisartsen = evaluate(
      bundle,
      { sector: 'zorg', edits: [] },
      { facilities, facilityType: 'huisarts' }
    ).facilities;
    expect(huisartsen.map((f) => f.id)).toEqual(
      r.facilities
        .filter((f) => f.type === 'huisarts')
        .map((f) => f.id)
        .sort()
    );
  });
});
