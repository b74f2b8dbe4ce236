/**
 * The cohort shift (src/lib/engine/prognosis.ts) on hand-made ages with exact numbers, and the year-Y demand
 * weights against the documented formula on the fixture and on the real Achterhoek bundle.
 */
import { describe, expect, it } from 'vitest';
import {
  createEvaluator,
  groupPrognosis,
  projectAges,
  resolvePrognosis,
  singleYearAges,
  yearWeights
} from '../../src/lib/engine/index';
import { prognosisFor } from '../../src/lib/engine/years';
import { AGE_BANDS, type AgeBand } from '../../src/lib/engine/geodata/schema';
import { loadRealBundle, structuralHash } from '../fixtures/engine/helpers';
import { BETA_PO, prognosisBundle } from '../fixtures/prognosis/fixture';

const band = (a: Partial<Record<AgeBand, number>>) =>
  Object.fromEntries(AGE_BANDS.map((b) => [b, a[b] ?? 0])) as Record<AgeBand, number>;

// Alfa of the prognosis fixture: ages 0-9: 10 each, 10-14: 20, 15-19: 30, 40-44: 60.
const ALFA = singleYearAges(band({ a_0_4: 50, a_5_9: 50, a_10_14: 100, a_15_19: 150, a_40_44: 300 }));
// Birth trend -1/8 and migration +1/8 a year: every factor is a power of 7/8 or 9/8, exact in binary.
const P = { birthTrend: -0.125, migration: 0.125 };

describe('cohort shift', () => {
  it('spreads every five-year band evenly over its ages (95+ over 95..99)', () => {
    const a = singleYearAges(band({ a_0_4: 5, a_10_14: 50, a_95plus: 10 }));
    expect(Array.from(a.slice(0, 16))).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 10, 10, 10, 10, 10, 0]);
    expect(Array.from(a.slice(95))).toEqual([2, 2, 2, 2, 2]);
    expect(a.length).toBe(100);
  });

  it('2021 is the base itself', () => {
    expect(Array.from(projectAges(ALFA, 2021, P))).toEqual(Array.from(ALFA));
  });

  it('shifts ages, adds births with the trend and applies migration: exact numbers for 2024', () => {
    // n = 3; births B = 50 / 5 = 10 a year.
    const a = projectAges(ALFA, 2024, P);
    expect(a[0]).toBe(1715 / 256); // 10 * (7/8)^3                      = 6.69921875
    expect(a[1]).toBe(2205 / 256); // 10 * (7/8)^2 * (9/8)              = 8.61328125
    expect(a[2]).toBe(2835 / 256); // 10 * (7/8)   * (9/8)^2            = 11.07421875
    expect(a[3]).toBe(3645 / 256); // age 0 in 2021 (10) * (9/8)^3      = 14.23828125
    expect(a[13]).toBe(3645 / 128); // age 10 in 2021 (20) * (9/8)^3    = 28.4765625
    expect(a[20]).toBe(10935 / 256); // age 17 in 2021 (30) * (9/8)^3   = 42.71484375
    expect(a[44]).toBe(10935 / 128); // age 41 in 2021 (60) * (9/8)^3   = 85.4296875
    expect(a[99]).toBe(0); // age 96 in 2021: nobody
  });

  it('sums the age group: PO 4-11 and VO 12-17 per year, exact', () => {
    const g = (sector: 'po' | 'vo', year: number) => {
      const a = projectAges(ALFA, year, P);
      const [lo, hi] = sector === 'po' ? [4, 11] : [12, 17];
      let s = 0;
      for (let k = lo; k <= hi; k++) s += a[k];
      return s;
    };
    expect(g('po', 2021)).toBe(100);
    expect(g('vo', 2021)).toBe(150);
    expect(g('po', 2023)).toBe(405 / 4); // 2021 ages 2..9 (80) * (9/8)^2 = 101.25
    expect(g('vo', 2023)).toBe(5265 / 32); // 2021 ages 10..15 (130) * (9/8)^2 = 164.53125
    expect(g('po', 2024)).toBe(3645 / 32); // 80 * (9/8)^3 = 113.90625
    expect(g('po', 2030)).toBe(5330714085 / 33554432); // 158.86765971779823
    expect(g('vo', 2030)).toBe(5811307335 / 33554432); // 173.19045469164848
    expect(g('po', 2035)).toBeCloseTo(3277347275475 / 34359738368, 12); // 95.38335945326253
    expect(g('vo', 2035)).toBeCloseTo(153924097382145 / 549755813888, 12); // 279.98630208848226

    const prog = groupPrognosis(prognosisBundle().postcodes, 'po', 2035, P);
    expect(prog.counts.get('GM0001')![2024 - 2021]).toBe(3645 / 32);
    expect(prog.counts.get('GM0001')![2030 - 2021]).toBe(5330714085 / 33554432);
  });

  it('without trend or migration: Beta PO 150, 140, 130, ... 80 and growth ratios', () => {
    // Constant births (trend 0): the cohort shift alone; the data-derived trend is tested in prognosis-trend.test.ts.
    const prog = groupPrognosis(prognosisBundle().postcodes, 'po', 2035, { birthTrend: 0 });
    expect(Array.from(prog.counts.get('GM0002')!)).toEqual(BETA_PO);
    expect(prog.growth('GM0002', 2023, 2026)).toBe(100 / 130);
    expect(prog.growth('GM0001', 2021, 2023)).toBe(0.8);
    // Unknown municipality: all PC4 areas together (Alfa + Beta: 250 in 2021, 210 in 2023).
    expect(prog.growth('GM0099', 2021, 2023)).toBe(210 / 250);
    expect(prog.growth(null, 2021, 2023)).toBe(210 / 250);
  });

  it('rejects parameters outside -0.2..0.2 and years before 2021', () => {
    expect(() => resolvePrognosis({ birthTrend: -1 })).toThrow(/birthTrend must be "data" or a fraction/);
    expect(() => resolvePrognosis({ migration: Number.NaN })).toThrow(/migration/);
    expect(() => projectAges(ALFA, 2020, P)).toThrow(/starts in 2021/);
    expect(resolvePrognosis(undefined)).toEqual({ birthTrend: 'data', migration: 0, birthBand: 0.01 });
  });
});

describe('demand of year Y', () => {
  it('fixture: weight(Y) = base weight * growth of the municipality from 2021', () => {
    const ev = createEvaluator(prognosisBundle(), 'po');
    const p = ev.prepared;
    const prog = prognosisFor(p, resolvePrognosis({ birthTrend: 0 }));
    const w2023 = yearWeights(p, prog, 2023);
    // Documented 2023 PO formula: Y_LT15 * (0.6*a_0_4 + a_5_9) / (a_0_4 + a_5_9 + a_10_14).
    expect(Array.from(w2023)).toEqual([
      (1000 * 80) / 200, // D1 Alfa: (0.6*50 + 50) / 200
      (500 * 80) / 200,
      800 * 0.6 * (130 / 150), // D3 Beta: base share 0.6, growth 130/150
      0,
      (200 * 80) / 200,
      300 * 0.6 * (130 / 150)
    ]);
    const w2030 = yearWeights(p, prog, 2030);
    expect(w2030[0]).toBe(400);
    expect(w2030[2]).toBeCloseTo((800 * 80) / 250, 12);
  });

  for (const sector of ['po', 'vo'] as const) {
    it(`Achterhoek ${sector}: 2023 demand equals the documented formula, cell by cell`, () => {
      const bundle = loadRealBundle('achterhoek');
      const before = structuralHash(bundle);
      const ev = createEvaluator(bundle, sector);
      const series = ev.years([], { toYear: 2023 });
      // Ages 4-11 in 2023 are ages 2-9 in 2021 (0.6*a_0_4 + a_5_9); ages 12-17 are 10-15 (a_10_14 + 0.2*a_15_19).
      const sums = new Map<string, { num: number; den: number }>();
      for (const pc of bundle.postcodes) {
        const a = pc.ages;
        const s = sums.get(pc.municipality) ?? { num: 0, den: 0 };
        s.num += sector === 'po' ? 0.6 * a.a_0_4 + a.a_5_9 : a.a_10_14 + 0.2 * a.a_15_19;
        s.den += a.a_0_4 + a.a_5_9 + a.a_10_14;
        sums.set(pc.municipality, s);
      }
      let total = 0;
      bundle.demand.forEach((u, k) => {
        const s = sums.get(u.municipality)!;
        const expected = (u.Y_LT15 * s.num) / s.den;
        const got = series.demand.weight[k];
        expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
        total += expected;
      });
      expect(series.totals.demand[0]).toBeCloseTo(total, 6);
      expect(structuralHash(bundle)).toBe(before);
    });
  }
});
