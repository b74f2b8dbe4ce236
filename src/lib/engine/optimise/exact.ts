/**
 * The exact run: the objective's model solved by the MIP solver, with the heuristic's answer as a start.
 *
 *   median:   minimise distance with exactly keep open.
 *   fewest:   minimise the open count; then, with that count, the distance (a tie-break that the room notices).
 *   coverage: minimise the uncovered children with exactly keep open; then, with that coverage, the distance.
 *
 * Distance models start with short chains (each cell up to just past its facility in the start) and lengthen the
 * chains the solution runs off, until none does: every round's bound is valid, the last round's solution optimal.
 * Bounds and values here are in model units: weight x km, locations, or uncovered weight.
 */
import { buildMip, chainLengths, openOf, startVector, type MipSpec } from './mip';
import { ROLE_OPEN, type OptimiseProblem } from './problem';
import { mergePlan, type PupilModel } from './pupils';
import type { MipResult, MipSolver } from './solver';

export interface ExactControl {
  deadline: number;
  /** Relative gap at which a solve stops; default 1e-6 (a proof). */
  relGap?: number;
  progress?: (incumbent: number | null, bound: number | null) => void;
}

export interface ExactOutcome {
  status: 'optimal' | 'limit' | 'infeasible';
  open: Uint8Array | null;
  /** Lower bound of the primary objective (model units), or null. */
  bound: number | null;
  /** Primary objective of `open` (model units), or null. */
  value: number | null;
}

const REL_GAP = 1e-6;

/** Summed weighted distance (weight x km) of an open set; lists must be complete. */
export function distanceOf(problem: OptimiseProblem, open: Uint8Array): number {
  const { lists, w } = problem;
  let sum = 0;
  for (let c = 0; c < lists.count; c++) {
    for (let e = lists.start[c]; e < lists.start[c + 1]; e++) {
      if (open[lists.fac[e]]) {
        sum += (w[c] * lists.dist[e]) / 1000;
        break;
      }
    }
  }
  return sum;
}

function uncoveredOf(problem: OptimiseProblem, open: Uint8Array): number {
  const { lists, w, reach } = problem;
  const D = problem.maxDistanceM!;
  let sum = 0;
  for (let c = 0; c < lists.count; c++) {
    if (!reach[c]) continue;
    let covered = false;
    for (let e = lists.start[c]; e < lists.start[c + 1] && lists.dist[e] <= D; e++) {
      if (open[lists.fac[e]]) covered = true;
    }
    if (!covered) sum += w[c];
  }
  return sum;
}

function openCount(problem: OptimiseProblem, open: Uint8Array): number {
  let n = 0;
  for (let j = 0; j < problem.F; j++) if (problem.isRegion[j] && open[j]) n++;
  return n;
}

function seconds(deadline: number): number {
  return Math.max(0.05, (deadline - performance.now()) / 1000);
}

function solveOnce(
  problem: OptimiseProblem,
  solver: MipSolver,
  spec: MipSpec,
  start: Uint8Array | null,
  pupils: PupilModel | null,
  control: ExactControl
): { res: MipResult; open: Uint8Array | null; built: ReturnType<typeof buildMip> } {
  const built = buildMip(problem, spec);
  let x0: Float64Array | undefined;
  if (start) {
    const into = pupils ? mergePlan(problem, pupils, start, pupils.growth, null, 0).into : undefined;
    x0 = startVector(built, problem, start, into);
  }
  const res = solver.solve(built.model, {
    timeLimit: seconds(control.deadline),
    relativeGap: control.relGap ?? REL_GAP,
    start: x0,
    progress: control.progress
  });
  return { res, open: res.x ? openOf(built, problem, res.x) : null, built };
}

/** Minimise distance, lengthening cut chains until the solution uses none. */
function distanceLoop(
  problem: OptimiseProblem,
  solver: MipSolver,
  spec: Omit<MipSpec, 'objective' | 'levels'>,
  start: Uint8Array | null,
  pupils: PupilModel | null,
  control: ExactControl
): ExactOutcome {
  const { lists } = problem;
  const full = chainLengths(problem, spec.keepFree);
  const levels = new Int32Array(lists.count);
  for (let c = 0; c < lists.count; c++) {
    let k = 0;
    if (start) {
      while (lists.start[c] + k < lists.start[c + 1] && !start[lists.fac[lists.start[c] + k]]) k++;
    }
    levels[c] = Math.min(full[c], Math.max(3, k + 2));
  }
  let bound: number | null = null;
  let current = start;
  for (let round = 0; round < 30; round++) {
    const { res, open, built } = solveOnce(
      problem,
      solver,
      { ...spec, objective: 'distance', levels },
      current,
      pupils,
      control
    );
    if (res.status === 'infeasible') return { status: 'infeasible', open: null, bound: null, value: null };
    if (res.bound !== null) bound = Math.max(bound ?? -Infinity, res.bound);
    if (!open || !res.x)
      return { status: 'limit', open: current, bound, value: current ? distanceOf(problem, current) : null };
    let cut = 0;
    for (let c = 0; c < lists.count; c++) {
      const col = built.cutCol[c];
      if (col >= 0 && res.x[col] > 0.5) {
        levels[c] = Math.min(full[c], levels[c] * 2 + 2);
        cut++;
      }
    }
    current = open;
    const value = distanceOf(problem, open);
    if (cut === 0) {
      // No chain was cut: the model's value is the true distance, and its bound holds for the full problem.
      return { status: res.status === 'optimal' ? 'optimal' : 'limit', open, bound, value };
    }
    if (performance.now() > control.deadline) return { status: 'limit', open, bound, value };
  }
  return { status: 'limit', open: current, bound, value: current ? distanceOf(problem, current) : null };
}

/** The tie-break (distance at the proven count or coverage): a few seconds, a small gap is fine. */
function tieBreak(control: ExactControl): ExactControl {
  return { ...control, deadline: Math.min(control.deadline, performance.now() + 3000), relGap: 1e-4 };
}

/**
 * The exact run of the problem's objective. `start` is a feasible open set (the heuristic's) or null. Returns the
 * primary objective's value and bound in model units.
 */
export function runExact(
  problem: OptimiseProblem,
  solver: MipSolver,
  start: Uint8Array | null,
  pupils: PupilModel | null,
  control: ExactControl
): ExactOutcome {
  const objective = problem.criteria.objective;
  const minCovered = problem.shareTarget > 0 ? problem.shareTarget * (1 - 1e-9) : null;
  const base = { pupils, minCovered };
  if (objective === 'median') {
    return distanceLoop(problem, solver, { ...base, keepFree: problem.keepFree }, start, pupils, control);
  }
  if (objective === 'fewest') {
    const first = solveOnce(
      problem,
      solver,
      { ...base, objective: 'count', keepFree: null },
      start,
      pupils,
      control
    );
    if (first.res.status === 'infeasible')
      return { status: 'infeasible', open: null, bound: null, value: null };
    const open = first.open ?? start;
    if (!open) return { status: 'limit', open: null, bound: first.res.bound, value: null };
    const count = openCount(problem, open);
    const bound = first.res.bound === null ? null : Math.ceil(first.res.bound - 1e-6);
    if (first.res.status !== 'optimal') return { status: 'limit', open, bound, value: count };
    let locked = 0;
    for (let j = 0; j < problem.F; j++) if (problem.isRegion[j] && problem.role[j] === ROLE_OPEN) locked++;
    const second = distanceLoop(
      problem,
      solver,
      { ...base, keepFree: count - locked },
      open,
      pupils,
      tieBreak(control)
    );
    return { status: 'optimal', open: second.open ?? open, bound: count, value: count };
  }
  const first = solveOnce(
    problem,
    solver,
    { ...base, objective: 'uncovered', keepFree: problem.keepFree },
    start,
    pupils,
    control
  );
  if (first.res.status === 'infeasible')
    return { status: 'infeasible', open: null, bound: null, value: null };
  const open = first.open ?? start;
  if (!open) return { status: 'limit', open: null, bound: first.res.bound, value: null };
  const uncovered = uncoveredOf(problem, open);
  const bound = first.res.bound;
  if (first.res.status !== 'optimal') return { status: 'limit', open, bound, value: uncovered };
  const covered = problem.reachWeight - uncovered;
  const second = distanceLoop(
    problem,
    solver,
    { pupils, keepFree: problem.keepFree, minCovered: covered - 1e-9 * Math.max(1, problem.reachWeight) },
    open,
    pupils,
    tieBreak(control)
  );
  const finalOpen = second.open ?? open;
  return { status: 'optimal', open: finalOpen, bound, value: uncoveredOf(problem, finalOpen) };
}
