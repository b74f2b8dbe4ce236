/**
 * The school-choice model (a production-constrained spatial interaction model, as in Huff's retail model):
 *
 *   P_ij = exp(V_ij) / sum_k exp(V_ik)   over the open schools k in unit i's choice set (pairs.ts)
 *   V_ij = -beta * f(d_ij) + sum_p theta_p * x_jp                      (features.ts)
 *   modelled pupils of school j = scale * sum_i w_i * P_ij
 *
 * w_i is the prepared demand weight (estimated children of the sector's ages, demand.ts). `scale` makes the
 * modelled total of the region's schools with a DUO count equal their DUO total (one number per region and
 * sector: the share of the estimated children that attend these schools). beta and theta are calibrated on the
 * DUO counts of 1-10-2023 of all Dutch schools (calibrate.ts; the committed values are in calibration-table.ts).
 */
import type { PreparedRegion } from '../prepare';
import type { EngineSector } from '../types';
import { CHOICE_FEATURES, decayTerm, facilityFeatures } from './features';
import type { ChoiceParameters } from './types';
export type { ChoiceParameters } from './types';
import { buildPairs, CHOICE_SET, type ChoicePairs } from './pairs';
import { CALIBRATION } from './calibration-table';

/** What the model needs of a prepared region, fixed for all parameter values (calibration reuses it). */
export interface ChoiceData {
  sector: EngineSector;
  pairs: ChoicePairs;
  /** Feature vectors per facility, flat: x[f * P + p]. */
  x: Float64Array;
  /** Demand weight per unit. */
  weight: Float64Array;
  /** Region facilities with a DUO count: the schools the model is calibrated on and compared with. */
  fitSet: Int32Array;
  /** DUO pupils per facility (0 where unknown). */
  pupils: Float64Array;
}

/** The bundle whose calibration the engine uses everywhere. */
export const NATIONAL = 'nederland';

export interface ChoiceModel {
  sector: EngineSector;
  parameters: ChoiceParameters;
  /** The bundle the parameters were calibrated on ('nederland'). */
  calibratedOn: string;
  data: ChoiceData;
  /** exp(V) per pair. */
  e: Float64Array;
  /** sum of exp(V) over the choice set of each unit with every facility open. */
  denominator: Float64Array;
  /** exp(attractiveness) a new facility (an `open` edit) gets: that of the average facility of the region. */
  newAttraction: number;
  scale: number;
  /** Modelled pupils per facility with every facility open (scaled). */
  modelled: Float64Array;
}

/** The school sectors' choice data, or null for a sector the model does not cover (every other preset). */
export function choiceData(prepared: PreparedRegion): ChoiceData | null {
  const sector = prepared.sector;
  if ((sector !== 'po' && sector !== 'vo') || prepared.imported) return null;
  const { radiusKm, maxPerUnit } = CHOICE_SET[sector];
  const pairs = buildPairs(prepared, radiusKm, maxPerUnit);
  const P = CHOICE_FEATURES[sector].length;
  const F = prepared.facilityIds.length;
  const x = new Float64Array(F * P);
  prepared.facilities.forEach((f, j) => x.set(facilityFeatures(sector, f), j * P));
  const fit: number[] = [];
  for (let j = 0; j < F; j++) if (!prepared.isContext[j] && prepared.pupilsKnown[j]) fit.push(j);
  return {
    sector,
    pairs,
    x,
    weight: prepared.weight,
    fitSet: Int32Array.from(fit),
    pupils: prepared.pupilsBase
  };
}

/** exp(sum theta_p x_jp) per facility. */
export function attractions(data: ChoiceData, theta: readonly number[]): Float64Array {
  const P = CHOICE_FEATURES[data.sector].length;
  const F = data.x.length / P;
  const out = new Float64Array(F);
  for (let j = 0; j < F; j++) {
    let a = 0;
    for (let p = 0; p < P; p++) a += theta[p] * data.x[j * P + p];
    out[j] = Math.exp(a);
  }
  return out;
}

/** exp(V) per pair for the given parameters. */
export function pairWeights(data: ChoiceData, params: ChoiceParameters): Float64Array {
  const a = attractions(data, params.theta);
  const { facility, km } = data.pairs;
  const e = new Float64Array(facility.length);
  for (let k = 0; k < e.length; k++) {
    e[k] = a[facility[k]] * Math.exp(-params.beta * decayTerm(params.decay, km[k]));
  }
  return e;
}

/**
 * Unscaled modelled pupils per facility, sum_i w_i e_ij / S_i, with S_i the sum over the unit's pairs whose
 * facility is open (`open` null: all). Also returns S per unit.
 */
export function modelledCounts(
  data: ChoiceData,
  e: Float64Array,
  facilityCount: number,
  open: Uint8Array | null = null
): { counts: Float64Array; denominator: Float64Array } {
  const { start, facility } = data.pairs;
  const U = start.length - 1;
  const counts = new Float64Array(facilityCount);
  const denominator = new Float64Array(U);
  for (let u = 0; u < U; u++) {
    let s = 0;
    for (let k = start[u]; k < start[u + 1]; k++) if (!open || open[facility[k]]) s += e[k];
    denominator[u] = s;
    if (!(s > 0)) continue;
    const f = data.weight[u] / s;
    for (let k = start[u]; k < start[u + 1]; k++)
      if (!open || open[facility[k]]) counts[facility[k]] += f * e[k];
  }
  return { counts, denominator };
}

/** sum of DUO pupils over sum of modelled pupils, over the given schools (1 when nothing is modelled). */
export function ratioScale(counts: Float64Array, pupils: Float64Array, schools: Int32Array): number {
  let y = 0;
  let m = 0;
  for (const j of schools) {
    y += pupils[j];
    m += counts[j];
  }
  return m > 0 ? y / m : 1;
}

/**
 * The parameters the engine uses for a sector: the national calibration (all Dutch schools), for every region.
 * Calibrated per region the model fits its own schools better but predicts the other half of a region worse (the
 * hold-out of `npm run validate`): a few thousand schools pin down beta and theta, a few dozen do not.
 */
export function parametersFor(sector: EngineSector): { parameters: ChoiceParameters; calibratedOn: string } {
  const entry = CALIBRATION.find((c) => c.region === NATIONAL && c.sector === sector);
  if (!entry)
    throw new Error(`no calibrated choice model for sector ${sector}: run npm run validate -- --write`);
  return {
    parameters: { decay: entry.decay, beta: entry.beta, theta: [...entry.theta] },
    calibratedOn: entry.region
  };
}

/** The model with the given parameters on prepared choice data. */
export function buildModel(
  data: ChoiceData,
  parameters: ChoiceParameters,
  calibratedOn: string
): ChoiceModel {
  const F = data.pupils.length;
  const e = pairWeights(data, parameters);
  const { counts, denominator } = modelledCounts(data, e, F);
  const scale = ratioScale(counts, data.pupils, data.fitSet);
  const a = attractions(data, parameters.theta);
  let meanLog = 0;
  for (let j = 0; j < F; j++) meanLog += Math.log(a[j]);
  const modelled = counts.map((c) => c * scale);
  return {
    sector: data.sector,
    parameters,
    calibratedOn,
    data,
    e,
    denominator,
    newAttraction: F > 0 ? Math.exp(meanLog / F) : 1,
    scale,
    modelled
  };
}

const models = new WeakMap<PreparedRegion, ChoiceModel | null>();

/**
 * The choice model of a prepared region (cached): the committed national calibration on the region's demand and
 * schools. null for a sector the model does not cover (not po or vo, or the caller's own
 * facilities).
 */
export function choiceModelFor(prepared: PreparedRegion): ChoiceModel | null {
  if (models.has(prepared)) return models.get(prepared)!;
  const data = choiceData(prepared);
  const model = data
    ? (() => {
        const { parameters, calibratedOn } = parametersFor(data.sector);
        return buildModel(data, parameters, calibratedOn);
      })()
    : null;
  models.set(prepared, model);
  return model;
}
