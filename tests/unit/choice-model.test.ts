/**
 * The school-choice model: its calibration recovers known parameters from pupils drawn from the model itself
 * (on the real Achterhoek geometry), the committed calibration is what the code computes today, and the model's
 * baseline beats the nearest-school rule on the real DUO counts.
 */
import { describe, expect, it } from 'vitest';
import { calibrate, fitStats } from '../../src/lib/engine/choice/calibrate';
import { CALIBRATION } from '../../src/lib/engine/choice/calibration-table';
import { regionEvidence } from '../../src/lib/engine/choice/region-evidence';
import { choiceData, choiceModelFor, pairWeights, type ChoiceData } from '../../src/lib/engine/choice/model';
import { facilityFeatures, poClass, voTracks } from '../../src/lib/engine/choice/features';
import type { ChoiceParameters } from '../../src/lib/engine/choice/types';
import { prepareRegion } from '../../src/lib/engine/prepare';
import { loadRealBundle, mulberry32 } from '../fixtures/engine/helpers';

const bundle = loadRealBundle('achterhoek');

/** Pupils per facility when every child of every unit picks a school by the model (seeded multinomial draws). */
function drawPupils(data: ChoiceData, params: ChoiceParameters, seed: number): Float64Array {
  const rng = mulberry32(seed);
  const e = pairWeights(data, params);
  const { start, facility } = data.pairs;
  const pupils = new Float64Array(data.pupils.length);
  for (let u = 0; u + 1 < start.length; u++) {
    let s = 0;
    for (let k = start[u]; k < start[u + 1]; k++) s += e[k];
    for (let child = 0; child < Math.round(data.weight[u]); child++) {
      let r = rng() * s;
      let k = start[u];
      while (k < start[u + 1] - 1 && (r -= e[k]) > 0) k++;
      pupils[facility[k]]++;
    }
  }
  return pupils;
}

describe('features', () => {
  it('denomination classes and VO tracks', () => {
    expect(
      ['Openbaar', 'Rooms-Katholiek', 'Protestants-Christelijk', 'Algemeen bijzonder'].map(poClass)
    ).toEqual([0, 1, 2, 3]);
    expect(voTracks('VBO/MAVO/HAVO/VWO')).toBe(4);
    expect(voTracks('PRO')).toBe(0);
    expect(facilityFeatures('vo', { denomination: 'Bijzonder', type: 'HAVO/VWO' })).toEqual([
      1,
      Math.log(2),
      0
    ]);
    expect(facilityFeatures('po', { denomination: 'Reformatorisch' })).toEqual([0, 0, 1]);
  });
});

describe('calibration', () => {
  const prepared = prepareRegion(bundle, 'po');
  const real = choiceData(prepared)!;

  it('recovers the parameters of pupils drawn from a known model (real Achterhoek geometry)', () => {
    const truth: ChoiceParameters = { decay: 'exp', beta: 1.4, theta: [0.4, -0.3, 0.2] };
    const pupils = drawPupils(real, truth, 7);
    const synthetic: ChoiceData = { ...real, pupils };
    const { parameters } = calibrate(synthetic, 'exp');
    expect(parameters.beta).toBeGreaterThan(truth.beta * 0.9);
    expect(parameters.beta).toBeLessThan(truth.beta * 1.1);
    parameters.theta.forEach((t, p) => expect(Math.abs(t - truth.theta[p])).toBeLessThan(0.15));
    // And the power form too: same draws from a power-decay model.
    const powerTruth: ChoiceParameters = { decay: 'power', beta: 2.2, theta: [0.1, 0.3, -0.2] };
    const fitted = calibrate({ ...real, pupils: drawPupils(real, powerTruth, 11) }, 'power').parameters;
    expect(Math.abs(fitted.beta - powerTruth.beta) / powerTruth.beta).toBeLessThan(0.1);
    fitted.theta.forEach((t, p) => expect(Math.abs(t - powerTruth.theta[p])).toBeLessThan(0.15));
  });

  it('the committed Achterhoek entry is what the calibration gives today (reproducible)', () => {
    const national = CALIBRATION.find((c) => c.region === 'nederland' && c.sector === 'po')!;
    const entry = regionEvidence(bundle, 'po', national)!;
    const committed = CALIBRATION.find((c) => c.region === 'achterhoek' && c.sector === 'po')!;
    expect(entry.beta).toBeCloseTo(committed.beta, 4);
    entry.theta.forEach((t, p) => expect(t).toBeCloseTo(committed.theta[p], 4));
    for (const key of ['fit', 'nearest', 'power', 'national'] as const) {
      expect(entry[key]!.r2).toBeCloseTo(committed[key]!.r2, 3);
      expect(entry[key]!.n).toBe(committed[key]!.n);
    }
    expect(entry.holdout.choice.r2).toBeCloseTo(committed.holdout.choice.r2, 3);
  });

  it('on the real DUO counts the model (national parameters) beats the nearest rule', () => {
    const model = choiceModelFor(prepareRegion(bundle, 'po', { allocation: 'choice' }))!;
    expect(model.calibratedOn).toBe('nederland');
    const schools = Array.from(model.data.fitSet);
    const actual = schools.map((j) => model.data.pupils[j]);
    const fit = fitStats(
      schools.map((j) => model.modelled[j]),
      actual
    );
    const committed = CALIBRATION.find((c) => c.region === 'achterhoek' && c.sector === 'po')!;
    expect(fit.r2).toBeCloseTo(committed.national!.r2, 3);
    expect(fit.r2).toBeGreaterThan(committed.nearest.r2 + 0.5);
    expect(fit.within25).toBeGreaterThan(committed.nearest.within25);
    // Totals match by construction: the scale is the ratio of DUO to modelled pupils.
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(schools.map((j) => model.modelled[j]))).toBeCloseTo(sum(actual), 6);
  });

  it('fit statistics by hand', () => {
    const s = fitStats([10, 20, 40], [10, 25, 30]);
    expect(s.n).toBe(3);
    expect(s.mae).toBeCloseTo(5, 12);
    expect(s.within25).toBeCloseTo(2 / 3, 12); // 20 vs 25 is within 25 %, 40 vs 30 is not
    expect(s.r2).toBeCloseTo(
      1 - 125 / (((10 - 65 / 3) ** 2 + (25 - 65 / 3) ** 2 + (30 - 65 / 3) ** 2) as number),
      12
    );
  });
});
