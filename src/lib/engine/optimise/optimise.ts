/**
 * `optimise`: the room's criteria in, a proposal out. Checks the criteria (OptimiseInputError with a Dutch message
 * for bad ones), solves them (solve.ts: heuristic first, exact when it fits), checks the scenario with the engine,
 * reports the objective with its bound and gap, and when the criteria cannot all be met, searches the nearest
 * relaxations that can (relax.ts).
 *
 * Synchronous: HiGHS runs synchronously once loaded, so the CLI calls this directly and the browser runs it in a
 * worker of its own (terminating the worker is how "Stoppen" stops a solve). Progress comes through `onProgress`.
 */
import type { Evaluator } from '../evaluate';
import type { YearOptions } from '../years';
import type { OptimiseCriteria } from './criteria';
import { resolveCriteria } from './criteria-check';
import { explain, PROGRESS } from './messages-result';
import { findRelaxations } from './relax';
import type { ObjectiveReport, OptimiseProgress, OptimiseResult, Unreachable } from './result';
import { solveCriteria, type Solved } from './solve';
import type { MipSolver } from './solver';

export interface OptimiseOptions {
  /** Prognosis parameters and norms of the year series (the session's); used with `year` and `minPupils`. */
  yearOptions?: YearOptions;
  /** The MIP solver (HiGHS); null or absent: the heuristic with its Lagrangian bound only. */
  solver?: MipSolver | null;
  /** 'heuristic' skips the exact run; 'auto' (default) runs it when the model fits. */
  method?: 'auto' | 'heuristic';
  /** Time for the exact run (ms); default 30,000. */
  timeLimitMs?: number;
  /** Search relaxations when the criteria cannot be met (default true). */
  relax?: boolean;
  onProgress?: (p: OptimiseProgress) => void;
}

export function optimise(
  evaluator: Evaluator<string>,
  criteria: OptimiseCriteria,
  options: OptimiseOptions = {}
): OptimiseResult {
  const t0 = performance.now();
  const progress = options.onProgress ?? (() => {});
  const resolved = resolveCriteria(evaluator.prepared, criteria);
  progress({ phase: 'voorbereiden', fraction: 0.02, message: PROGRESS.prepare });
  const budget = options.timeLimitMs ?? 30_000;
  const deadline = t0 + budget;
  const solver = options.solver ?? null;
  const baselineMeanKm = meanNow(evaluator, resolved.year, options.yearOptions);

  let exactStarted = 0;
  const solved = solveCriteria(evaluator, resolved, {
    yearOptions: options.yearOptions,
    solver,
    method: options.method ?? 'auto',
    deadline,
    onFirst: (s) => {
      exactStarted = performance.now();
      const first = toResult(criteria, s, baselineMeanKm, solver, null, t0);
      progress({
        phase: 'snel',
        fraction: 0.2,
        message: PROGRESS.first(first.open.length, s.check.meanKm, solver !== null),
        first
      });
    },
    onExactProgress: (incumbent, bound) => {
      const spent = (performance.now() - exactStarted) / Math.max(1, deadline - exactStarted);
      progress({
        phase: 'exact',
        fraction: 0.2 + 0.65 * Math.min(1, spent),
        message: PROGRESS.exact(incumbent, bound)
      });
    },
    onBoundProgress: () => progress({ phase: 'grens', fraction: 0.5, message: PROGRESS.bound })
  });
  progress({ phase: 'controle', fraction: 0.9, message: PROGRESS.verify });

  let relaxations: OptimiseResult['relaxations'] | null = null;
  if (!solved.check.feasible && options.relax !== false) {
    progress({ phase: 'alternatief', fraction: 0.93, message: PROGRESS.relax });
    relaxations = findRelaxations(evaluator, criteria, resolved, solved, {
      yearOptions: options.yearOptions,
      solver,
      method: options.method ?? 'auto',
      deadline: performance.now() + Math.max(5_000, budget / 2)
    });
  }
  return toResult(criteria, solved, baselineMeanKm, solver, relaxations, t0);
}

/** Child-weighted mean distance today (no edits), in km, with the criteria's year weights. */
function meanNow(
  evaluator: Evaluator<string>,
  year: number | null,
  yearOptions: YearOptions | undefined
): number {
  const summary =
    year === null ? evaluator.report([]).summary : evaluator.yearReport([], year, yearOptions).summary;
  return (summary.distanceM.mean ?? 0) / 1000;
}

function objectiveOf(s: Solved): ObjectiveReport {
  const { problem, check } = s;
  const objective = problem.criteria.objective;
  let value: number;
  let bound: number | null = null;
  if (objective === 'median') {
    value = check.meanKm;
    if (s.bound !== null) bound = s.bound / problem.totalWeight;
  } else if (objective === 'fewest') {
    value = check.openCount;
    bound = s.bound;
  } else {
    value = check.beyondShare ?? 0;
    if (s.bound !== null) bound = (problem.totalWeight - problem.reachWeight + s.bound) / problem.totalWeight;
  }
  if (bound !== null) bound = Math.min(bound, value);
  const gapRaw = bound === null ? null : value > 0 ? (value - bound) / value : 0;
  const gap = gapRaw === null ? null : gapRaw < 1e-9 ? 0 : gapRaw;
  return {
    value,
    lowerBound: bound,
    gap,
    unit: objective === 'median' ? 'km' : objective === 'fewest' ? 'locaties' : 'aandeel',
    method: s.method,
    optimal: s.optimal && s.check.feasible && gap !== null && gap <= 1e-6
  };
}

function unreachableOf(s: Solved): Unreachable {
  const { problem } = s;
  if (problem.maxDistanceM === null) return { distanceKm: null, cells: 0, children: 0, ids: [] };
  const ids: string[] = [];
  let children = 0;
  problem.cells.forEach((u, c) => {
    if (problem.reach[c]) return;
    ids.push(problem.prepared.demand[u].id);
    children += problem.w[c];
  });
  return { distanceKm: problem.criteria.maxDistanceKm, cells: ids.length, children, ids };
}

export function toResult(
  criteria: OptimiseCriteria,
  s: Solved,
  meanNowKm: number,
  solver: MipSolver | null,
  /** null: not searched (the first answer, or a feasible one). */
  relaxations: OptimiseResult['relaxations'] | null,
  t0: number
): OptimiseResult {
  const { problem, check } = s;
  const ids = problem.prepared.facilityIds;
  const open: string[] = [];
  const closed: string[] = [];
  for (let j = 0; j < problem.F; j++) {
    if (!problem.isRegion[j]) continue;
    (s.open[j] ? open : closed).push(ids[j]);
  }
  const report = objectiveOf(s);
  const unreachable = unreachableOf(s);
  const D = problem.criteria.maxDistanceKm;
  return {
    criteria,
    objective: problem.criteria.objective,
    edits: s.edits,
    open,
    closed,
    summary: check.summary,
    report,
    constraints: check.constraints,
    feasible: check.feasible,
    infeasibleProven: s.provenInfeasible,
    unreachable,
    withinShare: check.beyondShare === null ? null : 1 - check.beyondShare,
    relaxations: relaxations ?? [],
    explanation: explain({
      objective: problem.criteria.objective,
      words: problem.words,
      open: check.openCount,
      total: open.length + closed.length,
      meanKm: check.meanKm,
      meanNowKm,
      distanceKm: D,
      withinShare: check.beyondShare === null ? null : 1 - check.beyondShare,
      feasible: check.feasible,
      infeasibleProven: s.provenInfeasible,
      relaxations: relaxations === null ? null : relaxations.length,
      failing: check.constraints.filter((c) => !c.met).map((c) => c.detail),
      method: report.method,
      optimal: report.optimal,
      gap: report.gap,
      solver: solver?.name ?? null,
      unreachableChildren: unreachable.children,
      merges: s.merges,
      year: problem.criteria.year
    }),
    stats: {
      ms: performance.now() - t0,
      heuristicMs: s.heuristicMs,
      exactMs: s.exactMs,
      solver: s.method === 'exact' ? (solver?.name ?? null) : null,
      cells: problem.cells.length,
      facilities: problem.free.length
    }
  };
}
