/**
 * The year series on the real Achterhoek bundle: determinism, agreement with the 2023 evaluation and the DUO
 * counts, invariants over seeded random closures, and pupil transport when a remote village school closes,
 * checked against a brute-force computation from the bundle.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createEvaluator,
  STATUS_OPEN,
  yearSummary,
  type Edit,
  type YearSeries
} from '../../src/lib/engine/index';
import { loadRealBundle, mulberry32 } from '../fixtures/engine/helpers';

const bundle = loadRealBundle('achterhoek');

function seriesHash(s: YearSeries): string {
  const h = createHash('sha256');
  const add = (a: ArrayBufferView) => h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  for (const v of Object.values(s.totals)) add(v);
  for (const v of Object.values(s.facilities)) if (ArrayBuffer.isView(v)) add(v);
  add(s.demand.weight);
  add(s.demand.beyondTransport);
  return h.digest('hex');
}

describe('Achterhoek year series', () => {
  const ev = createEvaluator(bundle, 'po');
  const s = ev.years([]);

  it('is deterministic: a fresh evaluator gives bit-identical arrays', () => {
    const again = createEvaluator(bundle, 'po').years([]);
    expect(seriesHash(again)).toBe(seriesHash(s));
    const p = { prognosis: { birthTrend: -0.01, migration: -0.005 } };
    expect(seriesHash(createEvaluator(bundle, 'po').years([], p))).toBe(seriesHash(ev.years([], p)));
  });

  it('2023 equals the DUO counts and the 2023 evaluation', () => {
    const y = yearSummary(s, 2023);
    const report = ev.report([]);
    expect(y.pupils).toBe(20637);
    expect(y.openFacilities).toBe(report.summary.openFacilities);
    expect(y.belowNorm).toBe(report.summary.belowNorm);
    expect(y.transportChildren).toBe(0); // no child lies beyond 6 km (straight line) in the baseline
    expect(y.floorArea.surplusM2).toBe(0);
  });

  it('the year report agrees with the series', () => {
    for (const year of [2023, 2030]) {
      const r = ev.yearReport([], year);
      const y = yearSummary(s, year);
      expect(r.summary.belowNorm).toBe(y.belowNorm);
      expect(r.summary.pupilsTotal).toBeCloseTo(y.pupils, 6);
      expect(r.summary.transportChildren).toBe(y.transportChildren);
      expect(r.municipalities.reduce((a, m) => a + m.demand, 0)).toBeCloseTo(y.demand, 6);
      expect(r.facilities.filter((f) => f.belowNorm && !f.context).length).toBe(y.belowNorm);
    }
  });

  it('a birth decline lowers the later years and leaves 2023 alone', () => {
    const d = ev.years([], { prognosis: { birthTrend: -0.02 } });
    expect(d.totals.pupils[0]).toBe(s.totals.pupils[0]);
    expect(d.totals.pupils[12]).toBeLessThan(s.totals.pupils[12]);
    expect(d.totals.belowNorm[12]).toBeGreaterThanOrEqual(s.totals.belowNorm[12]);
  });

  it('invariants over seeded random closures', () => {
    const rand = mulberry32(2035);
    const p = ev.prepared;
    const region = p.facilityIds.filter((_, i) => !p.isContext[i]);
    for (let run = 0; run < 12; run++) {
      const ids = new Set<string>();
      const k = 1 + Math.floor(rand() * 8);
      while (ids.size < k) ids.add(region[Math.floor(rand() * region.length)]);
      const edits: Edit[] = [...ids].map((facility) => ({ op: 'close', facility }));
      const c = ev.years(edits);
      // Demand does not depend on the scenario.
      expect(Array.from(c.totals.demand)).toEqual(Array.from(s.totals.demand));
      // 2023: pupils are conserved (region schools + those moved out of the region).
      expect(c.totals.pupils[0] + c.totals.pupilsToContext[0]).toBeCloseTo(20637, 6);
      // Closing never brings a school nearer: every baseline transport cell stays one.
      for (let u = 0; u < c.demandCount; u++) {
        if (s.demand.beyondTransport[u]) expect(c.demand.beyondTransport[u]).toBe(1);
      }
      for (let y = 0; y < c.years.length; y++) {
        expect(c.totals.transportChildren[y]).toBeGreaterThanOrEqual(s.totals.transportChildren[y]);
        expect(c.totals.ruleReached[y]).toBeLessThanOrEqual(c.openFacilities);
      }
      expect(c.openFacilities).toBe(s.openFacilities - k);
    }
  });
});

describe('pupil transport when a remote village school closes', () => {
  // Rekken's only school (11NT00) lies 5.7 km straight-line from the next one; at the common road estimate of
  // 1.3 times the straight line its children end up beyond 6 km.
  const ev = createEvaluator(bundle, 'po', { detourFactor: 1.3 });
  const p = ev.prepared;
  const rekken = p.facilityById.get('11NT00')!;

  /** Brute force from the bundle: distance x 1.3 to the nearest open school of the prepared set. */
  function beyond(closed: number | null): Uint8Array {
    const flags = new Uint8Array(bundle.demand.length);
    bundle.demand.forEach((u, k) => {
      let best = Infinity;
      for (let i = 0; i < p.facilityIds.length; i++) {
        if (i === closed) continue;
        best = Math.min(best, Math.hypot(p.fx[i] - u.x, p.fy[i] - u.y));
      }
      if (best * 1.3 > 6000) flags[k] = 1;
    });
    return flags;
  }

  it('raises the transport count by the village children beyond 6 km', () => {
    expect(p.facilities[rekken].place).toBe('Rekken');
    const base = ev.years([]);
    const closed = ev.years([{ op: 'close', facility: '11NT00' }]);
    const before = beyond(null);
    const after = beyond(rekken);
    // 2023 weights from the documented formula: Y_LT15 * (0.6*a_0_4 + a_5_9) / (a_0_4 + a_5_9 + a_10_14).
    const sums = new Map<string, { num: number; den: number }>();
    for (const pc of bundle.postcodes) {
      const s = sums.get(pc.municipality) ?? { num: 0, den: 0 };
      s.num += 0.6 * pc.ages.a_0_4 + pc.ages.a_5_9;
      s.den += pc.ages.a_0_4 + pc.ages.a_5_9 + pc.ages.a_10_14;
      sums.set(pc.municipality, s);
    }
    let expected = 0;
    let cells = 0;
    const baseNearest = ev.evaluate([]).demand.nearest;
    bundle.demand.forEach((u, k) => {
      expect(before[k]).toBe(0);
      if (!after[k]) return;
      const s = sums.get(u.municipality)!;
      expected += (u.Y_LT15 * s.num) / s.den;
      cells++;
      expect(baseNearest[k]).toBe(rekken); // they were Rekken's children
    });
    expect(cells).toBeGreaterThan(0);
    expect(expected).toBeGreaterThan(10);
    expect(Array.from(closed.demand.beyondTransport)).toEqual(Array.from(after));
    expect(base.totals.transportChildren[0]).toBe(0);
    expect(closed.totals.transportChildren[0]).toBeCloseTo(expected, 9);
    // Later years: the same cells with that year's weights.
    const U = closed.demandCount;
    for (const year of [2030, 2035]) {
      const y = year - 2023;
      let sum = 0;
      for (let k = 0; k < U; k++) if (after[k]) sum += closed.demand.weight[y * U + k];
      expect(closed.totals.transportChildren[y]).toBeCloseTo(sum, 9);
    }
    // The school's pupils went to an open school.
    const r = ev.evaluate([{ op: 'close', facility: '11NT00' }]);
    expect(r.facilities.status[rekken]).not.toBe(STATUS_OPEN);
  });
});
