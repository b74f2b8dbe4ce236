/** Plain-object forms of the per-track arrays for reports and results (VO only). */
import type { ScenarioState } from '../scenario';
import { PUPIL_TRACK_COUNT, PUPIL_TRACKS, pupilTracksOf, type PupilTrack } from './tracks';

/** The tracks with pupils in a flow, e.g. { havo: 120, vwo: 98 } (tracks without pupils left out). */
export function byTrackRecord(byTrack: ArrayLike<number>): Partial<Record<PupilTrack, number>> {
  const out: Partial<Record<PupilTrack, number>> = {};
  PUPIL_TRACKS.forEach((t, k) => {
    if (byTrack[k] !== 0) out[t] = byTrack[k];
  });
  return out;
}

/** A report facility's `tracks` and `pupilsByTrack`, or nothing outside VO. */
export function trackFields(
  state: ScenarioState,
  i: number
): { tracks?: PupilTrack[]; pupilsByTrack?: Record<PupilTrack, number> } {
  if (!state.tracks || !state.trackPupils) return {};
  const row = state.trackPupils.subarray(i * PUPIL_TRACK_COUNT, (i + 1) * PUPIL_TRACK_COUNT);
  return {
    tracks: pupilTracksOf(state.tracks[i]),
    pupilsByTrack: Object.fromEntries(PUPIL_TRACKS.map((t, k) => [t, row[k]])) as Record<PupilTrack, number>
  };
}
