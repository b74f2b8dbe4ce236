/**
 * A lower bound for `median` without an exact solver: the Lagrangian relaxation of the p-median problem (relax
 * "every cell is assigned once" with a multiplier per cell), improved by subgradient steps.
 *
 *   L(lambda) = sum_c lambda_c + sum over open facilities j of rho_j,  rho_j = sum_c min(0, w_c d_cj - lambda_c)
 *
 * with the always-open facilities always counted and the `keepFree` smallest rho of the free ones. Every
 * L(lambda) is a valid lower bound of the summed weighted distance (also with the other criteria, which only
 * shrink the feasible set). Lambda_c is capped at w_c times the last distance on the cell's list, so facilities
 * beyond the list can never contribute and the lists suffice.
 */
import { ROLE_CLOSED, ROLE_OPEN, type OptimiseProblem } from './problem';

export interface BoundControl {
  deadline: number;
  /** Most subgradient steps. */
  iterations?: number;
  tick?: (bound: number) => void;
}

/**
 * The best bound found (weight x metres), starting from the multipliers of a known solution (`d1`: distance of
 * each cell to its facility in that solution) whose summed weighted distance is `upper`.
 */
export function lagrangeBound(
  problem: OptimiseProblem,
  d1: Float64Array,
  upper: number,
  control: BoundControl
): number {
  const { lists, w, free, F, role } = problem;
  const keepFree = problem.keepFree;
  if (keepFree === null) return -Infinity;
  const C = lists.count;
  const lambda = new Float64Array(C);
  const cap = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    const e = lists.start[c + 1] - 1;
    cap[c] = e >= lists.start[c] ? w[c] * lists.dist[e] : 0;
    lambda[c] = Math.min(cap[c], w[c] * d1[c]);
  }
  const rho = new Float64Array(F);
  const chosen = new Uint8Array(F);
  const assigned = new Int32Array(C);
  const freeRho = new Float64Array(free.length);
  const order = new Int32Array(free.length);
  let best = -Infinity;
  let theta = 2;
  let sinceBest = 0;
  const iterations = control.iterations ?? 200;
  for (let it = 0; it < iterations; it++) {
    rho.fill(0);
    for (let j = 0; j < F; j++) {
      if (role[j] === ROLE_CLOSED) continue;
      let s = 0;
      for (let e = lists.revStart[j]; e < lists.revStart[j + 1]; e++) {
        const c = lists.revCell[e];
        const v = w[c] * lists.revDist[e] - lambda[c];
        if (v < 0) s += v;
      }
      rho[j] = s;
    }
    chosen.fill(0);
    let value = 0;
    for (let c = 0; c < C; c++) value += lambda[c];
    for (let j = 0; j < F; j++) {
      if (role[j] === ROLE_OPEN) {
        chosen[j] = 1;
        value += rho[j];
      }
    }
    for (let k = 0; k < free.length; k++) {
      freeRho[k] = rho[free[k]];
      order[k] = k;
    }
    order.sort((a, b) => freeRho[a] - freeRho[b] || a - b);
    for (let k = 0; k < keepFree; k++) {
      chosen[free[order[k]]] = 1;
      value += freeRho[order[k]];
    }
    if (best === -Infinity || value > best + 1e-9 * Math.abs(best)) {
      best = value;
      sinceBest = 0;
    } else if (++sinceBest >= 20) {
      theta /= 2;
      sinceBest = 0;
    }
    control.tick?.(best);
    // Stop when the gap is below 0.001 % (enough to report honestly), the steps are tiny, or time is up.
    if (upper - best <= 1e-5 * Math.abs(upper) || theta < 1e-4 || performance.now() > control.deadline) break;
    // Subgradient: 1 - (number of chosen facilities the cell would use).
    assigned.fill(0);
    for (let j = 0; j < F; j++) {
      if (!chosen[j]) continue;
      for (let e = lists.revStart[j]; e < lists.revStart[j + 1]; e++) {
        const c = lists.revCell[e];
        if (w[c] * lists.revDist[e] - lambda[c] < 0) assigned[c]++;
      }
    }
    let norm2 = 0;
    for (let c = 0; c < C; c++) {
      const g = 1 - assigned[c];
      norm2 += g * g;
    }
    if (norm2 === 0) break; // the relaxed solution is feasible: the bound is the optimum
    const step = (theta * (upper - value)) / norm2;
    for (let c = 0; c < C; c++) {
      const v = lambda[c] + step * (1 - assigned[c]);
      lambda[c] = v < 0 ? 0 : v > cap[c] ? cap[c] : v;
    }
  }
  return best;
}
