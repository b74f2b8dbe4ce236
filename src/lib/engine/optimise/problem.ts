/**
 * One problem definition for the heuristic, the exact model, the bound and the tests: the facilities with their
 * role (free, always open, locked closed), the demand cells with their weights (the engine's, or the prognosis
 * weights of the criteria's year), the candidate lists and the cover rows ("at least one of these facilities stays
 * open") that the distance, woonplaats and denomination criteria become.
 *
 * Distances follow `evaluate`: straight RD metres times the detour factor, nearest open facility, ties by id.
 */
import { placeKey, type PreparedRegion } from '../prepare';
import { resolvePrognosis } from '../prognosis';
import { placeAt } from '../sector-input';
import { prognosisFor, yearWeights, type YearOptions } from '../years';
import { denominationMatches, sectorWords, type ResolvedCriteria } from './criteria-check';
import { buildLists, type CandidateLists } from './lists';
import type { Words } from './messages';

export const ROLE_FREE = 0;
/** Context facilities and facilities locked open: open in every solution. */
export const ROLE_OPEN = 1;
/** Locked closed: closed in every solution. */
export const ROLE_CLOSED = 2;

export const ROW_DISTANCE = 0;
export const ROW_PLACE = 1;
export const ROW_DENOMINATION = 2;

/** "At least one of these free facilities stays open" (rows an always-open facility satisfies are left out). */
export interface CoverRows {
  count: number;
  start: Int32Array;
  fac: Int32Array;
  kind: Uint8Array;
  /** The cell (distance, denomination) or the place (place rows) the row is for. */
  ref: Int32Array;
  /** Per facility: the rows it is a member of (CSR). */
  byFacStart: Int32Array;
  byFacRow: Int32Array;
}

export interface PlaceRequirement {
  name: string;
  municipality: string | null;
  /** Children of the sector's ages (of the criteria's year) in the place's cells. */
  children: number;
  /** Region facilities of the place that may stay open. */
  facilities: number[];
  /** Satisfied whatever happens (a facility of the place is locked open). */
  alwaysMet: boolean;
}

export interface DenominationReach {
  denomination: string;
  withinKm: number;
  /** Cells (and their children) without an allowed school of the denomination within the distance. */
  unreachableCells: number[];
  unreachableChildren: number;
}

export interface OptimiseProblem {
  prepared: PreparedRegion;
  criteria: ResolvedCriteria;
  words: Words;
  /** All facilities (region and context), in the engine's index order. */
  F: number;
  role: Uint8Array;
  isRegion: Uint8Array;
  /** Indices of the free facilities. */
  free: Int32Array;
  /** Region facilities locked open. */
  lockedOpen: number;
  /** Free facilities to keep open (keep minus the locked-open ones); null for `fewest`. */
  keepFree: number | null;
  /** Demand unit indices with children (weight > 0). */
  cells: Int32Array;
  /** Weight per cell: the engine's demand weight, or the prognosis weight of the criteria's year. */
  w: Float64Array;
  totalWeight: number;
  lists: CandidateLists;
  /** The distance criterion in metres, or null. */
  maxDistanceM: number | null;
  /** Per cell: 1 when an allowed facility lies within the distance (only with a distance criterion). */
  reach: Uint8Array;
  reachWeight: number;
  /** Covered weight the share criterion asks for (share * reachWeight); 0 without one. */
  shareTarget: number;
  rows: CoverRows;
  places: PlaceRequirement[];
  /** Places that ask for a school but have none that may stay open. */
  placeConflicts: PlaceRequirement[];
  denominations: DenominationReach[];
}

export interface ProblemOptions {
  yearOptions?: YearOptions;
  /** Longest candidate list (facilities beyond the distance criteria); default: all up to 600 facilities, else 48. */
  listCap?: number;
}

/** Demand weights of the criteria's year (the engine's weights without a year). */
export function problemWeights(
  prepared: PreparedRegion,
  year: number | null,
  yearOptions: YearOptions | undefined
): Float64Array {
  if (year === null) return prepared.weight;
  return yearWeights(prepared, prognosisFor(prepared, resolvePrognosis(yearOptions?.prognosis)), year);
}

export function buildProblem(
  prepared: PreparedRegion,
  criteria: ResolvedCriteria,
  options: ProblemOptions = {}
): OptimiseProblem {
  const F = prepared.facilityIds.length;
  const role = new Uint8Array(F);
  const isRegion = new Uint8Array(F);
  for (let j = 0; j < F; j++) {
    isRegion[j] = prepared.isContext[j] ? 0 : 1;
    if (!isRegion[j]) role[j] = ROLE_OPEN;
  }
  for (const id of criteria.lockOpen) role[prepared.facilityById.get(id)!] = ROLE_OPEN;
  for (const id of criteria.lockClosed) role[prepared.facilityById.get(id)!] = ROLE_CLOSED;
  const free: number[] = [];
  for (let j = 0; j < F; j++) if (role[j] === ROLE_FREE) free.push(j);
  const allowed = new Uint8Array(F);
  const fixedOpen = new Uint8Array(F);
  for (let j = 0; j < F; j++) {
    allowed[j] = role[j] === ROLE_CLOSED ? 0 : 1;
    fixedOpen[j] = role[j] === ROLE_OPEN ? 1 : 0;
  }

  const weights = problemWeights(prepared, criteria.year, options.yearOptions);
  const cellList: number[] = [];
  for (let u = 0; u < weights.length; u++) if (weights[u] > 0) cellList.push(u);
  const cells = Int32Array.from(cellList);
  const w = new Float64Array(cells.length);
  let totalWeight = 0;
  for (let c = 0; c < cells.length; c++) totalWeight += w[c] = weights[cells[c]];

  const maxDistanceM = criteria.maxDistanceKm === null ? null : criteria.maxDistanceKm * 1000;
  const lists = buildLists(prepared, cells, allowed, fixedOpen, {
    mustM: maxDistanceM ?? 0,
    cap: options.listCap ?? (F <= 600 ? F : 48)
  });

  const rowStart: number[] = [0];
  const rowFac: number[] = [];
  const rowKind: number[] = [];
  const rowRef: number[] = [];
  /** Adds the row unless an always-open member satisfies it; returns false when it has no allowed member. */
  const addRow = (members: Iterable<number>, kind: number, ref: number): boolean => {
    let any = false;
    const freeMembers: number[] = [];
    for (const j of members) {
      if (role[j] === ROLE_OPEN) return true;
      if (role[j] === ROLE_FREE) {
        freeMembers.push(j);
        any = true;
      }
    }
    if (!any) return false;
    rowFac.push(...freeMembers);
    rowStart.push(rowFac.length);
    rowKind.push(kind);
    rowRef.push(ref);
    return true;
  };

  // Distance: a cell is reachable when an allowed facility lies within the distance; with share 1 every
  // reachable cell becomes a row.
  const reach = new Uint8Array(cells.length);
  let reachWeight = 0;
  if (maxDistanceM !== null) {
    for (let c = 0; c < cells.length; c++) {
      const s = lists.start[c];
      const e = lists.start[c + 1];
      if (e > s && lists.dist[s] <= maxDistanceM) {
        reach[c] = 1;
        reachWeight += w[c];
        // For `coverage` the distance is what the objective counts, not a rule every cell must meet.
        if (criteria.share >= 1 && criteria.objective !== 'coverage') {
          const members: number[] = [];
          for (let k = s; k < e && lists.dist[k] <= maxDistanceM; k++) members.push(lists.fac[k]);
          addRow(members, ROW_DISTANCE, c);
        }
      }
    }
  }

  const { places, conflicts } = placeRequirements(prepared, criteria, cells, w, role, addRow);
  const denominations = criteria.denominations.map((d, k) =>
    denominationRows(prepared, d.denomination, d.withinKm, k, cells, w, allowed, addRow)
  );

  const rowCount = rowKind.length;
  const start = Int32Array.from(rowStart);
  const fac = Int32Array.from(rowFac);
  const byFacStart = new Int32Array(F + 1);
  for (const j of rowFac) byFacStart[j + 1]++;
  for (let j = 0; j < F; j++) byFacStart[j + 1] += byFacStart[j];
  const fill = byFacStart.slice(0, F);
  const byFacRow = new Int32Array(rowFac.length);
  for (let r = 0; r < rowCount; r++)
    for (let e = start[r]; e < start[r + 1]; e++) byFacRow[fill[fac[e]]++] = r;

  let lockedOpen = 0;
  for (const id of criteria.lockOpen) if (isRegion[prepared.facilityById.get(id)!]) lockedOpen++;
  return {
    prepared,
    criteria,
    words: sectorWords(prepared),
    F,
    role,
    isRegion,
    free: Int32Array.from(free),
    lockedOpen,
    keepFree: criteria.keep === null ? null : criteria.keep - lockedOpen,
    cells,
    w,
    totalWeight,
    lists,
    maxDistanceM,
    reach,
    reachWeight,
    shareTarget: maxDistanceM !== null && criteria.share < 1 ? criteria.share * reachWeight : 0,
    rows: {
      count: rowCount,
      start,
      fac,
      kind: Uint8Array.from(rowKind),
      ref: Int32Array.from(rowRef),
      byFacStart,
      byFacRow
    },
    places,
    placeConflicts: conflicts,
    denominations
  };
}

type AddRow = (members: Iterable<number>, kind: number, ref: number) => boolean;

/** Children per woonplaats (cells by the PC4 area of their centre) and a row per place that asks for a school. */
function placeRequirements(
  prepared: PreparedRegion,
  criteria: ResolvedCriteria,
  cells: Int32Array,
  w: Float64Array,
  role: Uint8Array,
  addRow: AddRow
): { places: PlaceRequirement[]; conflicts: PlaceRequirement[] } {
  if (criteria.placeMinChildren === null) return { places: [], conflicts: [] };
  const children = new Float64Array(prepared.places.length);
  for (let c = 0; c < cells.length; c++) {
    const u = prepared.demand[cells[c]];
    const name = placeAt(prepared.bundle, u.lon, u.lat);
    if (name === null) continue;
    const p = prepared.placeIndex.get(placeKey(u.municipality, name));
    if (p !== undefined) children[p] += w[c];
  }
  const members: number[][] = prepared.places.map(() => []);
  for (let j = 0; j < prepared.facilityIds.length; j++) {
    const p = prepared.facilityPlace[j];
    if (p >= 0 && !prepared.isContext[j] && role[j] !== ROLE_CLOSED) members[p].push(j);
  }
  const places: PlaceRequirement[] = [];
  const conflicts: PlaceRequirement[] = [];
  prepared.places.forEach((pl, p) => {
    if (children[p] < criteria.placeMinChildren! || children[p] <= 0) return;
    const req: PlaceRequirement = {
      name: pl.name,
      municipality: pl.municipality >= 0 ? prepared.municipalities[pl.municipality].name : null,
      children: children[p],
      facilities: members[p],
      alwaysMet: members[p].some((j) => role[j] === ROLE_OPEN)
    };
    places.push(req);
    if (!addRow(members[p], ROW_PLACE, p)) conflicts.push(req);
  });
  return { places, conflicts };
}

/** The rows of one denomination criterion: every cell needs an open school of it within the distance. */
function denominationRows(
  prepared: PreparedRegion,
  denomination: string,
  withinKm: number,
  index: number,
  cells: Int32Array,
  w: Float64Array,
  allowed: Uint8Array,
  addRow: AddRow
): DenominationReach {
  const detour = prepared.parameters.detourFactor;
  const limit = withinKm * 1000;
  const ofKind = prepared.facilities.map(
    (f, j) => allowed[j] === 1 && denominationMatches(f.denomination, denomination)
  );
  const unreachableCells: number[] = [];
  let unreachableChildren = 0;
  for (let c = 0; c < cells.length; c++) {
    const u = cells[c];
    const members: number[] = [];
    for (const j of prepared.facilityIndex.within(
      prepared.dx[u],
      prepared.dy[u],
      (limit / detour) * (1 + 1e-9)
    )) {
      if (!ofKind[j]) continue;
      const ddx = prepared.fx[j] - prepared.dx[u];
      const ddy = prepared.fy[j] - prepared.dy[u];
      if (Math.sqrt(ddx * ddx + ddy * ddy) * detour <= limit) members.push(j);
    }
    if (members.length === 0) {
      unreachableCells.push(c);
      unreachableChildren += w[c];
      continue;
    }
    addRow(members, ROW_DENOMINATION, index * cells.length + c);
  }
  return { denomination, withinKm, unreachableCells, unreachableChildren };
}
