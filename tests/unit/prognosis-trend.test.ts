/**
 * The data-derived birth trend and the band: the trend follows the 0-4 / 5-9 cohort ratio per municipality, the
 * Achterhoek curve is not flat after the last observed cohort, and the low and high variants enclose the central
 * series (region totals and every school), widening over the years.
 */
import { describe, expect, it } from 'vitest';
import { createEvaluator, groupPrognosis, type EngineSector } from '../../src/lib/engine/index';
import { BIRTH_TREND_CLAMP, dataBirthTrend } from '../../src/lib/engine/prognosis';
import { loadRealBundle } from '../fixtures/engine/helpers';

const bundle = loadRealBundle('achterhoek');

describe('data-derived birth trend', () => {
  it('is (a_0_4 / a_5_9)^(1/5) - 1 per municipality, within the clamp', () => {
    expect(dataBirthTrend({ a_0_4: 80, a_5_9: 100 })).toBeCloseTo(0.8 ** 0.2 - 1, 12);
    expect(dataBirthTrend({ a_0_4: 10, a_5_9: 100 })).toBe(-BIRTH_TREND_CLAMP);
    expect(dataBirthTrend({ a_0_4: 0, a_5_9: 0 })).toBe(0);
    const g = groupPrognosis(bundle.postcodes, 'po', 2035, undefined);
    const sums = new Map<string, [number, number]>();
    for (const p of bundle.postcodes) {
      const s = sums.get(p.municipality) ?? [0, 0];
      sums.set(p.municipality, [s[0] + p.ages.a_0_4, s[1] + p.ages.a_5_9]);
    }
    for (const [code, [young, older]] of sums) {
      expect(g.birthTrends.get(code)).toBeCloseTo(
        Math.max(-BIRTH_TREND_CLAMP, Math.min(BIRTH_TREND_CLAMP, (young / older) ** 0.2 - 1)),
        12
      );
    }
    // The Achterhoek's youngest cohort is smaller than the one before: births fall.
    expect(g.overallBirthTrend).toBeLessThan(-0.005);
  });

  it('a number set by the user overrides it for every municipality', () => {
    const g = groupPrognosis(bundle.postcodes, 'po', 2035, { birthTrend: 0.01 });
    for (const t of g.birthTrends.values()) expect(t).toBe(0.01);
  });
});

describe('the curve and its band (real Achterhoek)', () => {
  for (const sector of ['po', 'vo'] as EngineSector[]) {
    it(`${sector}: not flat after the last observed cohort; low <= central <= high everywhere`, () => {
      const ev = createEvaluator(bundle, sector, { allocation: 'choice' });
      const s = ev.years([{ op: 'close', facility: sector === 'po' ? '11TN00' : ev.facilityIds[0] }]);
      const t = s.totals.pupils;
      const last = s.years.length - 1;
      // Constant births would make PO flat from 2033 (every pupil born after 2021) and VO rise only by cohorts:
      // with the data trend the totals keep changing in the last years.
      expect(Math.abs(t[last] - t[last - 1])).toBeGreaterThan(1);
      expect(Math.abs(t[last - 1] - t[last - 2])).toBeGreaterThan(1);
      const flat = ev.years([], { prognosis: { birthTrend: 0 } }).totals.pupils;
      expect(t[last]).not.toBeCloseTo(flat[last], 0);

      const { low, high } = s.band;
      expect(low.birthTrend).toBeCloseTo(s.birthTrends.region - 0.01, 12);
      expect(high.birthTrend).toBeCloseTo(s.birthTrends.region + 0.01, 12);
      for (let y = 0; y <= last; y++) {
        expect(low.pupils[y]).toBeLessThanOrEqual(t[y] + 1e-9);
        expect(high.pupils[y]).toBeGreaterThanOrEqual(t[y] - 1e-9);
        for (let i = 0; i < s.facilityCount; i++) {
          const k = y * s.facilityCount + i;
          expect(low.facilityPupils[k]).toBeLessThanOrEqual(s.facilities.pupils[k] + 1e-9);
          expect(high.facilityPupils[k]).toBeGreaterThanOrEqual(s.facilities.pupils[k] - 1e-9);
        }
      }
      // 2023 is the DUO count in every variant; the band opens later and widens.
      expect(low.pupils[0]).toBeCloseTo(t[0], 9);
      expect(high.pupils[last] - low.pupils[last]).toBeGreaterThan(high.pupils[5] - low.pupils[5]);
    });
  }

  it('a band of 0 collapses onto the central series', () => {
    const ev = createEvaluator(bundle, 'po');
    const s = ev.years([], { prognosis: { birthBand: 0 } });
    expect(Array.from(s.band.low.pupils)).toEqual(Array.from(s.totals.pupils));
    expect(Array.from(s.band.high.pupils)).toEqual(Array.from(s.totals.pupils));
  });
});
