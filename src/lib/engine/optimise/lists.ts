/**
 * Candidate lists: per demand cell the facilities that may open, nearest first, as the engine orders them
 * (squared RD metres, ties by facility index, which is id order). The heuristic, the Lagrangian bound and the
 * exact model all read these lists, so they share one notion of "nearest".
 *
 * A list holds every allowed facility within `mustM` (the largest distance a criterion asks about), then more
 * until it has passed two always-open facilities (context or locked open: the nearest and second-nearest open
 * facility of the cell can never lie beyond them) or holds `cap` facilities. A list that passed two always-open
 * facilities, or holds every allowed facility, is `complete`. Distances are metres after the detour factor.
 */
import type { PreparedRegion } from '../prepare';

export interface CandidateLists {
  /** Number of cells. */
  count: number;
  /** CSR over cells: entries start[c] .. start[c + 1] - 1. */
  start: Int32Array;
  fac: Int32Array;
  /** Metres after the detour factor, ascending within a cell. */
  dist: Float64Array;
  /** 1 when nothing beyond the list can ever be a cell's nearest or second-nearest open facility. */
  complete: Uint8Array;
  /** CSR over facilities: the cells whose list holds the facility, with the distance. */
  revStart: Int32Array;
  revCell: Int32Array;
  revDist: Float64Array;
}

export interface ListOptions {
  /** Every allowed facility within this distance (metres after detour) is listed. */
  mustM: number;
  /** Most facilities per list beyond `mustM` (the list may stop earlier at two always-open facilities). */
  cap: number;
}

/**
 * Build the lists of `cells` (demand unit indices). `allowed[j]` = 1 when facility j may be open (not locked
 * closed); `fixedOpen[j]` = 1 when it is always open.
 */
export function buildLists(
  prepared: PreparedRegion,
  cells: Int32Array,
  allowed: Uint8Array,
  fixedOpen: Uint8Array,
  options: ListOptions
): CandidateLists {
  const F = prepared.facilityIds.length;
  const detour = prepared.parameters.detourFactor;
  let allowedCount = 0;
  for (let j = 0; j < F; j++) allowedCount += allowed[j];
  const mustStraight = options.mustM / detour;
  const must2 = mustStraight * mustStraight * (1 + 1e-12);
  const cap = Math.max(2, options.cap);

  const start = new Int32Array(cells.length + 1);
  const complete = new Uint8Array(cells.length);
  let fac: number[] = [];
  let dist: number[] = [];
  const found: number[] = [];
  const d2s: number[] = [];
  const order: number[] = [];

  for (let c = 0; c < cells.length; c++) {
    const u = cells[c];
    const x = prepared.dx[u];
    const y = prepared.dy[u];
    let r = Math.max(mustStraight, 2000);
    for (;;) {
      found.length = 0;
      d2s.length = 0;
      for (const j of prepared.facilityIndex.within(x, y, r)) {
        if (!allowed[j]) continue;
        const ddx = prepared.fx[j] - x;
        const ddy = prepared.fy[j] - y;
        found.push(j);
        d2s.push(ddx * ddx + ddy * ddy);
      }
      order.length = 0;
      for (let k = 0; k < found.length; k++) order.push(k);
      order.sort((a, b) => d2s[a] - d2s[b] || found[a] - found[b]);
      let fixedSeen = 0;
      let kept = 0;
      let stopped = false;
      for (const k of order) {
        if (d2s[k] > must2 && (kept >= cap || fixedSeen >= 2)) {
          stopped = true;
          break;
        }
        kept++;
        if (fixedOpen[found[k]]) fixedSeen++;
      }
      const all = found.length === allowedCount;
      // Stopped: every farther facility fails too. Otherwise a facility beyond r might still belong in the list.
      if (stopped || all) {
        for (let k = 0; k < kept; k++) {
          const e = order[k];
          fac.push(found[e]);
          dist.push(Math.sqrt(d2s[e]) * detour);
        }
        complete[c] = all || fixedSeen >= 2 ? 1 : 0;
        break;
      }
      r *= 2;
    }
    start[c + 1] = fac.length;
  }

  const facArr = Int32Array.from(fac);
  const distArr = Float64Array.from(dist);
  fac = [];
  dist = [];
  // Reverse lists, by counting sort over facilities.
  const revStart = new Int32Array(F + 1);
  for (let e = 0; e < facArr.length; e++) revStart[facArr[e] + 1]++;
  for (let j = 0; j < F; j++) revStart[j + 1] += revStart[j];
  const fill = revStart.slice(0, F);
  const revCell = new Int32Array(facArr.length);
  const revDist = new Float64Array(facArr.length);
  for (let c = 0; c < cells.length; c++) {
    for (let e = start[c]; e < start[c + 1]; e++) {
      const p = fill[facArr[e]]++;
      revCell[p] = c;
      revDist[p] = distArr[e];
    }
  }
  return {
    count: cells.length,
    start,
    fac: facArr,
    dist: distArr,
    complete,
    revStart,
    revCell,
    revDist
  };
}
