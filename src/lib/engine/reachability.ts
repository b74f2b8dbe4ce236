/**
 * Reachability: for every demand unit the nearest open facility (region or context) and its squared straight-line
 * distance in RD metres, plus the units in distance order (for weighted quantiles).
 *
 * Incremental by construction. A closure can only affect units whose nearest facility closed: only those are
 * searched again. An opening can only affect units closer to the new facility than to their current nearest: a
 * radius query on the demand index (radius = the current largest distance) finds the candidates. The distance
 * order is repaired by removing the changed units and merging them back, O(n) instead of a full sort.
 */
import type { PreparedRegion } from './prepare';
import { finderFor, type EditEffect, type ScenarioState } from './scenario';

export interface ReachState {
  /** Nearest open facility per demand unit (facility index). */
  nearest: Int32Array;
  /** Squared straight-line distance in RD metres. */
  dist2: Float64Array;
  /** Demand unit indices sorted by (dist2, index). */
  order: Int32Array;
}

/** Id of a facility index in the given state (base facilities, then added ones). */
function idOf(prepared: PreparedRegion, state: ScenarioState, i: number): string {
  const n = prepared.facilityIds.length;
  return i < n ? prepared.facilityIds[i] : state.addedIds[i - n];
}

function sortUnits(units: Int32Array, dist2: Float64Array): Int32Array {
  return units.sort((a, b) => dist2[a] - dist2[b] || a - b);
}

/** Full computation: one nearest-neighbour search per demand unit. */
export function computeReachability(prepared: PreparedRegion, state: ScenarioState): ReachState {
  const finder = finderFor(prepared);
  const n = prepared.dx.length;
  const nearest = new Int32Array(n);
  const dist2 = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    nearest[u] = finder.find(prepared.dx[u], prepared.dy[u], state);
    dist2[u] = finder.d2;
  }
  const order = new Int32Array(n);
  for (let u = 0; u < n; u++) order[u] = u;
  return { nearest, dist2, order: sortUnits(order, dist2) };
}

/** Scratch for radius queries, grown on demand. */
let scratch = new Int32Array(1024);

/**
 * Reachability after one edit, given the reachability before it and the edit's effect. Returns the same object
 * when nothing changed; never mutates `before`.
 */
export function updateReachability(
  prepared: PreparedRegion,
  state: ScenarioState,
  before: ReachState,
  effect: EditEffect
): ReachState {
  if (effect.kind === 'none') return before;
  const n = before.nearest.length;
  const nearest = before.nearest.slice();
  const dist2 = before.dist2.slice();
  const changed: number[] = [];

  if (effect.kind === 'closed') {
    const finder = finderFor(prepared);
    const f = effect.facility;
    for (let u = 0; u < n; u++) {
      if (nearest[u] !== f) continue;
      nearest[u] = finder.find(prepared.dx[u], prepared.dy[u], state);
      dist2[u] = finder.d2;
      changed.push(u);
    }
  } else {
    const g = effect.facility;
    const k = g - prepared.facilityIds.length;
    const gx = state.addedX[k];
    const gy = state.addedY[k];
    const gid = state.addedIds[k];
    const maxD2 = n > 0 ? before.dist2[before.order[n - 1]] : 0;
    // A little slack so rounding in sqrt never drops a unit at exactly the current largest distance.
    const radius = Math.sqrt(maxD2) * (1 + 1e-9) + 1e-6;
    if (scratch.length < n) scratch = new Int32Array(n);
    const count = prepared.demandIndex.withinInto(gx, gy, radius, scratch);
    for (let j = 0; j < count; j++) {
      const u = scratch[j];
      const ddx = prepared.dx[u] - gx;
      const ddy = prepared.dy[u] - gy;
      const d2 = ddx * ddx + ddy * ddy;
      if (d2 < dist2[u] || (d2 === dist2[u] && gid < idOf(prepared, state, nearest[u]))) {
        nearest[u] = g;
        dist2[u] = d2;
        changed.push(u);
      }
    }
  }

  if (changed.length === 0) return { nearest, dist2, order: before.order };
  return { nearest, dist2, order: repairOrder(before.order, dist2, changed) };
}

/** Remove the changed units from the sorted order and merge them back at their new distances. */
export function repairOrder(order: Int32Array, dist2: Float64Array, changed: number[]): Int32Array {
  const n = order.length;
  const isChanged = new Uint8Array(n);
  for (const u of changed) isChanged[u] = 1;
  const moved = sortUnits(Int32Array.from(changed), dist2);
  const out = new Int32Array(n);
  let i = 0; // into order
  let j = 0; // into moved
  let o = 0;
  while (o < n) {
    while (i < n && isChanged[order[i]]) i++;
    if (j < moved.length) {
      const a = i < n ? order[i] : -1;
      const b = moved[j];
      if (a < 0 || dist2[b] < dist2[a] || (dist2[b] === dist2[a] && b < a)) {
        out[o++] = b;
        j++;
        continue;
      }
    }
    out[o++] = order[i++];
  }
  return out;
}
