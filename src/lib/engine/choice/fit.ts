/** Fit statistics of modelled against actual pupils, and the nearest rule's counts (no optimiser here). */
import type { ChoiceData } from './model';
import type { FitStats } from './types';

/** R^2, MAE and the share within 25 % of predictions against actual counts. */
export function fitStats(predicted: ArrayLike<number>, actual: ArrayLike<number>): FitStats {
  const n = actual.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += actual[i];
  mean /= n || 1;
  let ssr = 0;
  let sst = 0;
  let abs = 0;
  let within = 0;
  for (let i = 0; i < n; i++) {
    const r = predicted[i] - actual[i];
    ssr += r * r;
    sst += (actual[i] - mean) ** 2;
    abs += Math.abs(r);
    if (Math.abs(r) <= 0.25 * actual[i]) within++;
  }
  return { n, r2: sst > 0 ? 1 - ssr / sst : 0, mae: n ? abs / n : 0, within25: n ? within / n : 0 };
}

/** Demand for which each facility is the nearest (`nearest[u]`: facility index per unit). */
export function nearestCounts(data: ChoiceData, nearest: Int32Array): Float64Array {
  const counts = new Float64Array(data.pupils.length);
  for (let u = 0; u < nearest.length; u++) counts[nearest[u]] += data.weight[u];
  return counts;
}
