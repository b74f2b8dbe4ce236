/**
 * The choice model's spreading of one track of a closed VO location (allocation 'choice', VO only): as in
 * allocate.ts, the closing school f's pupils from unit i are w_i * P_if, but each of them now picks among the
 * open locations that offer the track only:
 *
 *   share_k = sum_i w_i P_if * e_ik / R_i(t)  /  sum_i w_i P_if,   R_i(t) = sum of e_ij over open j != f offering t
 *
 * Children of a unit with no open location offering the track in its choice set go to `nearest` (the nearest open
 * location offering the track), as do all pupils when the model gives f no children.
 */
import { STATUS_OPEN } from '../types';
import type { ChoiceState } from './allocate';
import type { ChoiceModel } from './model';

/** Position of `u` in the ascending `units`, or -1. */
function indexIn(units: Int32Array, u: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid] === u) return mid;
    if (units[mid] < u) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Shares (summing to 1) of facility f's pupils of one track per receiving facility index. `offers[j]` is
 * STATUS_OPEN for the open locations offering the track (f itself excluded by the caller or here).
 */
export function trackChoiceShares(
  model: ChoiceModel,
  choice: ChoiceState,
  offers: Uint8Array,
  f: number,
  nearest: number
): Map<number, number> {
  const { pairs, weight } = model.data;
  const { start, facility, facStart, byFacility, unit } = pairs;
  const e = model.e;
  const F = facStart.length - 1;
  const den = choice.denominator;
  const shares = new Map<number, number>();
  const add = (k: number, v: number) => shares.set(k, (shares.get(k) ?? 0) + v);
  let total = 0;
  let orphan = 0;

  const visit = (u: number, ef: number) => {
    const s = den[u];
    if (!(s > 0) || !(weight[u] > 0)) return;
    const cu = (weight[u] * ef) / s;
    total += cu;
    let rest = 0;
    for (let k = start[u]; k < start[u + 1]; k++) {
      const j = facility[k];
      if (j !== f && offers[j] === STATUS_OPEN) rest += e[k];
    }
    const addedE: number[] = [];
    choice.added.forEach((g, a) => {
      const q = F + a === f || offers[F + a] !== STATUS_OPEN ? -1 : indexIn(g.units, u);
      addedE.push(q < 0 ? 0 : g.e[q]);
      if (q >= 0) rest += g.e[q];
    });
    if (!(rest > 0)) {
      orphan += cu;
      return;
    }
    for (let k = start[u]; k < start[u + 1]; k++) {
      const j = facility[k];
      if (j !== f && offers[j] === STATUS_OPEN) add(j, (cu * e[k]) / rest);
    }
    addedE.forEach((v, a) => v > 0 && add(F + a, (cu * v) / rest));
  };

  if (f < F) {
    for (let q = facStart[f]; q < facStart[f + 1]; q++) visit(unit[byFacility[q]], e[byFacility[q]]);
  } else {
    const own = choice.added[f - F];
    for (let q = 0; q < own.units.length; q++) visit(own.units[q], own.e[q]);
  }

  if (!(total > 0)) return new Map(nearest >= 0 ? [[nearest, 1]] : []);
  if (orphan > 0 && nearest >= 0) add(nearest, orphan);
  const sum = [...shares.values()].reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return new Map(nearest >= 0 ? [[nearest, 1]] : []);
  for (const [k, v] of shares) shares.set(k, v / sum);
  return shares;
}
