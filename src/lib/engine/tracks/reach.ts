/**
 * Reachability per VO track: for every demand unit the nearest open location offering PrO / vmbo / havo / vwo
 * (tracks.ts: REACH_MASK), and per municipality and for the region the demand-weighted mean, P90 and the shares
 * within 5, 10 and 15 km (after the detour factor; the same weighted quantile rule as indicators.ts). A location
 * a merge gave a track counts for it; a BRUGJAAR-only location counts for none.
 *
 * The demand of a track is the sector's demand weight (children of 12-17) times the track's national share
 * (`reachShare`): an estimate ("geschat"). The shares scale every unit alike, so the distances and shares within
 * do not depend on them; only the `demand` figures do.
 *
 * Computed in full for a scenario state (4 nearest searches per unit, over the locations offering the track).
 */
import { distanceStats } from '../indicators';
import { repairOrder } from '../reachability';
import type { PreparedRegion } from '../prepare';
import { finderFor, type ScenarioState } from '../scenario';
import { STATUS_OPEN } from '../types';
import { offeringStatus } from './reallocate';
import { REACH_MASK, REACH_TRACKS, reachShare, type ReachTrack } from './tracks';
import { TRACK_SOURCE } from './shares';

export {
  TRACK_THRESHOLDS_M,
  type TrackMunicipality,
  type TrackReachability,
  type TrackReport,
  type TrackStats
} from './reach-types';
import type { TrackMunicipality, TrackReachability, TrackReport, TrackStats } from './reach-types';
import { TRACK_THRESHOLDS_M } from './reach-types';

function record<T>(make: (t: ReachTrack) => T): Record<ReachTrack, T> {
  return Object.fromEntries(REACH_TRACKS.map((t) => [t, make(t)])) as Record<ReachTrack, T>;
}

/** What an incremental update needs of a computed state (kept beside it, not in the result). */
const scratchOf = new WeakMap<
  TrackReachability,
  {
    offers: Record<ReachTrack, Uint8Array>;
    dist2: Record<ReachTrack, Float64Array>;
    order: Record<ReachTrack, Int32Array>;
  }
>();

/** Facility indices offering the track now and not before (a merge that moved a track, a new location). */
function newlyOffering(before: Uint8Array, now: Uint8Array): number[] {
  const out: number[] = [];
  for (let j = 0; j < now.length; j++)
    if (now[j] === STATUS_OPEN && !(j < before.length && before[j] === STATUS_OPEN)) out.push(j);
  return out;
}

/**
 * Reachability per track of a VO scenario state; null when the state has no tracks (any other sector). With
 * `previous` (the same prepared region's result for another state, usually the step before) only the units whose
 * nearest location stopped offering the track are searched again, and the locations that newly offer it are
 * compared with the rest: the same result as a full computation (tested), far cheaper for one edit.
 */
export function computeTrackReachability(
  prepared: PreparedRegion,
  state: ScenarioState,
  previous?: TrackReachability | null
): TrackReachability | null {
  if (!state.tracks || !state.trackPupils) return null;
  const finder = finderFor(prepared);
  const U = prepared.dx.length;
  const groups = prepared.municipalities.length;
  const detour = prepared.parameters.detourFactor;
  const n = prepared.facilityIds.length;
  const nearest = {} as Record<ReachTrack, Int32Array>;
  const distanceM = {} as Record<ReachTrack, Float32Array>;
  const region = {} as Record<ReachTrack, TrackStats>;
  const perMunicipality = prepared.municipalities.map(() => ({}) as Record<ReachTrack, TrackStats>);

  const offersBy = {} as Record<ReachTrack, Uint8Array>;
  const dist2By = {} as Record<ReachTrack, Float64Array>;
  const orderBy = {} as Record<ReachTrack, Int32Array>;
  for (const track of REACH_TRACKS) {
    const offers = offeringStatus(state, REACH_MASK[track]);
    const open = new Int32Array(groups + 1);
    for (let j = 0; j < offers.length; j++) {
      if (offers[j] !== STATUS_OPEN) continue;
      open[groups]++;
      const code = j < n ? null : state.added[j - n].municipality;
      const m =
        j < n
          ? prepared.facilityMunicipality[j]
          : code === null
            ? -1
            : (prepared.municipalityIndex.get(code) ?? -1);
      if (m >= 0) open[m]++;
    }
    const near = new Int32Array(U);
    const dist2 = new Float64Array(U);
    const dist = new Float32Array(U);
    const openSet = { ...state, status: offers };
    const prev = previous ? scratchOf.get(previous) : undefined;
    const gained = prev ? newlyOffering(prev.offers[track], offers) : null;
    const idOf = (j: number) => (j < n ? prepared.facilityIds[j] : state.addedIds[j - n]);
    const changed: number[] = [];
    for (let u = 0; u < U; u++) {
      const was = prev ? previous!.nearest[track][u] : -1;
      if (prev && was >= 0 && offers[was] === STATUS_OPEN) {
        // Still offered: only a location that newly offers the track can be nearer (ties to the lower id).
        let best = was;
        let bestD2 = prev.dist2[track][u];
        for (const g of gained!) {
          const gx = (g < n ? prepared.fx[g] : state.addedX[g - n]) - prepared.dx[u];
          const gy = (g < n ? prepared.fy[g] : state.addedY[g - n]) - prepared.dy[u];
          const d2 = gx * gx + gy * gy;
          if (d2 < bestD2 || (d2 === bestD2 && idOf(g) < idOf(best))) [best, bestD2] = [g, d2];
        }
        near[u] = best;
        dist2[u] = bestD2;
      } else {
        near[u] = finder.find(prepared.dx[u], prepared.dy[u], openSet);
        dist2[u] = finder.d2;
      }
      dist[u] = near[u] < 0 ? NaN : Math.sqrt(dist2[u]) * detour;
      if (prev && dist2[u] !== prev.dist2[track][u]) changed.push(u);
    }
    offersBy[track] = offers;
    dist2By[track] = dist2;
    nearest[track] = near;
    distanceM[track] = dist;
    const share = reachShare(track);
    const none = open[groups] === 0;
    // The distance order: the previous one repaired where distances changed (O(U)), else a full sort.
    const order = prev
      ? changed.length === 0
        ? prev.order[track]
        : repairOrder(prev.order[track], dist2, changed)
      : Int32Array.from({ length: U }, (_, u) => u).sort((a, b) => dist2[a] - dist2[b] || a - b);
    orderBy[track] = order;
    const acc = none ? null : distanceStats(prepared, { order, dist2 }, groups, TRACK_THRESHOLDS_M);
    const statsOf = (slot: number): TrackStats => {
      const r = acc?.result(slot);
      const shareWithin: Record<string, number | null> = {};
      for (const t of TRACK_THRESHOLDS_M) shareWithin[String(t)] = r ? r.shareWithin[String(t)] : null;
      return {
        demand: (r ? r.demand : 0) * share,
        openLocations: open[slot],
        meanM: r ? r.distanceM.mean : null,
        p90M: r ? r.distanceM.p90 : null,
        shareWithin
      };
    };
    region[track] = statsOf(groups);
    perMunicipality.forEach((rec, g) => (rec[track] = statsOf(g)));
  }

  const out: TrackReachability = {
    estimated: true,
    source: {
      publisher: TRACK_SOURCE.publisher,
      title: TRACK_SOURCE.title,
      year: TRACK_SOURCE.year,
      url: TRACK_SOURCE.url
    },
    shares: record(reachShare),
    thresholdsM: [...TRACK_THRESHOLDS_M],
    region,
    municipalities: prepared.municipalities.map((m, g) => ({
      code: m.code,
      name: m.name,
      tracks: perMunicipality[g]
    })),
    nearest,
    distanceM,
    facilityTracks: state.tracks.slice(),
    facilityTrackPupils: state.trackPupils.slice()
  };
  scratchOf.set(out, { offers: offersBy, dist2: dist2By, order: orderBy });
  return out;
}

/** The report form: without the per-unit and per-facility arrays. */
export function trackReport(t: TrackReachability): TrackReport {
  return {
    estimated: t.estimated,
    source: t.source,
    shares: t.shares,
    thresholdsM: t.thresholdsM,
    region: t.region,
    municipalities: t.municipalities
  };
}

/** A copy with fresh typed arrays (the evaluator keeps the original for undo; a result's arrays get transferred). */
export function copyTracks(t: TrackReachability): TrackReachability {
  const copy = <A extends Int32Array | Float32Array>(r: Record<ReachTrack, A>) =>
    record((k) => r[k].slice() as A);
  return {
    ...t,
    nearest: copy(t.nearest),
    distanceM: copy(t.distanceM),
    facilityTracks: t.facilityTracks.slice(),
    facilityTrackPupils: t.facilityTrackPupils.slice()
  };
}
