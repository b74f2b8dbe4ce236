/**
 * One full solve of checked criteria: problem, heuristic (the first answer), exact run when the solver is there
 * and the model is small enough, merge targets for minimum pupils, edits, and the engine's check. `optimise` runs
 * it for the room's criteria; the relaxation search runs it for each suggestion it makes.
 */
import type { Evaluator } from '../evaluate';
import type { Edit } from '../types';
import type { YearOptions } from '../years';
import type { ResolvedCriteria } from './criteria-check';
import { runExact, type ExactOutcome } from './exact';
import { runHeuristic } from './heuristic';
import { lagrangeBound } from './lagrange';
import { buildProblem, type OptimiseProblem } from './problem';
import { growthOf, mergePlan, pupilModel, type MergePlan, type PupilModel } from './pupils';
import type { MipSolver } from './solver';
import { verify, type Verification } from './verify';

/** The exact model is tried up to this many cell-facility pairs (the Achterhoek has 260,000). */
export const EXACT_MAX_PAIRS = 3_000_000;

export interface SolveOptions {
  yearOptions?: YearOptions;
  solver: MipSolver | null;
  method: 'auto' | 'heuristic' | 'exact';
  /** performance.now() by which the exact run stops with what it has. */
  deadline: number;
  /** The first (heuristic) answer, checked by the engine. */
  onFirst?: (s: Solved) => void;
  onExactProgress?: (incumbent: number | null, bound: number | null) => void;
  onBoundProgress?: () => void;
}

export interface Solved {
  problem: OptimiseProblem;
  pupils: PupilModel | null;
  open: Uint8Array;
  edits: Edit[];
  check: Verification;
  method: 'exact' | 'heuristic';
  /** The exact run proved this optimal. */
  optimal: boolean;
  /** The exact run proved the criteria cannot all be met. */
  provenInfeasible: boolean;
  /** Lower bound of the objective in model units (weight x km, locations, uncovered weight), or null. */
  bound: number | null;
  /** Closures whose pupils go elsewhere than to the nearest open school. */
  merges: number;
  heuristicMs: number;
  exactMs: number;
}

/** Whether the exact model fits (it needs complete candidate lists). */
export function exactFits(evaluator: Evaluator<string>, cells: number): boolean {
  return evaluator.prepared.facilityIds.length * cells <= EXACT_MAX_PAIRS;
}

function cellCount(evaluator: Evaluator<string>): number {
  let n = 0;
  for (const w of evaluator.prepared.weight) if (w > 0) n++;
  return n;
}

/** The edits of an open set: closes in id order, or merges into the plan's targets when pupils count. */
export function editsOf(problem: OptimiseProblem, open: Uint8Array, plan: MergePlan | null): Edit[] {
  const ids = problem.prepared.facilityIds;
  const edits: Edit[] = [];
  for (let j = 0; j < problem.F; j++) {
    if (!problem.isRegion[j] || open[j]) continue;
    const into = plan ? plan.into[j] : -1;
    edits.push(
      into >= 0 ? { op: 'merge', facility: ids[j], into: ids[into] } : { op: 'close', facility: ids[j] }
    );
  }
  return edits;
}

function finish(
  evaluator: Evaluator<string>,
  problem: OptimiseProblem,
  pupils: PupilModel | null,
  open: Uint8Array,
  options: SolveOptions,
  exact: boolean
): { edits: Edit[]; check: Verification; merges: number } {
  let plan: MergePlan | null = null;
  let merges = 0;
  if (pupils) {
    // The growth the engine computes for exactly this open set (catchments change with it).
    const closes = editsOf(problem, open, null);
    const g =
      problem.criteria.year === null
        ? pupils.growth
        : growthOf(evaluator, closes, problem.criteria.year, options.yearOptions);
    plan = mergePlan(problem, pupils, open, g, exact ? options.solver : null, 10);
    const defaults = mergePlan(
      problem,
      { ...pupils, minimum: pupils.minimum.map(() => NaN) },
      open,
      g,
      null,
      0
    );
    for (let j = 0; j < problem.F; j++) if (plan.into[j] !== defaults.into[j]) merges++;
  }
  const edits = editsOf(problem, open, plan);
  return { edits, check: verify(problem, evaluator, edits, options.yearOptions), merges };
}

export function solveCriteria(
  evaluator: Evaluator<string>,
  criteria: ResolvedCriteria,
  options: SolveOptions
): Solved {
  const cells = cellCount(evaluator);
  const exact = options.solver !== null && options.method !== 'heuristic' && exactFits(evaluator, cells);
  const problem = buildProblem(evaluator.prepared, criteria, {
    yearOptions: options.yearOptions,
    listCap: exact ? evaluator.prepared.facilityIds.length : undefined
  });
  const pupils = pupilModel(problem, evaluator, options.yearOptions);

  const t0 = performance.now();
  const h = runHeuristic(problem, pupils, { deadline: Math.max(options.deadline, performance.now() + 2000) });
  const heuristicMs = performance.now() - t0;
  const first = finish(evaluator, problem, pupils, h.open, options, false);
  let solved: Solved = {
    problem,
    pupils,
    open: h.open,
    ...first,
    method: 'heuristic',
    optimal: false,
    provenInfeasible: false,
    bound: null,
    heuristicMs,
    exactMs: 0
  };
  options.onFirst?.(solved);

  const t1 = performance.now();
  if (exact) {
    const out: ExactOutcome = runExact(problem, options.solver!, h.feasible ? h.open : null, pupils, {
      deadline: options.deadline,
      progress: options.onExactProgress
    });
    const exactMs = performance.now() - t1;
    if (out.status === 'infeasible') {
      return { ...solved, method: 'exact', provenInfeasible: true, exactMs };
    }
    if (out.open) {
      const done = finish(evaluator, problem, pupils, out.open, options, true);
      // Keep the exact answer unless the engine's check says the heuristic one holds and this one does not.
      if (done.check.feasible || !solved.check.feasible) {
        solved = {
          ...solved,
          open: out.open,
          ...done,
          method: 'exact',
          optimal: out.status === 'optimal',
          bound: out.bound,
          exactMs
        };
      } else {
        solved = { ...solved, method: 'exact', bound: out.bound, exactMs };
      }
    } else {
      solved = { ...solved, method: 'exact', bound: out.bound, exactMs };
    }
    return solved;
  }
  if (criteria.objective === 'median' && problem.keepFree !== null) {
    options.onBoundProgress?.();
    // A bound is worth a few seconds, not the whole budget: at most 10 s (or up to the deadline).
    const b = lagrangeBound(problem, h.d1, h.cost, {
      deadline: Math.max(performance.now() + 1000, Math.min(options.deadline, performance.now() + 10_000))
    });
    solved = { ...solved, bound: Number.isFinite(b) ? b / 1000 : null, exactMs: performance.now() - t1 };
  }
  return solved;
}
