/**
 * What `optimise` returns: a solution is data, like a problem. The scenario (its edits), the objective with its
 * lower bound and gap, every criterion checked by evaluating the scenario with the engine itself, the children no
 * facility can reach, and when nothing meets the criteria, the nearest relaxations that do (each one solved and
 * checked the same way).
 */
import type { Edit, Summary } from '../types';
import type { YearReportSummary } from '../year-report';
import type { OptimiseCriteria, OptimiseObjective } from './criteria';

/** How the objective is measured: mean distance (km), open locations, or share of the children beyond D. */
export type ObjectiveUnit = 'km' | 'locaties' | 'aandeel';

export interface ObjectiveReport {
  /** From the engine's evaluation of the scenario. median: mean km; fewest: open region facilities;
   *  coverage: share (0..1) of the children living beyond the distance. Always minimised. */
  value: number;
  /** Proven lower bound of `value` (a lower bound for every scenario meeting the criteria), or null. */
  lowerBound: number | null;
  /** (value - lowerBound) / value; 0 when value is 0; null without a bound. */
  gap: number | null;
  unit: ObjectiveUnit;
  /** 'exact': the MIP solver ran (optimal when gap is 0); 'heuristic': greedy + interchange (bound: Lagrangian or none). */
  method: 'exact' | 'heuristic';
  /** The solver proved the optimum (gap within 1e-6). */
  optimal: boolean;
}

export type ConstraintId =
  'keep' | 'max-distance' | 'min-pupils' | 'lock-open' | 'lock-closed' | 'place' | `denomination:${string}`;

export interface ConstraintCheck {
  id: ConstraintId;
  /** From the engine's evaluation of the returned scenario, never from the model. */
  met: boolean;
  /** Dutch, for the room. */
  detail: string;
}

export interface Unreachable {
  /** The distance criterion (km), or null without one. */
  distanceKm: number | null;
  /** Demand cells with children that no facility allowed to open can reach within the distance. */
  cells: number;
  children: number;
  /** The cells' ids (grid ids or imported unit ids). */
  ids: string[];
}

export interface Relaxation {
  /** The criterion changed. */
  field: keyof OptimiseCriteria;
  /** Dutch: "met 3,4 km kan het wel". */
  message: string;
  /** The criteria with the change applied: optimising them gives a scenario that meets them all. */
  criteria: OptimiseCriteria;
}

export interface OptimiseResult {
  criteria: OptimiseCriteria;
  objective: OptimiseObjective;
  /** close edits (merge edits into chosen schools when minimum pupils count), in facility id order. */
  edits: Edit[];
  /** Region facilities kept open / closed, by id. */
  open: string[];
  closed: string[];
  /** The engine's summary of the scenario (`evaluate --json`'s, or `--year`'s when a year is given). */
  summary: Summary | YearReportSummary;
  report: ObjectiveReport;
  constraints: ConstraintCheck[];
  /** Every constraint met. */
  feasible: boolean;
  /** The exact run proved that no scenario meets all criteria (false: none was found, or they are met). */
  infeasibleProven: boolean;
  unreachable: Unreachable;
  /** Share (0..1) of all children within the distance criterion, from the engine's check; null without one. */
  withinShare: number | null;
  /** When not feasible: changes of one criterion that work, nearest first. */
  relaxations: Relaxation[];
  /** Dutch sentences explaining the proposal (how many locations, what holds, who stays beyond D). */
  explanation: string[];
  stats: {
    ms: number;
    heuristicMs: number;
    exactMs: number;
    solver: string | null;
    cells: number;
    facilities: number;
  };
}

export type OptimisePhase = 'voorbereiden' | 'snel' | 'exact' | 'grens' | 'controle' | 'alternatief';

export interface OptimiseProgress {
  phase: OptimisePhase;
  /** 0..1 for a progress bar. */
  fraction: number;
  /** Dutch, one line. */
  message: string;
  /** The first (heuristic) answer, once it is there and checked. */
  first?: OptimiseResult;
}
