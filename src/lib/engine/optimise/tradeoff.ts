/**
 * The trade-off curve for the room: how the mean distance and the share of children within D change with the
 * number of locations kept, from all (today) down to the few that must stay. One greedy drop path (each step
 * closes the location whose closure adds the least distance; no other criterion, no locks), so the curve is an
 * approximation from above of the best possible at each count; the proposal itself is marked on it with its own
 * (checked) values.
 */
import type { Evaluator } from '../evaluate';
import type { YearOptions } from '../years';
import { Assignment } from './assignment';
import type { OptimiseCriteria } from './criteria';
import { resolveCriteria, type ResolvedCriteria } from './criteria-check';
import { buildProblem } from './problem';

export interface TradeoffPoint {
  /** Region locations open. */
  keep: number;
  /** Child-weighted mean distance (km). */
  meanKm: number;
  /** Share (0..1) of all children within `distanceKm` of an open location. */
  withinShare: number;
}

export interface Tradeoff {
  distanceKm: number;
  /** Ascending `keep` (from 1, or from where the time limit stopped the path), at most ~300 points. */
  points: TradeoffPoint[];
  /** All locations open. */
  today: TradeoffPoint;
}

/** Most points returned: enough for a smooth line on a projector. */
const MAX_POINTS = 300;

export function tradeoffCurve(
  evaluator: Evaluator<string>,
  criteria: OptimiseCriteria,
  options: {
    distanceKm?: number;
    yearOptions?: YearOptions;
    /** ms; the path stops there (default 4,000). */ timeLimitMs?: number;
  } = {}
): Tradeoff {
  const deadline = performance.now() + (options.timeLimitMs ?? 4000);
  const checked = resolveCriteria(evaluator.prepared, criteria);
  const distanceKm = options.distanceKm ?? checked.maxDistanceKm ?? 3;
  // Only the year shapes the curve: coverage (no distance rows) measures the share within D.
  const curveCriteria: ResolvedCriteria = {
    ...checked,
    objective: 'coverage',
    lockOpen: [],
    lockClosed: [],
    keep: null,
    maxDistanceKm: distanceKm,
    share: 1,
    minPupils: null,
    placeMinChildren: null,
    denominations: []
  };
  const problem = buildProblem(evaluator.prepared, curveCriteria, { yearOptions: options.yearOptions });
  const a = new Assignment(problem, problem.free);
  const total = problem.totalWeight;
  const point = (): TradeoffPoint => ({
    keep: a.openFree,
    meanKm: a.cost / total / 1000,
    withinShare: a.covered / total
  });
  const path: TradeoffPoint[] = [point()];
  // On the whole country the path stops when time is up: the curve then starts at the count it reached.
  while (a.openFree > 1 && performance.now() < deadline) {
    let best = -1;
    let bestLoss = Infinity;
    for (const j of problem.free) {
      if (a.open[j] && a.loss[j] < bestLoss) {
        bestLoss = a.loss[j];
        best = j;
      }
    }
    if (best < 0) break;
    a.closeFacility(best);
    path.push(point());
  }
  path.reverse();
  const step = Math.max(1, Math.ceil(path.length / MAX_POINTS));
  const points = path.filter((_, k) => k % step === 0 || k === path.length - 1);
  return { distanceKm, points, today: path[path.length - 1] };
}
