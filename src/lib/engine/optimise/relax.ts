/**
 * When the criteria cannot all be met: for each criterion that breaks, the nearest value that works with the
 * others unchanged ("met 3,4 km kan het wel", "met 84 scholen kan het wel"). A value is searched with a quick
 * feasibility test (heuristic, then the exact feasibility model where it fits) by doubling and halving, and is
 * only reported after a full solve whose scenario the engine confirms meets every criterion.
 */
import type { Evaluator } from '../evaluate';
import type { OptimiseCriteria } from './criteria';
import { OptimiseInputError, resolveCriteria, type ResolvedCriteria } from './criteria-check';
import { buildMip } from './mip';
import { RELAX } from './messages-result';
import { buildProblem } from './problem';
import { pupilModel } from './pupils';
import type { Relaxation } from './result';
import { exactFits, solveCriteria, type SolveOptions, type Solved } from './solve';

type Test = (criteria: OptimiseCriteria) => boolean;

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Smallest index i of `n` candidates with test(i) true, assuming monotone; -1 when none (or out of time). */
function searchFirst(n: number, test: (i: number) => boolean, deadline: number): number {
  let lo = -1; // known false (or before the start)
  let hi = -1; // known true
  let step = 1;
  while (hi < 0) {
    const i = Math.min(n - 1, lo + step);
    if (performance.now() > deadline) return -1;
    if (test(i)) hi = i;
    else {
      lo = i;
      if (i === n - 1) return -1;
      step *= 2;
    }
  }
  while (hi - lo > 1) {
    if (performance.now() > deadline) return hi;
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

export function findRelaxations(
  evaluator: Evaluator<string>,
  original: OptimiseCriteria,
  resolved: ResolvedCriteria,
  solved: Solved,
  options: SolveOptions
): Relaxation[] {
  const words = solved.problem.words;
  const failing = new Set(solved.check.constraints.filter((c) => !c.met).map((c) => c.id as string));
  const deadline = options.deadline;
  const quick: SolveOptions = { ...options, method: 'heuristic', onFirst: undefined };

  const resolve = (c: OptimiseCriteria): ResolvedCriteria | null => {
    try {
      return resolveCriteria(evaluator.prepared, c);
    } catch (e) {
      if (e instanceof OptimiseInputError) return null;
      throw e;
    }
  };
  /** Quick test: the heuristic finds a scenario meeting everything, or the exact feasibility model has one. */
  const feasible: Test = (c) => {
    const r = resolve(c);
    if (!r) return false;
    const s = solveCriteria(evaluator, r, { ...quick, deadline: performance.now() + 2000 });
    if (s.check.feasible) return true;
    if (!options.solver || !exactFits(evaluator, s.problem.cells.length)) return false;
    const problem = buildProblem(evaluator.prepared, r, {
      yearOptions: options.yearOptions,
      listCap: evaluator.prepared.facilityIds.length
    });
    const built = buildMip(problem, {
      objective: 'count',
      keepFree: problem.keepFree,
      minCovered: problem.shareTarget > 0 ? problem.shareTarget * (1 - 1e-9) : null,
      pupils: pupilModel(problem, evaluator, options.yearOptions)
    });
    const res = options.solver.solve(built.model, { timeLimit: 3, relativeGap: 1e-4 });
    return res.x !== null;
  };
  /** Full confirmation: solved the normal way, and the engine's check says every criterion holds. */
  const confirmed = (c: OptimiseCriteria): boolean => {
    const r = resolve(c);
    if (!r) return false;
    return solveCriteria(evaluator, r, {
      ...options,
      deadline: performance.now() + 10_000,
      onFirst: undefined
    }).check.feasible;
  };

  const out: Relaxation[] = [];
  /** Search the first working value among ascending `values` (criteria built by `make`), confirm, report. */
  const tryValues = <T>(
    values: T[],
    make: (v: T) => OptimiseCriteria,
    field: keyof OptimiseCriteria,
    message: (v: T) => string
  ) => {
    if (values.length === 0 || performance.now() > deadline) return;
    const i = searchFirst(values.length, (k) => feasible(make(values[k])), deadline);
    if (i < 0) return;
    for (let k = i; k < Math.min(values.length, i + 3); k++) {
      if (confirmed(make(values[k]))) {
        out.push({ field, message: message(values[k]), criteria: make(values[k]) });
        return;
      }
    }
  };

  const base: OptimiseCriteria = { ...original };
  const regionCount = solved.problem.isRegion.reduce((s, v) => s + v, 0);
  const D = resolved.maxDistanceKm;
  const kmSteps = (from: number) => {
    const values: number[] = [];
    for (let d = round1(from + 0.1); d <= 100 + 1e-9; d = round1(d + 0.1)) values.push(d);
    return values;
  };
  const range = (from: number, to: number) => {
    const values: number[] = [];
    for (let k = from; from <= to ? k <= to : k >= to; k += from <= to ? 1 : -1) values.push(k);
    return values;
  };

  /** One way of relaxing one criterion: try it when it applies. */
  const relaxers: Record<string, () => void> = {
    distance: () => {
      if (D === null || resolved.objective === 'coverage') return;
      tryValues(
        kmSteps(D),
        (d) => ({ ...base, maxDistanceKm: d }),
        'maxDistanceKm',
        (d) => RELAX.maxDistanceKm(d)
      );
    },
    more: () => {
      if (resolved.keep === null) return;
      const values = range(resolved.keep + 1, regionCount - resolved.lockClosed.length);
      tryValues(
        values,
        (k) => ({ ...base, keep: k }),
        'keep',
        (k) => RELAX.keep(k, words)
      );
    },
    fewer: () => {
      if (resolved.keep === null) return;
      const values = range(resolved.keep - 1, Math.max(1, resolved.lockOpen.length));
      tryValues(
        values,
        (k) => ({ ...base, keep: k }),
        'keep',
        (k) => RELAX.keep(k, words)
      );
    },
    share: () => {
      if (D === null || resolved.share >= 1) return;
      const values = range(Math.floor(resolved.share * 1000) - 1, 1).map((v) => v / 1000);
      tryValues(
        values,
        (v) => ({ ...base, share: v }),
        'share',
        (v) => RELAX.share(v, D)
      );
    },
    pupils: () => {
      if (typeof resolved.minPupils !== 'number') return;
      tryValues(
        range(resolved.minPupils - 1, 1),
        (n) => ({ ...base, minPupils: n }),
        'minPupils',
        (n) => RELAX.minPupils(n)
      );
    },
    places: () => {
      if (resolved.placeMinChildren === null) return;
      const values = [...new Set(solved.problem.places.map((p) => Math.floor(p.children) + 1))]
        .filter((v) => v > resolved.placeMinChildren!)
        .sort((a, b) => a - b);
      tryValues(
        values,
        (n) => ({ ...base, placeMinChildren: n }),
        'placeMinChildren',
        (n) => RELAX.placeMinChildren(n, words)
      );
    },
    locks: () => {
      const conflicts = solved.problem.placeConflicts;
      if (conflicts.length === 0 || resolved.lockClosed.length === 0) return;
      const prepared = evaluator.prepared;
      const inConflict = (id: string) => {
        const p = prepared.facilityPlace[prepared.facilityById.get(id)!];
        return conflicts.some((c) => prepared.places[p]?.name === c.name);
      };
      const c = { ...base, lockClosed: resolved.lockClosed.filter((id) => !inConflict(id)) };
      if (confirmed(c)) {
        const names = resolved.lockClosed
          .filter(inConflict)
          .map((id) => prepared.facilities[prepared.facilityById.get(id)!].name);
        out.push({ field: 'lockClosed', message: RELAX.lockClosed(names), criteria: c });
      }
    },
    denominations: () => {
      resolved.denominations.forEach((den, k) => {
        if (!failing.has(`denomination:${den.denomination}`)) return;
        tryValues(
          kmSteps(den.withinKm),
          (d) => ({
            ...base,
            denominations: resolved.denominations.map((x, i) => (i === k ? { ...x, withinKm: d } : x))
          }),
          'denominations',
          (d) => RELAX.denomination(den.denomination, d)
        );
      });
    }
  };

  // The breaking criterion's own relaxation first, then the others that make room for it.
  const order: string[] = [];
  if (failing.has('max-distance')) order.push('distance', 'more', 'share');
  if (failing.has('place')) order.push('locks', 'places', 'more');
  if ([...failing].some((f) => f.startsWith('denomination:'))) order.push('denominations', 'more');
  if (failing.has('min-pupils')) order.push('pupils', 'fewer', 'distance', 'places');
  for (const name of [...new Set(order)]) {
    if (out.length >= 3 || performance.now() > deadline) break;
    relaxers[name]();
  }
  return out;
}
