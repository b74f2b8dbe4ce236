/**
 * What the map and panels show of VO tracks, from an engine result (pure, tested in node): a location's tracks and
 * estimated pupils per track, the tracks a merge target lacks, the distances the map colours by.
 */
import type { Evaluated } from '$lib/state/results.svelte';
import type { EvaluationResult } from '$lib/engine/types';
import { REACH_TRACK_LABEL } from '$lib/sectors/track-text';
import {
  PUPIL_TRACK_COUNT,
  PUPIL_TRACKS,
  TRACK_BIT,
  type PupilTrack,
  type ReachTrack
} from '$lib/engine/tracks/tracks';

/** Engine index of a facility id (base, then added), or -1. */
export function engineIndex(current: Pick<Evaluated, 'facilityIds' | 'result'>, id: string): number {
  const i = current.facilityIds.indexOf(id);
  if (i >= 0) return i;
  const k = current.result.facilities.added.findIndex((a) => a.id === id);
  return k < 0 ? -1 : current.facilityIds.length + k;
}

export interface FacilityTracks {
  /** The tracks offered now, with the estimated pupils of each. */
  rows: { track: PupilTrack; pupils: number }[];
  /** Only the first years (DUO type BRUGJAAR): no track of its own. */
  brugjaarOnly: boolean;
}

/** The tracks of a VO location in the result, or null outside VO (or for an unknown id). */
export function facilityTracks(current: Evaluated | null, id: string): FacilityTracks | null {
  const t = current?.result.tracks;
  if (!current || !t) return null;
  const i = engineIndex(current, id);
  if (i < 0) return null;
  const mask = t.facilityTracks[i];
  const rows = PUPIL_TRACKS.flatMap((track, k) =>
    mask & (1 << k) ? [{ track, pupils: t.facilityTrackPupils[i * PUPIL_TRACK_COUNT + k] }] : []
  );
  return { rows, brugjaarOnly: rows.length === 0 && (mask & TRACK_BIT.BRUGJAAR) !== 0 };
}

/**
 * The tracks whose pupils a merge of `from` into `into` would bring to a location that does not offer them (the
 * question of the merge dialog); [] outside VO or when `into` offers them all.
 */
export function missingTracks(current: Evaluated | null, from: string, into: string): PupilTrack[] {
  const t = current?.result.tracks;
  if (!current || !t) return [];
  const f = engineIndex(current, from);
  const g = engineIndex(current, into);
  if (f < 0 || g < 0) return [];
  return PUPIL_TRACKS.filter(
    (_, k) => t.facilityTrackPupils[f * PUPIL_TRACK_COUNT + k] > 0 && (t.facilityTracks[g] & (1 << k)) === 0
  );
}

/**
 * The distances the map colours by: to any open location, or (VO with a track chosen) to the nearest one offering
 * the track; where none is open the distance counts as endless (the darkest class), never as 0.
 */
export function mapDistances(result: EvaluationResult, track: ReachTrack | null | undefined): Float32Array {
  if (!track || !result.tracks) return result.demand.distanceM;
  return result.tracks.distanceM[track].map((d) => (Number.isNaN(d) ? Infinity : d));
}

/** The legend's words for the chosen track ("havo"), or null outside VO or for any location. */
export function trackLabel(sector: string, track: ReachTrack | null | undefined): string | null {
  return sector === 'vo' && track ? REACH_TRACK_LABEL[track] : null;
}
