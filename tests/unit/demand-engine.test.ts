/**
 * Imported demand in the engine (EvaluatorOptions.demand) on the real Achterhoek bundle: weights from age bands or
 * from the municipality's population share, municipality and polygon per unit, nearest facilities against brute
 * force, the year series, and inputs that are refused with the unit named.
 */
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, type AgeBand, type PostcodeArea } from '../../src/lib/engine/geodata/schema';
import {
  createEvaluator,
  importedDemandUnits,
  prepareRegion,
  SECTOR_BAND_WEIGHTS,
  STATUS_OPEN,
  type DemandInput,
  type Edit
} from '../../src/lib/engine/index';
import { importDemand, postcodeLookup } from '../../src/lib/import/index';
import {
  bruteForceMismatches,
  loadRealBundle,
  mulberry32,
  randomEdit,
  structuralHash
} from '../fixtures/engine/helpers';

const enc = (s: string) => new TextEncoder().encode(s);
const PO = SECTOR_BAND_WEIGHTS.po;

/** sum(w_b * a_b) in band order, as the engine adds it. */
function weighted(ages: Partial<Record<AgeBand, number>>, w: Partial<Record<AgeBand, number>>): number {
  let s = 0;
  for (const b of AGE_BANDS) if ((w[b] ?? 0) > 0) s += w[b]! * ages[b]!;
  return s;
}

/** The bundle's own CBS PC4 table as a user would export it: postcode, inhabitants, the 20 bands. */
function pc4Csv(postcodes: readonly PostcodeArea[], withBands: boolean): string {
  const head = ['postcode', 'inwoners', ...(withBands ? AGE_BANDS : [])].join(';');
  const rows = postcodes.map((p) =>
    [p.id, p.total, ...(withBands ? AGE_BANDS.map((b) => p.ages[b]) : [])].join(';')
  );
  return [head, ...rows].join('\n') + '\n';
}

function importPc4(withBands: boolean) {
  const bundle = loadRealBundle('achterhoek');
  const r = importDemand(
    { name: 'bevolking.csv', bytes: enc(pc4Csv(bundle.postcodes, withBands)) },
    { postcodes: postcodeLookup(bundle.postcodes), regionBbox: bundle.meta.bbox }
  );
  expect(r.problems.filter((p) => p.severity === 'fout')).toEqual([]);
  expect(r.units).toHaveLength(bundle.postcodes.length);
  const inputs: readonly DemandInput[] = r.units; // ImportedDemandUnit fits DemandInput
  return inputs;
}

describe('imported demand: weights', () => {
  it('(a) a PC4 table with the bundle’s own bands gives sum(w_b * a_b) per PC4, exactly', () => {
    const bundle = loadRealBundle('achterhoek');
    const units = importPc4(true);
    const before = structuralHash(units);
    const ev = createEvaluator(bundle, 'po', {}, { demand: units });
    const report = ev.report([]);
    expect(report.demandSource).toBe('import');
    expect(report.demand.map((d) => d.id)).toEqual(bundle.postcodes.map((p) => p.id));
    let expected = 0;
    let got = 0;
    bundle.postcodes.forEach((p, i) => {
      const w = weighted(p.ages, PO);
      expect(report.demand[i].weight).toBe(w);
      expected += w;
      got += report.demand[i].weight;
    });
    expect(got).toBe(expected);
    // The municipality rows add up to the same children (every PC4 lies in a region municipality).
    const byMunicipality = report.municipalities.reduce((s, m) => s + m.demand, 0);
    expect(byMunicipality).toBeCloseTo(expected, 6);
    // Close to the grid estimate (same CBS population, other geometry): within 1 %.
    const cbs = createEvaluator(bundle, 'po').report([]);
    const cbsTotal = cbs.demand.reduce((s, d) => s + d.weight, 0);
    expect(Math.abs(expected - cbsTotal) / cbsTotal).toBeLessThan(0.01);
    expect(cbs.demandSource).toBeUndefined();
    expect('demandSource' in cbs).toBe(false);
    expect(structuralHash(units)).toBe(before);
  });

  it('(b) totals only: total × the municipality’s share of the sector’s ages (hand formula)', () => {
    const bundle = loadRealBundle('achterhoek');
    const units = importPc4(false);
    expect(units.every((u) => u.ages === null)).toBe(true);
    const prepared = prepareRegion(bundle, 'po', {}, { demand: units });
    const k = units.findIndex((u) => u.id === '7101');
    const pcs = bundle.postcodes.filter((p) => p.municipality === 'GM0294');
    let num = 0;
    let den = 0;
    for (const p of pcs) {
      num += 0.2 * p.ages.a_0_4 + p.ages.a_5_9 + 0.4 * p.ages.a_10_14;
      for (const b of AGE_BANDS) den += p.ages[b];
    }
    expect(prepared.demand[k].municipality).toBe('GM0294');
    expect(prepared.weight[k]).toBeCloseTo(units[k].total * (num / den), 9);
    // vo counts 10-14 and 15-19: another share from the same table.
    const vo = prepareRegion(bundle, 'vo', {}, { demand: units });
    let numVo = 0;
    for (const p of pcs) numVo += 0.6 * p.ages.a_10_14 + 0.6 * p.ages.a_15_19;
    expect(vo.weight[k]).toBeCloseTo(units[k].total * (numVo / den), 9);
  });

  it('bands that miss a counted band fall back to the share; partial bands that cover it are used', () => {
    const bundle = loadRealBundle('achterhoek');
    const p = bundle.postcodes.find((q) => q.id === '7141')!;
    const base = { postcode: p.id, lon: p.lon, lat: p.lat, total: 1000 };
    const demand: DemandInput[] = [
      { id: 'a', ...base, ages: { a_0_4: 50, a_5_9: 60, a_10_14: 70 } },
      { id: 'b', ...base, ages: { a_5_9: 60 } }
    ];
    const prepared = prepareRegion(bundle, 'po', {}, { demand });
    expect(prepared.weight[0]).toBe(0.2 * 50 + 60 + 0.4 * 70);
    const share = prepareRegion(bundle, 'po', {}, { demand: [{ id: 'c', ...base }] }).weight[0];
    expect(prepared.weight[1]).toBe(share);
    expect(prepared.demand[0].Y_LT15).toBe(180);
    expect(prepared.demand[1].Y_LT15).toBeNaN();
  });
});

describe('imported demand: units', () => {
  it('PC4 units draw their PC4 polygon, points a 250 m square; municipality by location, -1 far outside', () => {
    const bundle = loadRealBundle('achterhoek');
    const pc = bundle.postcodes.find((q) => q.id === '7101')!;
    const demand: DemandInput[] = [
      { id: '7101', postcode: '7101', lon: pc.lon, lat: pc.lat, total: 100 },
      { id: 'p1', lon: 6.7213, lat: 51.9716, total: 100 },
      // Bocholt (Germany), some 10 km beyond the border: no region municipality.
      { id: 'bocholt', lon: 6.6155, lat: 51.8389, total: 100 }
    ];
    const { units, municipalities } = importedDemandUnits(bundle, demand);
    expect(pc.polygon!.flat().some((ring) => ring === units[0].polygon)).toBe(false); // a copy
    expect(
      pc.polygon!.map((poly) => poly[0]).some((r) => JSON.stringify(r) === JSON.stringify(units[0].polygon))
    ).toBe(true);
    expect(units[1].polygon).toHaveLength(5);
    expect(units[1].polygon[0]).toEqual(units[1].polygon[4]);
    const lons = units[1].polygon.map((q) => q[0]);
    expect((Math.max(...lons) - Math.min(...lons)) * 68_700).toBeCloseTo(250, -1); // ~68.7 km per degree here
    expect(municipalities).toEqual(['GM0294', 'GM0294', null]);
    expect(units[2].municipality).toBe('');

    const prepared = prepareRegion(bundle, 'po', {}, { demand });
    expect(
      [...prepared.demandMunicipality].map((m) => (m < 0 ? null : prepared.municipalities[m].code))
    ).toEqual(['GM0294', 'GM0294', null]);
    // Outside every municipality: counted in the region totals, in no municipality row; uses the bundle-wide share.
    const report = createEvaluator(bundle, 'po', {}, { demand }).report([]);
    const rows = report.municipalities.reduce((s, m) => s + m.demand, 0);
    expect(rows).toBeCloseTo(prepared.weight[0] + prepared.weight[1], 9);
    expect(report.demand[2].weight).toBeGreaterThan(0);
  });

  it('(c) closing schools with imported demand matches brute-force nearest, and no distance gets shorter', () => {
    const bundle = loadRealBundle('achterhoek');
    const units = importPc4(true);
    const ev = createEvaluator(bundle, 'po', {}, { demand: units });
    const base = ev.evaluate([]);
    expect(bruteForceMismatches(ev.prepared, base)).toEqual([]);
    // Close the nearest school of Winterswijk's centre PC4.
    const u = units.findIndex((d) => d.id === '7101');
    const school = ev.facilityIds[base.demand.nearest[u]];
    const closed = ev.evaluate([{ op: 'close', facility: school }]);
    expect(bruteForceMismatches(ev.prepared, closed)).toEqual([]);
    expect(closed.demand.nearest[u]).not.toBe(base.demand.nearest[u]);
    for (let k = 0; k < units.length; k++) {
      expect(closed.demand.distanceM[k]).toBeGreaterThanOrEqual(base.demand.distanceM[k]);
    }
    // Seeded random edit lists, evaluated incrementally, stay equal to brute force.
    const rng = mulberry32(2024);
    const edits: Edit[] = [];
    let result = base;
    for (let step = 0; step < 12; step++) {
      edits.push(randomEdit(rng, ev, result, step));
      result = ev.evaluate(edits);
      expect(bruteForceMismatches(ev.prepared, result), `after ${edits.length} edits`).toEqual([]);
    }
    expect([...result.facilities.status].some((s) => s !== STATUS_OPEN)).toBe(true);
  });

  it('the year series grows imported demand from 2023: 2023 is the file', () => {
    const bundle = loadRealBundle('achterhoek');
    const units = importPc4(true);
    const ev = createEvaluator(bundle, 'po', {}, { demand: units });
    const series = ev.years([]);
    expect(series.years[0]).toBe(2023);
    const total = ev.prepared.weight.reduce((s, w) => s + w, 0);
    expect(series.totals.demand[0]).toBeCloseTo(total, 9);
    expect(series.totals.demand[series.years.length - 1]).not.toBeCloseTo(total, 0);
    const year = ev.yearReport([], 2030);
    expect(year.demandSource).toBe('import');
    expect(createEvaluator(bundle, 'po').yearReport([], 2030).demandSource).toBeUndefined();
  });
});

describe('imported demand: refused inputs', () => {
  it('(d) names the unit and the field', () => {
    const bundle = loadRealBundle('achterhoek');
    const ok = { id: 'a', lon: 6.72, lat: 51.97, total: 10 };
    const cases: [unknown, RegExp][] = [
      [[], /demand must hold at least one demand unit/],
      [[ok, { ...ok, id: 'b', lon: NaN }], /demand\[1\]: "lon" and "lat" must be numbers \(id "b"\)/],
      [[ok, { ...ok, id: 'b', lat: Infinity }], /demand\[1\]: "lon" and "lat"/],
      [[{ ...ok, total: -1 }], /demand\[0\]: "total" must be a number >= 0 \(id "a"\)/],
      [[ok, { ...ok }], /demand\[1\]: duplicate id "a"/],
      [[{ ...ok, id: '' }], /demand\[0\]: "id" must be a non-empty string/],
      [[{ ...ok, x: NaN, y: 1 }], /demand\[0\]: "x" and "y" must be numbers/],
      [[{ ...ok, ages: { a_0_4: -3 } }], /demand\[0\]: "ages.a_0_4" must be a number >= 0/],
      [[{ ...ok, ages: { a_0_5: 3 } }], /demand\[0\]: "ages" has an unknown band "a_0_5"/],
      [[ok, null], /demand\[1\]: must be an object/]
    ];
    for (const [demand, message] of cases) {
      expect(
        () => createEvaluator(bundle, 'po', {}, { demand: demand as DemandInput[] }),
        String(message)
      ).toThrow(RangeError);
      expect(() => createEvaluator(bundle, 'po', {}, { demand: demand as DemandInput[] })).toThrow(message);
    }
  });
});
