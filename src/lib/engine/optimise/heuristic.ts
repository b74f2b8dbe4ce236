/**
 * The fast answer: start with every allowed facility open, drop greedily to the objective's count, improve by
 * fast interchange, and (minimum pupils) move closures to where they make the minimums hold. Runs in well under a
 * second on a region and in seconds on the whole country; it is the first answer of every run and the only one
 * where the exact model is too large.
 */
import { Assignment } from './assignment';
import {
  addTo,
  canDrop,
  dropTo,
  forceDropTo,
  dropWhilePossible,
  interchange,
  squeeze,
  type SearchControl,
  type SearchMode
} from './local-search';
import { ROLE_FREE, type OptimiseProblem } from './problem';
import { mergePlan, type PupilModel } from './pupils';

export interface HeuristicOutcome {
  open: Uint8Array;
  /** The rows, the share, the count and (with the estimated growth) the minimum pupils are met. */
  feasible: boolean;
  /** Summed weighted distance, weight x metres. */
  cost: number;
  /** Covered weight (reachable cells within the distance). */
  covered: number;
  /** Per cell: distance to its nearest open facility (metres). */
  d1: Float64Array;
  /** Kept schools below their minimum with the estimated growth. */
  short: number;
}

export function searchMode(problem: OptimiseProblem): SearchMode {
  return problem.criteria.objective === 'coverage' ? 'coverage' : 'distance';
}

export function runHeuristic(
  problem: OptimiseProblem,
  pupils: PupilModel | null,
  control: SearchControl
): HeuristicOutcome {
  const mode = searchMode(problem);
  const unconstrained = problem.rows.count === 0 && problem.shareTarget <= 0 && mode === 'distance';
  // Few to keep and nothing to keep covered: build up from the always-open facilities (greedy add); otherwise
  // close down from all open, which keeps every cover row met on the way.
  const buildUp = unconstrained && problem.keepFree !== null && problem.keepFree < problem.free.length / 2;
  const a = new Assignment(problem, buildUp ? [] : problem.free);
  let reached = true;
  if (problem.keepFree !== null) {
    if (buildUp) addTo(a, problem.keepFree, control);
    else reached = dropTo(a, problem.keepFree, mode, control);
    if (reached) interchange(a, mode, control);
    else forceDropTo(a, problem.keepFree, mode);
  } else {
    dropWhilePossible(a, mode, control);
    for (let round = 0; round < 20; round++) {
      interchange(a, mode, control);
      const fewer = dropWhilePossible(a, mode, control) + squeeze(a, mode, control);
      if (fewer === 0) break;
    }
  }
  let short = 0;
  if (pupils && reached) short = repairPupils(a, pupils, control);
  const feasible =
    reached &&
    a.violatedRows === 0 &&
    short === 0 &&
    (problem.shareTarget <= 0 || a.covered >= problem.shareTarget * (1 - 1e-9));
  return { open: a.open.slice(), feasible, cost: a.cost, covered: a.covered, d1: a.d1.slice(), short };
}

/**
 * Kept schools below their minimum (estimated growth): with `fewest`, close them where the rows allow (their
 * pupils then help a neighbour); with a fixed count, swap them for a closed neighbour that reaches the minimum on
 * its own, when that leaves fewer schools short. Returns the schools still short.
 */
function repairPupils(a: Assignment, pupils: PupilModel, control: SearchControl): number {
  const p = a.problem;
  const stuck = new Set<number>();
  let plan = mergePlan(p, pupils, a.open, pupils.growth, null, 0);
  for (let it = 0; it < 2 * p.F && plan.short.length > 0; it++) {
    if (performance.now() > control.deadline) break;
    const j = plan.short.find((s) => !stuck.has(s) && p.role[s] === ROLE_FREE);
    if (j === undefined) break;
    if (p.keepFree === null && canDrop(a, j)) {
      a.closeFacility(j);
      plan = mergePlan(p, pupils, a.open, pupils.growth, null, 0);
      continue;
    }
    let improved = false;
    if (p.keepFree !== null) {
      const { fx, fy } = p.prepared;
      const candidates = Array.from(p.free)
        .filter((i) => !a.open[i] && pupils.growth[i] * pupils.pupils[i] >= pupils.minimum[i])
        .sort((x, y) => Math.hypot(fx[x] - fx[j], fy[x] - fy[j]) - Math.hypot(fx[y] - fx[j], fy[y] - fy[j]))
        .slice(0, 12);
      for (const i of candidates) {
        a.openFacility(i);
        a.closeFacility(j);
        const next = mergePlan(p, pupils, a.open, pupils.growth, null, 0);
        const shareOk = p.shareTarget <= 0 || a.covered >= p.shareTarget * (1 - 1e-9);
        if (a.violatedRows === 0 && shareOk && next.short.length < plan.short.length) {
          plan = next;
          improved = true;
          break;
        }
        a.openFacility(j);
        a.closeFacility(i);
      }
    }
    if (!improved) stuck.add(j);
  }
  return plan.short.length;
}
