/**
 * The room's criteria as data: what `optimise` takes (with a region bundle and a sector) and what a live session
 * fills from the room's answers. A problem is data, a solution is data (a scenario plus its bound and gap).
 *
 * Distances are in kilometres after the detour factor, like every distance the workshop shows.
 */

/**
 * - `median`: keep exactly `keep` region facilities, minimise the child-weighted mean distance (p-median).
 * - `fewest`: the fewest region facilities that meet the constraints.
 * - `coverage`: keep exactly `keep`, maximise the share of children within `maxDistanceKm` (maximal covering).
 */
export type OptimiseObjective = 'median' | 'fewest' | 'coverage';
export const OPTIMISE_OBJECTIVES: readonly OptimiseObjective[] = ['median', 'fewest', 'coverage'];

/** PO: every child has an open school of this denomination (as DUO publishes it) within `withinKm`. */
export interface DenominationCriterion {
  denomination: string;
  withinKm: number;
}

export interface OptimiseCriteria {
  objective: OptimiseObjective;
  /** `median` and `coverage`: exactly this many region facilities stay open (context facilities not counted). */
  keep?: number;
  /**
   * Every child (or `share` of the children) within this distance of an open facility. For `coverage` the
   * radius D whose covered share is maximised.
   */
  maxDistanceKm?: number;
  /** Share (0..1) of the children that must live within `maxDistanceKm`; default 1 (every child). */
  share?: number;
  /** Minimum pupils of every kept region school in `year`: a number, or 'norm' (its own opheffingsnorm). */
  minPupils?: number | 'norm';
  /** Year (2023..2035) of the demand and of the pupils `minPupils` counts; default 2023 (the DUO count). */
  year?: number;
  /** Facility ids that stay open whatever the objective says. */
  lockOpen?: string[];
  /** Facility ids that close whatever the objective says. */
  lockClosed?: string[];
  /** A school in every place (woonplaats) with at least this many children of the sector's ages. */
  placeMinChildren?: number;
  /** PO: denominations that every child must find within a distance. */
  denominations?: DenominationCriterion[];
}
