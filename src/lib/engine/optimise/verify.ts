/**
 * The check of a proposal: its edits evaluated by the engine itself (`report`, or `yearReport` for a year), and
 * every criterion judged on that evaluation, never on what the model believed. The same evaluation gives the
 * summary `evaluate --json` prints and the objective's value.
 */
import type { Evaluator } from '../evaluate';
import type { Edit, ReportFacility, Summary } from '../types';
import type { YearReportFacility, YearReportSummary } from '../year-report';
import type { YearOptions } from '../years';
import { denominationMatches } from './criteria-check';
import { count } from './messages';
import { CHECK } from './messages-result';
import type { OptimiseProblem } from './problem';
import type { ConstraintCheck } from './result';

export interface Verification {
  summary: Summary | YearReportSummary;
  constraints: ConstraintCheck[];
  feasible: boolean;
  /** Open region facilities. */
  openCount: number;
  /** Child-weighted mean distance (km). */
  meanKm: number;
  /** Share (0..1) of all children beyond the distance criterion (null without one). */
  beyondShare: number | null;
  /** Children beyond the distance criterion among the reachable ones (weight). */
  reachableBeyond: number;
}

export function verify(
  problem: OptimiseProblem,
  evaluator: Evaluator<string>,
  edits: readonly Edit[],
  yearOptions: YearOptions | undefined
): Verification {
  const { criteria, prepared, words } = problem;
  const year = criteria.year;
  const report = year === null ? evaluator.report(edits) : evaluator.yearReport(edits, year, yearOptions);
  const facilities = report.facilities as (ReportFacility & Partial<YearReportFacility>)[];
  const isOpen = (i: number) => facilities[i].status === 'open';
  const region = (i: number) => !facilities[i].context;
  const constraints: ConstraintCheck[] = [];

  let openCount = 0;
  for (let i = 0; i < prepared.facilityIds.length; i++) if (region(i) && isOpen(i)) openCount++;
  if (criteria.keep !== null) {
    constraints.push({
      id: 'keep',
      met: openCount === criteria.keep,
      detail: CHECK.keep(criteria.keep, openCount, words)
    });
  }
  if (criteria.lockOpen.length > 0) {
    const missing = criteria.lockOpen.filter((id) => !isOpen(prepared.facilityById.get(id)!));
    constraints.push({
      id: 'lock-open',
      met: missing.length === 0,
      detail: CHECK.lockOpen(criteria.lockOpen.length, missing, words)
    });
  }
  if (criteria.lockClosed.length > 0) {
    const still = criteria.lockClosed.filter((id) => isOpen(prepared.facilityById.get(id)!));
    constraints.push({
      id: 'lock-closed',
      met: still.length === 0,
      detail: CHECK.lockClosed(criteria.lockClosed.length, still, words)
    });
  }

  // Distances and weights of the engine's evaluation (the year's weights with a year).
  const demand = report.demand;
  let total = 0;
  let weighted = 0;
  for (const d of demand) {
    if (!(d.weight > 0)) continue;
    total += d.weight;
    weighted += d.weight * d.distanceM;
  }
  let beyondShare: number | null = null;
  let reachableBeyond = 0;
  const D = problem.maxDistanceM;
  if (D !== null) {
    let beyond = 0;
    let reachWithin = 0;
    let reachTotal = 0;
    problem.cells.forEach((u, c) => {
      const d = demand[u];
      if (d.distanceM > D) beyond += d.weight;
      if (!problem.reach[c]) return;
      reachTotal += d.weight;
      if (d.distanceM <= D) reachWithin += d.weight;
      else reachableBeyond += d.weight;
    });
    beyondShare = total > 0 ? beyond / total : 0;
    if (criteria.objective !== 'coverage' || criteria.share < 1) {
      const share = reachTotal > 0 ? reachWithin / reachTotal : 1;
      const met =
        criteria.share >= 1
          ? reachableBeyond <= 1e-9 * Math.max(1, reachTotal)
          : share >= criteria.share - 1e-9;
      constraints.push({
        id: 'max-distance',
        met,
        detail: CHECK.distance(
          criteria.maxDistanceKm!,
          criteria.share,
          share,
          reachableBeyond,
          reachTotal,
          words
        )
      });
    }
  }

  if (criteria.minPupils !== null) {
    const short: string[] = [];
    let checked = 0;
    for (let i = 0; i < facilities.length; i++) {
      const f = facilities[i];
      if (!region(i) || !isOpen(i)) continue;
      const pupils = year === null ? f.pupils : f.pupilsProjected!;
      const unknown = f.pupilsBase === null && pupils === 0;
      const min = criteria.minPupils === 'norm' ? f.norm : criteria.minPupils;
      if (min === null || unknown) continue;
      checked++;
      if (pupils < min - 1e-9) short.push(`${f.name} (${count(Math.floor(pupils))} van ${count(min)})`);
    }
    constraints.push({
      id: 'min-pupils',
      met: short.length === 0,
      detail: CHECK.minPupils(criteria.minPupils, year, checked, short, words)
    });
  }

  if (criteria.placeMinChildren !== null) {
    const without = problem.places.filter((p) => !p.facilities.some((j) => isOpen(j)) && !p.alwaysMet);
    constraints.push({
      id: 'place',
      met: without.length === 0,
      detail: CHECK.places(
        criteria.placeMinChildren,
        problem.places.length,
        without.map((p) => `${p.name} (${count(Math.round(p.children))} ${words.people})`),
        words
      )
    });
  }

  for (const den of problem.denominations) {
    const limit = den.withinKm * 1000;
    const detour = prepared.parameters.detourFactor;
    const openOfKind = facilities.map(
      (f, i) => isOpen(i) && denominationMatches(prepared.facilities[i].denomination, den.denomination)
    );
    const unreachable = new Set(den.unreachableCells);
    let missing = 0;
    let reachable = 0;
    problem.cells.forEach((u, c) => {
      if (unreachable.has(c)) return;
      reachable += problem.w[c];
      const hit = prepared.facilityIndex
        .within(prepared.dx[u], prepared.dy[u], (limit / detour) * (1 + 1e-9))
        .some((j) => {
          if (!openOfKind[j]) return false;
          const ddx = prepared.fx[j] - prepared.dx[u];
          const ddy = prepared.fy[j] - prepared.dy[u];
          return Math.sqrt(ddx * ddx + ddy * ddy) * detour <= limit;
        });
      if (!hit) missing += problem.w[c];
    });
    constraints.push({
      id: `denomination:${den.denomination}`,
      met: missing <= 1e-9 * Math.max(1, reachable),
      detail: CHECK.denomination(
        den.denomination,
        den.withinKm,
        missing,
        reachable,
        den.unreachableChildren,
        words
      )
    });
  }

  return {
    summary: report.summary,
    constraints,
    feasible: constraints.every((c) => c.met),
    openCount,
    meanKm: total > 0 ? weighted / total / 1000 : 0,
    beyondShare,
    reachableBeyond
  };
}
