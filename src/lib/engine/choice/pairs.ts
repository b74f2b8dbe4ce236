/**
 * The choice sets of the school-choice model: for every demand unit the facilities a child there may attend (the
 * sector's region and context facilities within a radius, at most the nearest `maxPerUnit`), as a compressed
 * sparse row table, plus the transposed index (per facility, the pair positions that name it) that a closure
 * walks. Built once per prepared region; never changed.
 */
import { NearestFinder } from '../nearest';
import type { PreparedRegion } from '../prepare';
import { STATUS_OPEN, type EngineSector } from '../types';

/** Choice set bounds per sector: PO children pick among nearby schools, VO pupils travel further. */
export const CHOICE_SET: Readonly<Record<EngineSector, { radiusKm: number; maxPerUnit: number }>> =
  Object.freeze({
    po: { radiusKm: 10, maxPerUnit: 30 },
    vo: { radiusKm: 30, maxPerUnit: 40 }
  });

/** The first search radius of a choice set (metres). */
const FIRST_RADIUS_M = 3000;

export interface ChoicePairs {
  /** Pairs of unit u are start[u] .. start[u + 1] - 1, nearest first. */
  start: Int32Array;
  facility: Int32Array;
  /** Straight-line distance of the pair in km. */
  km: Float64Array;
  /** The demand unit of each pair. */
  unit: Int32Array;
  /** Per facility f: its pair positions are byFacility[facStart[f] .. facStart[f + 1] - 1]. */
  facStart: Int32Array;
  byFacility: Int32Array;
}

/**
 * Choice sets of every demand unit: the facilities within `radiusKm`, nearest first (ties by index), at most
 * `maxPerUnit`; a unit with none within the radius gets its nearest facility, so every unit has one.
 */
export function buildPairs(prepared: PreparedRegion, radiusKm: number, maxPerUnit: number): ChoicePairs {
  const U = prepared.dx.length;
  const F = prepared.facilityIds.length;
  const start = new Int32Array(U + 1);
  // At most maxPerUnit pairs per unit: typed arrays of that capacity, trimmed at the end.
  const facility = new Int32Array(U * maxPerUnit);
  const km = new Float64Array(U * maxPerUnit);
  let count = 0;
  const radius = radiusKm * 1000;
  const finder = new NearestFinder(prepared.facilityIndex, prepared.facilityIds);
  const allOpen = {
    status: new Uint8Array(F).fill(STATUS_OPEN),
    addedX: new Float64Array(0),
    addedY: new Float64Array(0),
    addedIds: []
  };
  // Squared distance per facility of the unit at hand (scratch): sorting plain indices by it avoids an object
  // per candidate, which matters for the national bundle (~30,000 cells, hundreds of schools within 10 km).
  const d2 = new Float64Array(F);
  const byDistance = (a: number, b: number) => d2[a] - d2[b] || a - b;
  for (let u = 0; u < U; u++) {
    start[u] = count;
    const x = prepared.dx[u];
    const y = prepared.dy[u];
    // A small radius first: when it already holds maxPerUnit facilities, the nearest maxPerUnit are all in it
    // (anything outside is farther), so the result is the same as with the full radius, at a fraction of the cost.
    let near = prepared.facilityIndex.within(x, y, Math.min(radius, FIRST_RADIUS_M));
    for (let r = FIRST_RADIUS_M * 2; near.length < maxPerUnit && r / 2 < radius; r *= 2) {
      near = prepared.facilityIndex.within(x, y, Math.min(r, radius));
    }
    for (const j of near) {
      const ddx = prepared.fx[j] - x;
      const ddy = prepared.fy[j] - y;
      d2[j] = ddx * ddx + ddy * ddy;
    }
    if (near.length === 0) {
      const j = finder.find(x, y, allOpen);
      d2[j] = finder.d2;
      near.push(j);
    }
    near.sort(byDistance);
    for (let k = 0; k < near.length && k < maxPerUnit; k++, count++) {
      facility[count] = near[k];
      km[count] = Math.sqrt(d2[near[k]]) / 1000;
    }
  }
  start[U] = count;
  const fac = facility.slice(0, count);
  const facStart = new Int32Array(F + 1);
  for (let k = 0; k < fac.length; k++) facStart[fac[k] + 1]++;
  for (let f = 0; f < F; f++) facStart[f + 1] += facStart[f];
  const fill = facStart.slice(0, F);
  const byFacility = new Int32Array(fac.length);
  for (let k = 0; k < fac.length; k++) byFacility[fill[fac[k]]++] = k;
  const unit = new Int32Array(fac.length);
  for (let u = 0; u < U; u++) unit.fill(u, start[u], start[u + 1]);
  return { start, facility: fac, km: km.slice(0, count), unit, facStart, byFacility };
}
