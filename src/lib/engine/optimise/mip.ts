/**
 * The exact model, built from the same problem as the heuristic.
 *
 * Distance uses the radius formulation of the p-median problem (Elloumi 2010; García, Labbé and Marín 2011): per
 * cell, along its list (nearest first), z_k = 1 when none of the first k+1 facilities is open:
 *   z_0 + y_0 >= 1,   z_k - z_(k-1) + y_k >= 0,   distance = d_0 + sum_k (d_(k+1) - d_k) z_k
 * A chain ends at an always-open facility, and (with exactly `keepFree` free facilities open) after
 * nFree - keepFree + 1 free facilities, one of which must be open. `levels` may cut a chain shorter: the model is
 * then a relaxation (its optimum a valid lower bound), and a cell whose cut chain is used is lengthened and the
 * model solved again (exact.ts).
 *
 * Coverage: v_c <= sum of the free facilities within the distance (cells an always-open facility covers are
 * covered anyway). Cover rows: sum of their free members >= 1. Counting: sum of the free y.
 */
import { ModelBuilder, type MipModel } from './solver';
import { ROLE_FREE, ROLE_OPEN, type OptimiseProblem } from './problem';
import { addPupilRows, type PupilColumns, type PupilModel } from './pupils';

export type MipObjective = 'distance' | 'count' | 'uncovered';

export interface MipSpec {
  objective: MipObjective;
  /** Exactly this many free facilities open (null: any number). */
  keepFree: number | null;
  /** At least this covered weight (reachable cells within the distance, the always-covered ones included). */
  minCovered: number | null;
  /** Chain length per cell (distance objective); default the full chain. */
  levels?: Int32Array;
  /** Minimum pupils per kept facility, with merge targets as columns. */
  pupils?: PupilModel | null;
}

export interface BuiltMip {
  model: MipModel;
  /** Column of y per facility, -1 when not free. */
  yCol: Int32Array;
  /** Per cell: the column of the last z of a chain that `levels` cut short, else -1. */
  cutCol: Int32Array;
  /** Per cell: the full chain length (list entries it may use). */
  chainLength: Int32Array;
  /** Per cell: first z column and how many (for start vectors). */
  zStart: Int32Array;
  zCount: Int32Array;
  /** Per cell: the coverage column, or -1. */
  vCol: Int32Array;
  /** Weight covered whatever is open (an always-open facility within the distance). */
  alwaysCovered: number;
  pupils: PupilColumns | null;
}

/** The chain length of every cell: its list up to an always-open facility or the keep guard. */
export function chainLengths(problem: OptimiseProblem, keepFree: number | null): Int32Array {
  const { lists, role, free } = problem;
  const guard = keepFree === null ? Infinity : free.length - keepFree + 1;
  const out = new Int32Array(lists.count);
  for (let c = 0; c < lists.count; c++) {
    let freeSeen = 0;
    let k = 0;
    for (let e = lists.start[c]; e < lists.start[c + 1]; e++) {
      k++;
      if (role[lists.fac[e]] === ROLE_OPEN) break;
      if (++freeSeen >= guard) break;
    }
    out[c] = k;
  }
  return out;
}

export function buildMip(problem: OptimiseProblem, spec: MipSpec): BuiltMip {
  const { lists, w, F, role, rows, cells } = problem;
  const C = cells.length;
  const b = new ModelBuilder();
  const yCol = new Int32Array(F).fill(-1);
  for (const j of problem.free) yCol[j] = b.addCol(spec.objective === 'count' ? 1 : 0, 0, 1, true);
  if (spec.objective === 'count') b.offset = problem.lockedOpen;

  if (spec.keepFree !== null) {
    const idx = Array.from(problem.free, (j) => yCol[j]);
    b.addRow(
      idx,
      idx.map(() => 1),
      spec.keepFree,
      spec.keepFree
    );
  }
  for (let r = 0; r < rows.count; r++) {
    const idx: number[] = [];
    for (let e = rows.start[r]; e < rows.start[r + 1]; e++) idx.push(yCol[rows.fac[e]]);
    b.addRow(
      idx,
      idx.map(() => 1),
      1,
      Infinity
    );
  }

  const cutCol = new Int32Array(C).fill(-1);
  const zStart = new Int32Array(C).fill(-1);
  const zCount = new Int32Array(C);
  const chainLength = chainLengths(problem, spec.keepFree);
  const guard = spec.keepFree === null ? Infinity : problem.free.length - spec.keepFree + 1;
  if (spec.objective === 'distance') {
    for (let c = 0; c < C; c++) {
      const s = lists.start[c];
      const full = chainLength[c];
      const L = Math.min(full, spec.levels ? Math.max(1, spec.levels[c]) : full);
      b.offset += (w[c] * lists.dist[s]) / 1000;
      let prev = -1;
      let freeSeen = 0;
      for (let k = 0; k < L; k++) {
        const j = lists.fac[s + k];
        if (role[j] !== ROLE_FREE) break; // an always-open facility ends the chain: nothing beyond it is used
        freeSeen++;
        const next = s + k + 1 < lists.start[c + 1] ? lists.dist[s + k + 1] : null;
        // The last link of a full chain cannot be 1 when one of the chain's facilities must be open: at the keep
        // guard, or when the list holds every allowed facility.
        const provenEnd = k === full - 1 && (freeSeen >= guard || (next === null && lists.complete[c] === 1));
        const cost = next === null ? 0 : (w[c] * (next - lists.dist[s + k])) / 1000;
        const z = b.addCol(provenEnd ? 0 : cost, 0, provenEnd ? 0 : 1, false);
        if (zStart[c] < 0) zStart[c] = z;
        zCount[c]++;
        if (prev < 0) b.addRow([z, yCol[j]], [1, 1], 1, Infinity);
        else b.addRow([z, prev, yCol[j]], [1, -1, 1], 0, Infinity);
        prev = z;
        if (k === L - 1 && L < full) cutCol[c] = z;
      }
    }
  }

  const vCol = new Int32Array(C).fill(-1);
  let alwaysCovered = 0;
  const D = problem.maxDistanceM;
  const needCoverage = D !== null && (spec.objective === 'uncovered' || spec.minCovered !== null);
  if (needCoverage) {
    const vIdx: number[] = [];
    const vVal: number[] = [];
    let reachable = 0;
    for (let c = 0; c < C; c++) {
      if (!problem.reach[c]) continue;
      reachable += w[c];
      const members: number[] = [];
      let always = false;
      for (let e = lists.start[c]; e < lists.start[c + 1] && lists.dist[e] <= D; e++) {
        if (role[lists.fac[e]] === ROLE_OPEN) always = true;
        else members.push(yCol[lists.fac[e]]);
      }
      if (always) {
        alwaysCovered += w[c];
        continue;
      }
      const v = b.addCol(spec.objective === 'uncovered' ? -w[c] : 0, 0, 1, false);
      vCol[c] = v;
      b.addRow([v, ...members], [1, ...members.map(() => -1)], -Infinity, 0);
      vIdx.push(v);
      vVal.push(w[c]);
    }
    if (spec.objective === 'uncovered') b.offset += reachable - alwaysCovered;
    if (spec.minCovered !== null) b.addRow(vIdx, vVal, spec.minCovered - alwaysCovered, Infinity);
  }

  const pupils = spec.pupils ? addPupilRows(b, problem, spec.pupils, yCol) : null;
  return { model: b.build(), yCol, cutCol, chainLength, zStart, zCount, vCol, alwaysCovered, pupils };
}

/** A full start vector for the model from an open set (and a merge plan when the model has pupil columns). */
export function startVector(
  built: BuiltMip,
  problem: OptimiseProblem,
  open: Uint8Array,
  into?: Int32Array
): Float64Array {
  const x = new Float64Array(built.model.numCols);
  const { lists, F } = problem;
  for (let j = 0; j < F; j++) if (built.yCol[j] >= 0) x[built.yCol[j]] = open[j];
  for (let c = 0; c < lists.count; c++) {
    const s = lists.start[c];
    let allClosed = true;
    for (let k = 0; k < built.zCount[c]; k++) {
      if (open[lists.fac[s + k]]) allClosed = false;
      x[built.zStart[c] + k] = allClosed ? 1 : 0;
    }
    if (built.vCol[c] >= 0) {
      let covered = 0;
      for (let e = s; e < lists.start[c + 1] && lists.dist[e] <= problem.maxDistanceM!; e++) {
        if (open[lists.fac[e]]) covered = 1;
      }
      x[built.vCol[c]] = covered;
    }
  }
  if (built.pupils && into) built.pupils.fill(x, open, into);
  return x;
}

/** The open set of a solution vector (always-open facilities included). */
export function openOf(built: BuiltMip, problem: OptimiseProblem, x: Float64Array): Uint8Array {
  const open = new Uint8Array(problem.F);
  for (let j = 0; j < problem.F; j++) {
    if (problem.role[j] === ROLE_OPEN) open[j] = 1;
    else if (built.yCol[j] >= 0 && x[built.yCol[j]] > 0.5) open[j] = 1;
  }
  return open;
}
