/**
 * The calibration of one region and sector from scratch, with its evidence: what `npm run validate` prints and
 * writes into calibration-table.ts. Uses the optimiser (calibrate.ts), so it stays out of the app's bundle.
 */
import type { RegionBundle } from '../geodata/schema';
import { prepareRegion } from '../prepare';
import { computeReachability } from '../reachability';
import { baselineState } from '../scenario';
import type { EngineSector } from '../types';
import { calibrate, evidence, unscaledCounts } from './calibrate';
import { fitStats } from './fit';
import { choiceData, ratioScale } from './model';
import type { CalibrationEntry, ChoiceParameters } from './types';

/**
 * Calibrate a region's sector from scratch (exponential decay, the model's form) and compare: the calibration
 * entry with its evidence, the in-sample fit of the power-decay form for the comparison of the two and, given the
 * national parameters, their fit on this region's schools. null when the region has fewer than 5 schools of the
 * sector with a DUO count (nothing to calibrate on).
 */
export function regionEvidence(
  bundle: RegionBundle,
  sector: EngineSector,
  national?: ChoiceParameters
): CalibrationEntry | null {
  const prepared = prepareRegion(bundle, sector);
  const data = choiceData(prepared);
  if (!data || data.fitSet.length < 5) return null;
  const reach = computeReachability(prepared, baselineState(prepared));
  const ev = evidence(data, reach.nearest, prepared.facilityMunicipality, 'exp');
  const power = calibrate(data, 'power').parameters;
  const actual = Array.from(data.fitSet, (j) => data.pupils[j]);
  const scaled = (params: ChoiceParameters) => {
    const counts = unscaledCounts(data, params);
    const scale = ratioScale(counts, data.pupils, data.fitSet);
    return Array.from(data.fitSet, (j) => scale * counts[j]);
  };
  return {
    region: bundle.meta.id,
    sector,
    decay: 'exp',
    beta: ev.parameters.beta,
    theta: ev.parameters.theta,
    fit: ev.fit,
    nearest: ev.nearest,
    holdout: ev.holdout,
    power: fitStats(scaled(power), actual),
    ...(national ? { national: fitStats(scaled(national), actual) } : {})
  };
}
