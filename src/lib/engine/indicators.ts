/**
 * Indicators of one scenario state: the summary for the whole region and the same figures per municipality.
 *
 * Distances are demand-weighted. The weighted quantile q is the smallest distance d such that the summed weight of
 * units with distance <= d is at least q times the total weight; `max` is the largest distance of a unit with
 * positive weight. Totals and running sums are both taken in distance order, so a quantile never depends on
 * summation order. Everything is O(units + facilities): the distance order is maintained by reachability.
 */
import { placeKey, type PreparedRegion } from './prepare';
import type { ReachState } from './reachability';
import type { ScenarioState } from './scenario';
import { modelledMeanDistance } from './choice/allocate';
import { choiceModelFor } from './choice/model';
import {
  STATUS_OPEN,
  type DistanceStats,
  type MunicipalitySummary,
  type ShareWithin,
  type Summary
} from './types';

/** The shares of po and vo (and of the schema-1 report); other sectors use their preset's `thresholdsM`. */
export const SHARE_THRESHOLDS_M = [1000, 3000, 5000] as const;

export interface Indicators {
  summary: Summary;
  municipalities: MunicipalitySummary[];
  /** 1 when the facility is open, has a known count and a norm, and its pupils are below the norm. */
  belowNorm: Uint8Array;
}

/** Norm of a facility index in the given state (NaN when none). */
export function normOf(prepared: PreparedRegion, state: ScenarioState, i: number): number {
  const n = prepared.facilityIds.length;
  if (i < n) return prepared.norm[i];
  return state.added[i - n].norm ?? NaN;
}

function belowNormFlags(prepared: PreparedRegion, state: ScenarioState): Uint8Array {
  const n = prepared.facilityIds.length;
  const flags = new Uint8Array(state.status.length);
  for (let i = 0; i < flags.length; i++) {
    if (state.status[i] !== STATUS_OPEN) continue;
    // An unknown DUO count that received nothing stays unknown: never flag it.
    if (i < n && !prepared.pupilsKnown[i] && state.pupils[i] === prepared.pupilsBase[i]) continue;
    const norm = normOf(prepared, state, i);
    if (!Number.isNaN(norm) && state.pupils[i] < norm) flags[i] = 1;
  }
  return flags;
}

/** Running weighted statistics per slot (a municipality, or the whole region in the last slot). */
class Accumulator {
  readonly total: Float64Array;
  readonly cum: Float64Array;
  readonly sumWD: Float64Array;
  readonly p50: Float64Array;
  readonly p90: Float64Array;
  readonly max: Float64Array;
  /** Summed weight within thresholds[k], per slot. */
  readonly within: Float64Array[];

  constructor(
    slots: number,
    /** Ascending distances in metres. */
    readonly thresholds: readonly number[]
  ) {
    this.total = new Float64Array(slots);
    this.cum = new Float64Array(slots);
    this.sumWD = new Float64Array(slots);
    this.p50 = new Float64Array(slots).fill(NaN);
    this.p90 = new Float64Array(slots).fill(NaN);
    this.max = new Float64Array(slots).fill(NaN);
    this.within = thresholds.map(() => new Float64Array(slots));
  }

  /** Add a unit; units must arrive in ascending distance. */
  add(s: number, w: number, d: number): void {
    const cum = (this.cum[s] += w);
    this.sumWD[s] += w * d;
    if (cum >= 0.5 * this.total[s] && Number.isNaN(this.p50[s])) this.p50[s] = d;
    if (cum >= 0.9 * this.total[s] && Number.isNaN(this.p90[s])) this.p90[s] = d;
    this.max[s] = d;
    // Largest threshold first: with ascending thresholds a unit beyond one is beyond all smaller ones.
    for (let k = this.thresholds.length - 1; k >= 0 && d <= this.thresholds[k]; k--) this.within[k][s] += w;
  }

  result(s: number): { demand: number; distanceM: DistanceStats; shareWithin: ShareWithin } {
    const total = this.total[s];
    const has = total > 0;
    const orNull = (v: number) => (Number.isNaN(v) ? null : v);
    const shareWithin: ShareWithin = {};
    this.thresholds.forEach((t, k) => (shareWithin[String(t)] = has ? this.within[k][s] / total : null));
    return {
      demand: total,
      distanceM: {
        mean: has ? this.sumWD[s] / total : null,
        p50: orNull(this.p50[s]),
        p90: orNull(this.p90[s]),
        max: orNull(this.max[s])
      },
      shareWithin
    };
  }
}

/** Weighted distance statistics per municipality and (slot `groups`) for all units, from the distance order. */
function distanceStats(prepared: PreparedRegion, reach: ReachState, groups: number): Accumulator {
  const { weight, demandMunicipality } = prepared;
  const detour = prepared.parameters.detourFactor;
  const { order, dist2 } = reach;
  const acc = new Accumulator(groups + 1, prepared.thresholdsM);
  const total = acc.total;
  for (let o = 0; o < order.length; o++) {
    const u = order[o];
    const w = weight[u];
    if (!(w > 0)) continue;
    total[groups] += w;
    const g = demandMunicipality[u];
    if (g >= 0) total[g] += w;
  }
  for (let o = 0; o < order.length; o++) {
    const u = order[o];
    const w = weight[u];
    if (!(w > 0)) continue;
    const d = Math.sqrt(dist2[u]) * detour;
    acc.add(groups, w, d);
    const g = demandMunicipality[u];
    if (g >= 0) acc.add(g, w, d);
  }
  return acc;
}

const collator = new Intl.Collator('nl');

/** Index into `prepared.places` of an added facility's woonplaats, or -1 (no place, or not a region place). */
function addedPlace(prepared: PreparedRegion, state: ScenarioState, k: number): number {
  const a = state.added[k];
  return a.place === null ? -1 : (prepared.placeIndex.get(placeKey(a.municipality, a.place)) ?? -1);
}

/** The choice model's mean distance after the detour factor (allocation 'choice'), else null. */
function modelledMean(prepared: PreparedRegion, state: ScenarioState): number | null {
  const model = state.choice ? choiceModelFor(prepared) : null;
  if (!model || !state.choice) return null;
  const d = modelledMeanDistance(model, { status: state.status, choice: state.choice });
  return d === null ? null : d * prepared.parameters.detourFactor;
}

export function computeIndicators(
  prepared: PreparedRegion,
  state: ScenarioState,
  reach: ReachState
): Indicators {
  const n = prepared.facilityIds.length;
  const groups = prepared.municipalities.length;
  const belowNorm = belowNormFlags(prepared, state);

  const open = new Int32Array(groups + 1);
  const pupils = new Float64Array(groups + 1);
  const below = new Int32Array(groups + 1);
  const placeOpen = new Int32Array(prepared.places.length);
  let pupilsTotal = 0;
  let pupilsToContext = 0;

  for (let i = 0; i < state.status.length; i++) {
    const isBase = i < n;
    if (isBase && prepared.isContext[i]) {
      pupilsToContext += state.pupils[i] - prepared.pupilsBase[i];
      continue;
    }
    if (isBase) pupilsTotal += prepared.pupilsBase[i];
    if (state.status[i] !== STATUS_OPEN) continue;
    const code = isBase ? null : state.added[i - n].municipality;
    const m = isBase
      ? prepared.facilityMunicipality[i]
      : code === null
        ? -1
        : (prepared.municipalityIndex.get(code) ?? -1);
    for (const s of m >= 0 ? [m, groups] : [groups]) {
      open[s]++;
      pupils[s] += state.pupils[i];
      below[s] += belowNorm[i];
    }
    const place = isBase ? prepared.facilityPlace[i] : addedPlace(prepared, state, i - n);
    if (place >= 0) placeOpen[place]++;
  }

  // Every region place had an open facility in the baseline (all base facilities are open there); a new facility
  // in a place keeps it off the list.
  const lostPlaces: string[][] = Array.from({ length: groups + 1 }, () => []);
  prepared.places.forEach((p, k) => {
    if (placeOpen[k] > 0) return;
    lostPlaces[groups].push(p.name);
    if (p.municipality >= 0) lostPlaces[p.municipality].push(p.name);
  });
  for (const list of lostPlaces) list.sort(collator.compare);

  const stats = distanceStats(prepared, reach, groups);
  const all = stats.result(groups);
  const summary: Summary = {
    openFacilities: open[groups],
    pupilsTotal,
    pupilsToContext,
    distanceM: all.distanceM,
    shareWithin: all.shareWithin,
    belowNorm: below[groups],
    placesWithoutFacility: lostPlaces[groups],
    modelledMeanDistanceM: modelledMean(prepared, state)
  };
  const municipalities = prepared.municipalities.map((m, g): MunicipalitySummary => {
    const st = stats.result(g);
    return {
      code: m.code,
      name: m.name,
      openFacilities: open[g],
      pupils: pupils[g],
      belowNorm: below[g],
      demand: st.demand,
      distanceM: st.distanceM,
      shareWithin: st.shareWithin,
      placesWithoutFacility: lostPlaces[g]
    };
  });
  return { summary, municipalities, belowNorm };
}
