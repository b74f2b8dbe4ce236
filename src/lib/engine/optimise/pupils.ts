/**
 * Minimum pupils per kept school: which closed school merges into which kept one.
 *
 * The engine's rule (years.ts): a school's pupils in year Y = its 2023 pupils after the scenario's moves times the
 * growth of its catchment (or of its municipality when the catchment is small). The growth depends only on which
 * schools are open, never on the merges, so for a given open set the question "can every kept school reach its
 * minimum?" is an assignment of the closed schools' pupils to kept schools:
 *
 *   every closed school i goes to one kept school (a merge), by default the nearest open one (what `close` does);
 *   every kept school j with a minimum N_j: growth_j * (pupils_j + sum of the pupils merged into j) >= N_j.
 *
 * The exact model carries these as columns (a closed school may merge into one of its nearest region schools or
 * "anywhere", which counts for nobody), with each school's growth in the baseline as the estimate. The final
 * plan is made for the chosen open set with the growth the engine computes for exactly that set (`growthOf`),
 * by a small MIP (fewest extra pupil-kilometres over the default) or, without a solver, greedily.
 */
import type { Evaluator } from '../evaluate';
import type { Edit } from '../types';
import type { YearOptions } from '../years';
import { ModelBuilder } from './solver';
import type { MipSolver } from './solver';
import { ROLE_CLOSED, ROLE_FREE, ROLE_OPEN, type OptimiseProblem } from './problem';

/** Region schools a closed school may merge into, nearest first. */
export const MERGE_CANDIDATES = 6;

export interface PupilModel {
  year: number | null;
  /** Per facility: DUO pupils of 2023 (0 when unknown). */
  pupils: Float64Array;
  /** Per facility: 1 when the count is known (an unknown count that receives nothing is exempt, as in the engine). */
  known: Uint8Array;
  /** Per facility: the minimum it must reach when kept; NaN when none applies (context, no norm). */
  minimum: Float64Array;
  /** Per facility: growth of its pupils from 2023 to the year (the baseline's; 1 without a year). */
  growth: Float64Array;
  /** Per region facility that may close: the allowed region facilities it may merge into, nearest first. */
  targets: Int32Array[];
}

export interface PupilColumns {
  /** Fill the merge columns of a start vector from a plan (`into[i]`: target of closed i, -1 = anywhere). */
  fill(x: Float64Array, open: Uint8Array, into: Int32Array): void;
}

/** Growth per facility for the open set of `edits` (closures), from the engine's year series. */
export function growthOf(
  evaluator: Evaluator<string>,
  edits: readonly Edit[],
  year: number,
  options: YearOptions | undefined
): Float64Array {
  const series = evaluator.years(edits, { ...options, fromYear: year, toYear: year });
  const F = evaluator.prepared.facilityIds.length;
  const base = evaluator.evaluate(edits).facilities.pupils;
  const g = new Float64Array(F).fill(1);
  for (let i = 0; i < F; i++) {
    if (base[i] > 0) g[i] = series.facilities.pupils[i] / base[i];
  }
  return g;
}

export function pupilModel(
  problem: OptimiseProblem,
  evaluator: Evaluator<string>,
  yearOptions: YearOptions | undefined
): PupilModel | null {
  const { criteria, prepared, F } = problem;
  if (criteria.minPupils === null) return null;
  const pupils = prepared.pupilsBase.slice();
  const known = prepared.pupilsKnown.slice();
  const minimum = new Float64Array(F).fill(NaN);
  for (let j = 0; j < F; j++) {
    if (!problem.isRegion[j]) continue;
    minimum[j] = criteria.minPupils === 'norm' ? prepared.norm[j] : criteria.minPupils;
  }
  const growth =
    criteria.year === null
      ? new Float64Array(F).fill(1)
      : growthOf(evaluator, [], criteria.year, yearOptions);
  const targets: Int32Array[] = [];
  for (let i = 0; i < F; i++) {
    if (problem.role[i] !== ROLE_FREE) {
      targets.push(new Int32Array(0));
      continue;
    }
    const near: [number, number][] = [];
    for (let j = 0; j < F; j++) {
      if (j === i || !problem.isRegion[j] || problem.role[j] === ROLE_CLOSED) continue;
      const dx = prepared.fx[j] - prepared.fx[i];
      const dy = prepared.fy[j] - prepared.fy[i];
      near.push([dx * dx + dy * dy, j]);
    }
    near.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    targets.push(Int32Array.from(near.slice(0, MERGE_CANDIDATES).map((e) => e[1])));
  }
  return { year: criteria.year, pupils, known, minimum, growth, targets };
}

/** Whether facility j, kept with `received` extra pupils, meets its minimum (growth g). */
export function meets(model: PupilModel, j: number, received: number, g = model.growth[j]): boolean {
  const min = model.minimum[j];
  if (Number.isNaN(min)) return true;
  if (!model.known[j] && received === 0) return true;
  return g * (model.pupils[j] + received) >= min - 1e-9;
}

/** Adds the merge columns and minimum rows to an exact model. */
export function addPupilRows(
  b: ModelBuilder,
  problem: OptimiseProblem,
  model: PupilModel,
  yCol: Int32Array
): PupilColumns {
  const { F, role } = problem;
  const merge: { i: number; j: number; col: number }[] = [];
  const anywhere = new Int32Array(F).fill(-1);
  const incoming: { i: number; col: number }[][] = Array.from({ length: F }, () => []);
  for (let i = 0; i < F; i++) {
    if (role[i] !== ROLE_FREE) continue;
    const cols: number[] = [];
    for (const j of model.targets[i]) {
      const col = b.addCol(0, 0, 1, false);
      merge.push({ i, j, col });
      incoming[j].push({ i, col });
      cols.push(col);
      if (role[j] === ROLE_FREE) b.addRow([col, yCol[j]], [1, -1], -Infinity, 0);
    }
    anywhere[i] = b.addCol(0, 0, 1, false);
    // A closed school's pupils go somewhere: to one of its targets or anywhere; a kept school keeps its own.
    b.addRow([...cols, anywhere[i], yCol[i]], [...cols.map(() => 1), 1, 1], 1, 1);
  }
  for (let j = 0; j < F; j++) {
    if (!problem.isRegion[j] || role[j] === ROLE_CLOSED || Number.isNaN(model.minimum[j])) continue;
    const g = model.growth[j];
    const own = g * model.pupils[j];
    const min = model.minimum[j];
    if (own >= min) continue;
    const idx = incoming[j].map((m) => m.col);
    const val = incoming[j].map((m) => g * model.pupils[m.i]);
    if (!model.known[j]) continue; // unknown count: exempt unless it receives pupils (left to the check)
    if (role[j] === ROLE_OPEN) b.addRow(idx, val, min - own, Infinity);
    else b.addRow([yCol[j], ...idx], [own - min, ...val], 0, Infinity);
  }
  return {
    fill(x, open, into) {
      for (const m of merge) x[m.col] = !open[m.i] && into[m.i] === m.j ? 1 : 0;
      for (let i = 0; i < F; i++) {
        if (anywhere[i] < 0) continue;
        const targeted = !open[i] && model.targets[i].includes(into[i]);
        x[anywhere[i]] = !open[i] && !targeted ? 1 : 0;
      }
    }
  };
}

/** A merge plan for an open set: `into[i]` is the kept school closed school i merges into (-1 for open ones). */
export interface MergePlan {
  into: Int32Array;
  /** Kept schools that stay below their minimum with this plan. */
  short: number[];
}

/** The nearest open facility (region or context) of facility i's location, ties by index; -1 when none. */
export function nearestOpen(problem: OptimiseProblem, open: Uint8Array, i: number): number {
  const { fx, fy } = problem.prepared;
  let best = -1;
  let bestD = Infinity;
  for (let j = 0; j < problem.F; j++) {
    if (j === i || !open[j]) continue;
    const dx = fx[j] - fx[i];
    const dy = fy[j] - fy[i];
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = j;
    }
  }
  return best;
}

function distance(problem: OptimiseProblem, i: number, j: number): number {
  const { fx, fy } = problem.prepared;
  return Math.hypot(fx[j] - fx[i], fy[j] - fy[i]);
}

/**
 * The plan for an open set with growth `g`: default targets (nearest open), moved only where a minimum needs it.
 * With a solver: fewest extra pupil-kilometres; without: greedy (largest shortfall first, nearest donors).
 */
export function mergePlan(
  problem: OptimiseProblem,
  model: PupilModel,
  open: Uint8Array,
  g: Float64Array,
  solver: MipSolver | null,
  timeLimit: number
): MergePlan {
  const { F } = problem;
  const into = new Int32Array(F).fill(-1);
  const closed: number[] = [];
  for (let i = 0; i < F; i++) {
    if (problem.isRegion[i] && !open[i]) {
      into[i] = nearestOpen(problem, open, i);
      closed.push(i);
    }
  }
  const received = new Float64Array(F);
  for (const i of closed) if (into[i] >= 0) received[into[i]] += model.pupils[i];
  const shortOf = () => {
    const out: number[] = [];
    for (let j = 0; j < F; j++)
      if (open[j] && problem.isRegion[j] && !meets(model, j, received[j], g[j])) out.push(j);
    return out;
  };
  let short = shortOf();
  if (short.length === 0) return { into, short };

  const options = (i: number) => model.targets[i].filter((j) => open[j] && j !== into[i]);
  if (solver) {
    const b = new ModelBuilder();
    const cols: { i: number; j: number; col: number }[] = [];
    const incoming: { i: number; col: number }[][] = Array.from({ length: F }, () => []);
    for (const i of closed) {
      const row: number[] = [];
      const base = into[i] >= 0 ? distance(problem, i, into[i]) : 0;
      const choices = into[i] >= 0 ? [into[i], ...options(i)] : options(i);
      for (const j of choices) {
        const col = b.addCol(
          (model.pupils[i] * Math.max(0, distance(problem, i, j) - base)) / 1000,
          0,
          1,
          true
        );
        cols.push({ i, j, col });
        incoming[j].push({ i, col });
        row.push(col);
      }
      if (row.length > 0)
        b.addRow(
          row,
          row.map(() => 1),
          1,
          1
        );
    }
    for (let j = 0; j < F; j++) {
      if (!open[j] || !problem.isRegion[j] || Number.isNaN(model.minimum[j])) continue;
      if (!model.known[j]) continue;
      const need = model.minimum[j] / g[j] - model.pupils[j];
      if (need <= 0) continue;
      b.addRow(
        incoming[j].map((m) => m.col),
        incoming[j].map((m) => model.pupils[m.i]),
        need - 1e-9,
        Infinity
      );
    }
    const res = solver.solve(b.build(), { timeLimit, relativeGap: 1e-6 });
    if (res.x) {
      received.fill(0);
      for (const m of cols) {
        if (res.x[m.col] > 0.5) {
          into[m.i] = m.j;
          received[m.j] += model.pupils[m.i];
        }
      }
      return { into, short: shortOf() };
    }
    return { into, short };
  }

  // Greedy: the largest shortfall first; donors are closed schools that list it, nearest first, whose current
  // target keeps its minimum without them.
  for (const j of [...short].sort(
    (a, b) =>
      model.minimum[b] / g[b] -
      model.pupils[b] -
      received[b] -
      (model.minimum[a] / g[a] - model.pupils[a] - received[a])
  )) {
    const donors = closed
      .filter((i) => into[i] !== j && model.targets[i].includes(j))
      .sort((a, b) => distance(problem, a, j) - distance(problem, b, j));
    for (const i of donors) {
      if (meets(model, j, received[j], g[j])) break;
      const from = into[i];
      if (from >= 0 && problem.isRegion[from] && !Number.isNaN(model.minimum[from])) {
        if (!meets(model, from, received[from] - model.pupils[i], g[from])) continue;
      }
      if (from >= 0) received[from] -= model.pupils[i];
      into[i] = j;
      received[j] += model.pupils[i];
    }
  }
  short = shortOf();
  return { into, short };
}
