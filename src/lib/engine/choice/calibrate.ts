/**
 * Calibration and evidence of the school-choice model.
 *
 * Method: least squares. beta and theta minimise sum_j (y_j - scale * m_j)^2 over the region's schools with a DUO
 * count (y_j: DUO pupils 1-10-2023, m_j: unscaled modelled pupils, scale: their ratio of totals, so totals match),
 * by Levenberg-Marquardt (ml-levenberg-marquardt) with a forward-difference Jacobian, from beta = 1 (exp) or 2
 * (power) and theta = 0, a fixed number of iterations: deterministic, so the same data give the same parameters.
 * Least squares on counts maximises R^2, the figure the evidence reports.
 *
 * Evidence: R^2 (1 - SS_res / SS_tot around the mean DUO count), mean absolute error and the share of schools
 * whose modelled count is within 25 % of the DUO count, for the choice model and for the nearest-school rule
 * (pupils = scale * the demand for which the school is the nearest, scale again the ratio of totals). Hold-out:
 * the region's municipalities in code order are dealt alternately into two halves; each half's schools are
 * predicted with beta, theta and scale calibrated on the other half only.
 */
import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { CHOICE_FEATURES, type ChoiceDecay } from './features';
import { modelledCounts, pairWeights, ratioScale, type ChoiceData } from './model';
import type { ChoiceParameters, FitStats } from './types';
import { fitStats, nearestCounts } from './fit';
export { fitStats, nearestCounts } from './fit';

/** Levenberg-Marquardt iterations (the library runs all of them; the fit settles well before). */
export const CALIBRATION_ITERATIONS = 60;

/** Unscaled modelled pupils per facility for the given parameters (all facilities open). */
export function unscaledCounts(data: ChoiceData, params: ChoiceParameters): Float64Array {
  return modelledCounts(data, pairWeights(data, params), data.pupils.length).counts;
}

/**
 * Calibrate beta and theta on the schools `schools` (default: data.fitSet). Returns the parameters and the
 * least-squares error reached.
 */
export function calibrate(
  data: ChoiceData,
  decay: ChoiceDecay,
  schools: Int32Array = data.fitSet
): { parameters: ChoiceParameters; sse: number } {
  const P = CHOICE_FEATURES[data.sector].length;
  const toParams = (q: readonly number[]): ChoiceParameters => ({
    decay,
    beta: q[0],
    theta: q.slice(1, 1 + P)
  });
  const x = Array.from(schools, (_, i) => i);
  const y = Array.from(schools, (j) => data.pupils[j]);
  const model = (q: number[]) => {
    const counts = unscaledCounts(data, toParams(q));
    const scale = ratioScale(counts, data.pupils, schools);
    return (i: number) => scale * counts[schools[i]];
  };
  const initial = [decay === 'exp' ? 1 : 2, ...new Array<number>(P).fill(0)];
  const result = levenbergMarquardt({ x, y }, model, {
    initialValues: initial,
    minValues: [0.01, ...new Array<number>(P).fill(-5)],
    maxValues: [20, ...new Array<number>(P).fill(5)],
    gradientDifference: 1e-4,
    maxIterations: CALIBRATION_ITERATIONS
  });
  return { parameters: toParams(result.parameterValues), sse: result.parameterError };
}

/** Scaled predictions of `schools` from unscaled counts, the scale taken from the `scaleOn` schools. */
function predict(counts: Float64Array, data: ChoiceData, schools: Int32Array, scaleOn: Int32Array) {
  const scale = ratioScale(counts, data.pupils, scaleOn);
  return Array.from(schools, (j) => scale * counts[j]);
}

export interface Evidence {
  parameters: ChoiceParameters;
  fit: FitStats;
  nearest: FitStats;
  holdout: { choice: FitStats; nearest: FitStats };
  /** Modelled (choice) and nearest-rule pupils per fit school, in data.fitSet order, for the scatter. */
  modelled: number[];
  nearestModelled: number[];
}

/**
 * The evidence of one region and sector: calibrate on all its schools, compare with the nearest rule, and the
 * two-half hold-out by municipality (`municipalityOf[f]`: index of facility f's municipality, -1 for none).
 */
export function evidence(
  data: ChoiceData,
  nearest: Int32Array,
  municipalityOf: Int32Array,
  decay: ChoiceDecay
): Evidence {
  const { parameters } = calibrate(data, decay);
  const all = data.fitSet;
  const actual = Array.from(all, (j) => data.pupils[j]);
  const modelled = predict(unscaledCounts(data, parameters), data, all, all);
  const near = nearestCounts(data, nearest);
  const nearestModelled = predict(near, data, all, all);

  const codes = [...new Set(Array.from(all, (j) => municipalityOf[j]))].sort((a, b) => a - b);
  const half = (j: number) => codes.indexOf(municipalityOf[j]) % 2;
  const predictedChoice = new Float64Array(all.length);
  const predictedNearest = new Float64Array(all.length);
  for (const h of [0, 1]) {
    const train = all.filter((j) => half(j) !== h);
    const test = all.filter((j) => half(j) === h);
    if (test.length === 0) continue;
    const trained = train.length >= 2 ? calibrate(data, decay, train).parameters : parameters;
    const scaleOn = train.length > 0 ? train : all;
    const pc = predict(unscaledCounts(data, trained), data, test, scaleOn);
    const pn = predict(near, data, test, scaleOn);
    test.forEach((j, k) => {
      const at = all.indexOf(j);
      predictedChoice[at] = pc[k];
      predictedNearest[at] = pn[k];
    });
  }
  return {
    parameters,
    fit: fitStats(modelled, actual),
    nearest: fitStats(nearestModelled, actual),
    holdout: {
      choice: fitStats(predictedChoice, actual),
      nearest: fitStats(predictedNearest, actual)
    },
    modelled,
    nearestModelled
  };
}
