/**
 * The heuristic moves on an Assignment: greedy drop (close the facility whose closure costs least, while the
 * cover rows and the share stay met) and fast interchange (Whitaker; Resende and Werneck's bookkeeping): for every
 * closed facility i, the gain of opening it and, in one pass over the cells that list it, the best open facility r
 * to close in exchange. Delta(i, r) = -gain(i) + loss(r) - extra(i, r), where extra counts the cells of r that i
 * would take over. A swap is taken when it improves; passes repeat until none does.
 *
 * `distance` mode minimises the summed weighted distance; `coverage` mode first the uncovered weight (children
 * beyond the distance), then the distance.
 */
import type { Assignment } from './assignment';

export type SearchMode = 'distance' | 'coverage';

export interface SearchControl {
  /** performance.now() after which the search stops with what it has. */
  deadline: number;
  /** Called now and then with the swaps so far (progress; may throw to cancel). */
  tick?: (swaps: number) => void;
}

const now = () => globalThis.performance.now();

function tolerance(a: Assignment): { dist: number; cov: number } {
  return { dist: 1e-9 * Math.max(1, Math.abs(a.cost)), cov: 1e-9 * Math.max(1, a.problem.totalWeight) };
}

/** Whether closing open free facility j keeps every row and the share met. */
export function canDrop(a: Assignment, j: number): boolean {
  if (!a.open[j] || a.sole[j] > 0) return false;
  const target = a.problem.shareTarget;
  return target <= 0 || a.covered - a.lossCov[j] >= target - tolerance(a).cov;
}

/** The cheapest allowed drop (other than `except`), or -1. */
function bestDrop(a: Assignment, mode: SearchMode, except = -1): number {
  let best = -1;
  let bestCov = Infinity;
  let bestDist = Infinity;
  for (const j of a.problem.free) {
    if (j === except || !a.open[j] || !canDrop(a, j)) continue;
    const cov = mode === 'coverage' ? a.lossCov[j] : 0;
    const dist = a.loss[j];
    if (cov < bestCov || (cov === bestCov && dist < bestDist)) {
      best = j;
      bestCov = cov;
      bestDist = dist;
    }
  }
  return best;
}

/** Greedy drop until `target` free facilities are open; false when no allowed drop is left before that. */
export function dropTo(a: Assignment, target: number, mode: SearchMode, control?: SearchControl): boolean {
  let n = 0;
  while (a.openFree > target) {
    const j = bestDrop(a, mode);
    if (j < 0) return false;
    a.closeFacility(j);
    if (control?.tick && ++n % 64 === 0) control.tick(0);
  }
  return true;
}

/**
 * Greedy drop to `target` whatever the rows say (the criteria cannot all be met with so few open): the proposal
 * still keeps the asked count, and the check shows which criterion breaks.
 */
export function forceDropTo(a: Assignment, target: number, mode: SearchMode): void {
  while (a.openFree > target) {
    let best = -1;
    let bestKey = Infinity;
    for (const j of a.problem.free) {
      if (!a.open[j]) continue;
      const key = mode === 'coverage' ? a.lossCov[j] * 1e12 + a.loss[j] : a.loss[j];
      if (key < bestKey) {
        bestKey = key;
        best = j;
      }
    }
    if (best < 0) return;
    a.closeFacility(best);
  }
}

/** Greedy drop while any drop keeps the rows and the share met (the `fewest` objective). Returns the drops. */
export function dropWhilePossible(a: Assignment, mode: SearchMode, control?: SearchControl): number {
  let n = 0;
  for (;;) {
    const j = bestDrop(a, mode);
    if (j < 0) return n;
    a.closeFacility(j);
    if (control?.tick && ++n % 64 === 0) control.tick(0);
  }
}

/**
 * One fewer open facility by a 2-for-1 exchange (the `fewest` objective): open a closed facility i when that lets
 * two open ones close while every row and the share stay met. Returns the exchanges made.
 */
export function squeeze(a: Assignment, mode: SearchMode, control: SearchControl): number {
  let made = 0;
  for (const i of a.problem.free) {
    if (a.open[i]) continue;
    if (now() > control.deadline) break;
    a.openFacility(i);
    const first = bestDrop(a, mode, i);
    if (first >= 0) {
      a.closeFacility(first);
      const second = bestDrop(a, mode, i);
      if (second >= 0) {
        a.closeFacility(second);
        made++;
        continue;
      }
      a.openFacility(first);
    }
    a.closeFacility(i);
  }
  return made;
}

/** Greedy add (from few open): the facility whose opening saves most, until `target` are open. */
export function addTo(a: Assignment, target: number, control?: SearchControl): void {
  const { lists, free } = a.problem;
  const w = a.problem.w;
  while (a.openFree < target) {
    let best = -1;
    let bestGain = -Infinity;
    for (const i of free) {
      if (a.open[i]) continue;
      let gain = 0;
      for (let e = lists.revStart[i]; e < lists.revStart[i + 1]; e++) {
        const c = lists.revCell[e];
        const d = lists.revDist[e];
        if (d < a.d1[c]) gain += w[c] * (a.d1[c] - d);
      }
      for (const c of a.wideCells()) {
        const d = a.distanceTo(c, i);
        if (d < a.d1[c] && !listed(a, c, i, d)) gain += w[c] * (a.d1[c] - d);
      }
      if (gain > bestGain) {
        bestGain = gain;
        best = i;
      }
    }
    if (best < 0) return;
    a.openFacility(best);
    control?.tick?.(0);
  }
}

/** Whether facility i (at distance d) is in cell c's list (lists are sorted prefixes). */
function listed(a: Assignment, c: number, i: number, d: number): boolean {
  const { lists } = a.problem;
  const s = lists.start[c];
  const e = lists.start[c + 1];
  if (e === s || d > lists.dist[e - 1]) return false;
  if (d < lists.dist[e - 1]) return true;
  for (let k = s; k < e; k++) if (lists.fac[k] === i) return true;
  return false;
}

/**
 * Fast interchange until no swap improves (or the deadline). Keeps the number of open facilities, every cover
 * row and the share. Returns the number of swaps made.
 */
export function interchange(a: Assignment, mode: SearchMode, control: SearchControl): number {
  const p = a.problem;
  const { lists, free, w, reach } = p;
  const D = p.maxDistanceM;
  const covMode = D !== null && (mode === 'coverage' || p.shareTarget > 0);
  const extra = new Float64Array(p.F);
  const extraCov = new Float64Array(p.F);
  const fixes = new Int32Array(p.F);
  const mark = new Uint8Array(p.F);
  const touched: number[] = [];
  const touch = (r: number) => {
    if (!mark[r]) {
      mark[r] = 1;
      touched.push(r);
    }
  };
  let swaps = 0;
  let improved = true;
  while (improved) {
    improved = false;
    for (let k = 0; k < free.length; k++) {
      const i = free[k];
      if (a.open[i]) continue;
      if (now() > control.deadline) return swaps;
      if (control.tick && k % 256 === 0) control.tick(swaps);
      let gain = 0;
      let gainCov = 0;
      const visit = (c: number, d: number) => {
        const wc = w[c];
        if (d < a.d1[c]) gain += wc * (a.d1[c] - d);
        const r = a.n1[c];
        if (d < a.d2[c] && r >= 0) {
          touch(r);
          extra[r] += wc * (a.d2[c] - Math.max(d, a.d1[c]));
        }
        if (covMode && reach[c] && d <= D!) {
          if (a.cov[c] === 0) gainCov += wc;
          else if (a.cov[c] === 1 && r >= 0) {
            touch(r);
            extraCov[r] += wc;
          }
        }
      };
      for (let e = lists.revStart[i]; e < lists.revStart[i + 1]; e++)
        visit(lists.revCell[e], lists.revDist[e]);
      for (const c of a.wideCells()) {
        const d = a.distanceTo(c, i);
        if (d < a.d2[c] && !listed(a, c, i, d)) visit(c, d);
      }
      const { rows } = p;
      for (let e = rows.byFacStart[i]; e < rows.byFacStart[i + 1]; e++) {
        const row = rows.byFacRow[e];
        if (a.rowOpen[row] !== 1) continue;
        const s = a.soleMember(row, -1);
        touch(s);
        fixes[s]++;
      }
      const tol = tolerance(a);
      let best = -1;
      let bestCov = 0;
      let bestDist = 0;
      for (const r of free) {
        if (!a.open[r] || a.sole[r] !== fixes[r]) continue;
        const dCov = covMode ? -gainCov + a.lossCov[r] - extraCov[r] : 0;
        if (p.shareTarget > 0 && a.covered - dCov < p.shareTarget - tol.cov) continue;
        const dDist = -gain + a.loss[r] - extra[r];
        const better =
          mode === 'coverage'
            ? dCov < bestCov - tol.cov || (dCov <= bestCov + tol.cov && dDist < bestDist - tol.dist)
            : dDist < bestDist - tol.dist;
        if (better) {
          best = r;
          bestCov = dCov;
          bestDist = dDist;
        }
      }
      for (const r of touched) {
        extra[r] = 0;
        extraCov[r] = 0;
        fixes[r] = 0;
        mark[r] = 0;
      }
      touched.length = 0;
      if (best >= 0) {
        a.openFacility(i);
        a.closeFacility(best);
        swaps++;
        improved = true;
      }
    }
  }
  return swaps;
}
