/**
 * The year series on the prognosis fixture (tests/fixtures/prognosis/fixture.ts): projected pupils, norm years and
 * the three-year rule, pupil transport, floor area and costs, with numbers worked out by hand in the fixture.
 */
import { describe, expect, it } from 'vitest';
import {
  compareYears,
  createEvaluator,
  evaluateYears,
  transferablesOf,
  yearSummary,
  type Edit,
  type YearOptions,
  type YearSeries
} from '../../src/lib/engine/index';
import { structuralHash } from '../fixtures/engine/helpers';
import { prognosisBundle } from '../fixtures/prognosis/fixture';

/**
 * The numbers below are worked out by hand with constant births (birth trend 0, the rule of the first version);
 * the data-derived trend and the band have their own tests (prognosis-trend.test.ts).
 */
const yrs = (e: { years: (edits: Edit[], o?: YearOptions) => YearSeries }, edits: Edit[], o?: YearOptions) =>
  e.years(edits, { ...o, prognosis: { birthTrend: 0, ...o?.prognosis } });

const bundle = prognosisBundle();
const ev = createEvaluator(bundle, 'po');
const idx = (id: string) => ev.prepared.facilityById.get(id)!;
const at = (s: YearSeries, year: number, id: string) =>
  s.facilities.pupils[(year - s.years[0]) * s.facilityCount + idx(id)];
const beta = (year: number) => [150, 140, 130, 120, 110, 100, 90, 80][Math.min(year - 2021, 7)];

describe('projected pupils', () => {
  const s = yrs(ev, []);

  it('covers 2023-2035 with 2023 equal to the DUO counts', () => {
    expect(s.years).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    for (const id of ['A1', 'A2', 'A3', 'B1']) expect(at(s, 2023, id)).toBe(ev.prepared.pupilsBase[idx(id)]);
    expect(s.totals.pupils[0]).toBe(284);
    expect(s.openFacilities).toBe(5);
  });

  it('grows with the catchment: A3 (Alfa) follows its Beta cell D6; B1 follows Beta', () => {
    for (let year = 2023; year <= 2035; year++) {
      expect(at(s, year, 'A1')).toBeCloseTo(100, 12); // Alfa stays at 80 children from 2023
      expect(at(s, year, 'A2')).toBeCloseTo(50, 12);
      expect(at(s, year, 'A3')).toBeCloseTo((30 * beta(year)) / 130, 12);
      expect(at(s, year, 'B1')).toBeCloseTo((104 * beta(year)) / 130, 12);
      expect(at(s, year, 'B2')).toBe(0); // unknown DUO count
    }
    expect(s.facilities.municipalGrowth[idx('A3')]).toBe(0);
    expect(s.facilities.municipalGrowth[idx('B2')]).toBe(1); // empty catchment
    // Context school C1 has no region cells: all PC4 areas together (210 in 2023, 160 from 2028).
    expect(at(s, 2030, 'C1')).toBeCloseTo((80 * 160) / 210, 12);
    expect(s.totals.pupils[2030 - 2023]).toBeCloseTo(214 + (30 * 80) / 130, 10);
  });

  it('uses the municipality when the 2023 catchment holds fewer than 50 children', () => {
    const small = prognosisBundle();
    small.demand.find((u) => u.id === 'D6')!.Y_LT15 = 90; // 90 * 0.6 * 130/150 = 46.8 children
    const s2 = yrs(createEvaluator(small, 'po'), []);
    expect(s2.facilities.municipalGrowth[idx('A3')]).toBe(1);
    expect(at(s2, 2030, 'A3')).toBeCloseTo(30, 12); // Alfa: 80 -> 80
  });

  it('moves grow with the receiving catchment: merge A3 into B1', () => {
    const m = yrs(ev, [{ op: 'merge', facility: 'A3', into: 'B1' }]);
    // D6 now goes to B1 (5.3 km); B1 holds 134 pupils in 2023 and its catchment is Beta only.
    expect(at(m, 2023, 'B1')).toBeCloseTo(134, 12);
    expect(at(m, 2030, 'B1')).toBeCloseTo((134 * 80) / 130, 12);
    expect(at(m, 2030, 'A3')).toBe(0);
  });

  it('demand per year is the same in every scenario', () => {
    const m = yrs(ev, [{ op: 'close', facility: 'A2' }]);
    expect(Array.from(m.totals.demand)).toEqual(Array.from(s.totals.demand));
    expect(m.totals.demand[0]).toBeCloseTo(400 + 200 + 80 + 416 + 156, 9);
  });
});

describe('norm years', () => {
  const s = yrs(ev, []);
  const F = s.facilityCount;

  it('B1 just above its norm (104 vs 82) crosses in 2026; the rule bites in 2028', () => {
    // 104 * 120/130 = 96 (2024), 88 (2025), 80 (2026) < 82.
    expect(s.facilities.norm[idx('B1')]).toBe(82);
    expect(s.facilities.firstYearBelowNorm[idx('B1')]).toBe(2026);
    expect(s.facilities.ruleYear[idx('B1')]).toBe(2026 + 2);
    expect(s.facilities.normMargin[(2025 - 2023) * F + idx('B1')]).toBeCloseTo(6, 12);
    expect(s.facilities.normMargin[(2026 - 2023) * F + idx('B1')]).toBeCloseTo(-2, 12);
  });

  it('sub-area norm 20 for A3 (Aveen): below from 2028; below from the start for A2; never for B2', () => {
    expect(s.facilities.norm[idx('A3')]).toBe(20);
    expect(s.facilities.normSource[idx('A3')]).toBe('deelgebied');
    expect(s.facilities.firstYearBelowNorm[idx('A3')]).toBe(2028); // 30 * 80/130 = 18.5
    expect(s.facilities.ruleYear[idx('A3')]).toBe(2030);
    expect(s.facilities.firstYearBelowNorm[idx('A2')]).toBe(2023);
    expect(s.facilities.ruleYear[idx('A2')]).toBe(2025);
    expect(s.facilities.firstYearBelowNorm[idx('B2')]).toBe(0);
    expect(Number.isNaN(s.facilities.normMargin[idx('B2')])).toBe(true);
    expect(s.facilities.firstYearBelowNorm[idx('A1')]).toBe(0);
  });

  it('counts below-norm and rule-reached schools per year', () => {
    expect(Array.from(s.totals.belowNorm)).toEqual([1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(Array.from(s.totals.ruleReached)).toEqual([0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3]);
  });

  it('the rule needs three years in a row within the horizon', () => {
    const short = yrs(ev, [], { fromYear: 2027, toYear: 2029 });
    expect(short.facilities.firstYearBelowNorm[idx('A3')]).toBe(2028);
    expect(short.facilities.ruleYear[idx('A3')]).toBe(0);
    expect(short.facilities.ruleYear[idx('B1')]).toBe(2029);
  });

  it('a replacing norm set changes the norms', () => {
    const norms = structuredClone(bundle.norms);
    norms.year = 2024;
    norms.municipal.find((m) => m.code === 'GM0002')!.norm = 60;
    norms.subAreas = [];
    const r = yrs(ev, [], { norms });
    expect(r.parameters.normsYear).toBe(2024);
    expect(r.facilities.norm[idx('A3')]).toBe(60); // no sub-area any more: Alfa's 60
    expect(r.facilities.firstYearBelowNorm[idx('B1')]).toBe(0); // 64 >= 60
    expect(r.facilities.firstYearBelowNorm[idx('A3')]).toBe(2023);
  });
});

describe('pupil transport', () => {
  it('counts the children beyond the threshold per year (D6 lies 4.5 km from A3)', () => {
    const s = yrs(ev, [], { transport: { thresholdM: 4000 } });
    expect(Array.from(s.demand.beyondTransport)).toEqual([0, 0, 0, 1, 0, 1]); // D4 (no children) and D6
    expect(s.totals.transportChildren[0]).toBeCloseTo(156, 12); // 300 * 0.6 * 130/150
    expect(s.totals.transportChildren[2030 - 2023]).toBeCloseTo(96, 12); // 300 * 0.6 * 80/150
    expect(yrs(ev, [], { transport: { thresholdM: 4500 } }).totals.transportChildren[0]).toBe(0); // not > 4.5 km
  });

  it('closing A3 sends D6 to B1 at 5.3 km: beyond 5 km', () => {
    const opts = { transport: { thresholdM: 5000 } };
    const base = yrs(ev, [], opts);
    const closed = yrs(ev, [{ op: 'close', facility: 'A3' }], opts);
    expect(base.totals.transportChildren[0]).toBe(0);
    expect(closed.totals.transportChildren[0]).toBeCloseTo(156, 12);
    const cmp = compareYears(base, closed);
    expect(cmp.difference.transportChildren[2030 - 2023]).toBeCloseTo(96, 12);
  });

  it('uses the detour factor', () => {
    const d = createEvaluator(bundle, 'po', { detourFactor: 1.2 });
    expect(yrs(d, []).totals.transportChildren[0]).toBe(0); // 4.5 * 1.2 = 5.4 km < 6 km
    expect(yrs(d, [], { transport: { thresholdM: 5000 } }).totals.transportChildren[0]).toBeCloseTo(156, 12);
  });
});

describe('floor area and costs', () => {
  const floor = { fixedM2: 100, perPupilM2: 10 };
  const costs = { perLocation: 1000, perM2: 2, perTransportPupil: 10 };

  it('buildings are the 2023 norm areas; the surplus grows as pupils fall', () => {
    const s = yrs(ev, [], { floor, costs, transport: { thresholdM: 4000 } });
    // A1 1100, A2 600, A3 400, B1 1140, B2 100 (unknown count = 0 pupils).
    expect(s.facilities.floorBuildingM2[idx('B1')]).toBe(1140);
    expect(Number.isNaN(s.facilities.floorBuildingM2[idx('C1')])).toBe(true);
    const y2023 = yearSummary(s, 2023);
    expect(y2023.floorArea).toEqual({ buildingM2: 3340, neededM2: 3340, surplusM2: 0, shortageM2: 0 });
    expect(y2023.costs.locations).toBe(5000);
    expect(y2023.costs.floor).toBe(6680);
    expect(y2023.costs.transport).toBeCloseTo(1560, 9);
    const y2030 = yearSummary(s, 2030);
    // Needed: 500 + 10 * (100 + 50 + 240/13 + 64) = 2824.615...
    expect(y2030.floorArea.neededM2).toBeCloseTo(500 + 10 * (214 + 240 / 13), 9);
    expect(y2030.floorArea.surplusM2).toBeCloseTo(3340 - 500 - 10 * (214 + 240 / 13), 9);
    expect(y2030.floorArea.shortageM2).toBe(0);
    expect(y2030.costs.floor).toBe(6680); // buildings in use do not shrink
    expect(y2030.costs.total).toBeCloseTo(5000 + 6680 + 960, 9);
  });

  it('a receiving school needs room; a closed school leaves the stock and saves its fixed cost', () => {
    const base = yrs(ev, [], { floor, costs });
    const s = yrs(ev, [{ op: 'merge', facility: 'A3', into: 'A1' }], { floor, costs });
    const y = yearSummary(s, 2023);
    // A1 holds 130 pupils in a building for 100: 300 m2 short; A3's 400 m2 are gone.
    expect(y.floorArea.buildingM2).toBe(3340 - 400);
    expect(y.floorArea.shortageM2).toBe(300);
    expect(y.openFacilities).toBe(4);
    expect(y.costs.locations).toBe(4000);
    expect(y.costs.floor).toBe(2 * (3340 - 400 + 300));
    expect(compareYears(base, s).difference.costLocations[0]).toBe(-1000);
  });

  it('defaults are the labelled assumptions (PO 200 + 5.03 m2 per pupil)', () => {
    const s = yrs(ev, []);
    expect(s.parameters.floor).toEqual({ fixedM2: 200, perPupilM2: 5.03 });
    expect(s.parameters.transport.thresholdM).toBe(6000);
    expect(s.facilities.floorBuildingM2[idx('A1')]).toBeCloseTo(200 + 503, 9);
    const vo = yrs(createEvaluator(bundle, 'vo'), []).parameters;
    expect(vo.floor).toEqual({ fixedM2: 1500, perPupilM2: 8 });
    expect(vo.costs).toEqual({ perLocation: 50000, perM2: 100, perTransportPupil: 0 });
  });
});

describe('API contract', () => {
  it('never mutates the bundle and returns fresh arrays on every call', () => {
    const b = prognosisBundle();
    const before = structuralHash(b);
    const e = createEvaluator(b, 'po');
    const a = yrs(e, [{ op: 'close', facility: 'A2' }]);
    const c = yrs(e, [{ op: 'close', facility: 'A2' }]);
    expect(a.facilities.pupils).not.toBe(c.facilities.pupils);
    expect(Array.from(a.facilities.pupils)).toEqual(Array.from(c.facilities.pupils));
    expect(structuralHash(b)).toBe(before);
    expect(structuralHash(evaluateYears(b, { sector: 'po', edits: [] }).totals)).toBe(
      structuralHash(e.years([]).totals)
    );
  });

  it('added facilities get their norm and zero pupils unless they receive some', () => {
    const edits: Edit[] = [
      {
        op: 'open',
        id: 'N1',
        name: 'Nieuw',
        lon: bundle.facilities[0].lon,
        lat: bundle.facilities[0].lat + 0.01
      },
      { op: 'merge', facility: 'A2', into: 'N1' }
    ];
    const s = yrs(ev, edits);
    const k = ev.facilityIds.length;
    expect(s.facilityCount).toBe(k + 1);
    expect(s.facilities.norm[k]).toBe(60);
    expect(s.facilities.pupils[k]).toBeCloseTo(50, 9);
  });

  it('rejects years outside 2023-2035 and bad parameters', () => {
    expect(() => yrs(ev, [], { fromYear: 2022 })).toThrow(RangeError);
    expect(() => yrs(ev, [], { toYear: 2036 })).toThrow(RangeError);
    expect(() => yrs(ev, [], { fromYear: 2030, toYear: 2029 })).toThrow(RangeError);
    expect(() => yrs(ev, [], { transport: { thresholdM: -1 } })).toThrow(/thresholdM/);
    expect(() => yrs(ev, [], { floor: { perPupilM2: Number.NaN } })).toThrow(/perPupilM2/);
    expect(() => yrs(ev, [], { costs: { perM2: -5 } })).toThrow(/perM2/);
    expect(() => yearSummary(yrs(ev, []), 2040)).toThrow(/not in the series/);
  });
});

describe('evaluator cache', () => {
  it('the baseline series next to a scenario does not drop the scenario from the cache', () => {
    const e = createEvaluator(prognosisBundle(), 'po');
    const edits: Edit[] = [
      { op: 'close', facility: 'A2' },
      { op: 'close', facility: 'A3' }
    ];
    const first = e.evaluate(edits);
    const base = yrs(e, []);
    const scen = yrs(e, edits);
    expect(e.evaluate(edits).summary).toBe(first.summary); // same cached object: no replay happened
    expect(compareYears(base, scen).difference.pupils[0]).toBeCloseTo(0, 9); // nobody left the region
  });
});

describe('worker transfer', () => {
  it('lists every typed-array buffer once; a structured clone with transfer keeps the numbers', () => {
    const s = yrs(ev, []);
    const buffers = transferablesOf(s);
    expect(buffers.length).toBe(14 + 9 + 2 + 4); // totals, per-facility typed arrays, demand, the band
    const copy = structuredClone(s, { transfer: buffers });
    expect(copy.totals.pupils[0]).toBe(284);
    expect(s.totals.pupils.length).toBe(0); // detached: the evaluator keeps nothing it handed out
    expect(yrs(ev, []).totals.pupils[0]).toBe(284);
  });
});
