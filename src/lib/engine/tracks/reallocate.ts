/**
 * Reallocation per track (VO with the bundle's schools). A closed location's pupils are counted per pupil track
 * (tracks.ts); each track's pupils go only to open locations offering that track:
 *
 *   allocation 'nearest': all of the track to the nearest open location offering it;
 *   allocation 'choice':  spread by the choice model restricted to the locations offering it (allocate-track.ts).
 *
 * A merge sends a track to `into` when `into` offers it; when it does not, `missingTracks` decides: 'move' (the
 * default) makes `into` offer the track and take its pupils, 'elsewhere' reallocates them as a closure would.
 * When no open location offers a track any more, its pupils go to the nearest open location of any kind (there is
 * nowhere else; the distance per track then shows that nothing offers it). Pupils per track are conserved exactly:
 * every part is a whole number of the track's whole count (largest remainder).
 */
import { roundShares } from '../choice/allocate';
import { trackChoiceShares } from '../choice/allocate-track';
import { choiceModelFor } from '../choice/model';
import type { PreparedRegion } from '../prepare';
import type { ScenarioState } from '../scenario-state';
import { STATUS_CLOSED, type MissingTracks } from '../types';
import { NearestFinder } from '../nearest';
import { PUPIL_TRACK_COUNT } from './tracks';

const T = PUPIL_TRACK_COUNT;

/** One receiving location of a closure or merge, with its pupils per pupil track. */
export interface TrackFlow {
  to: number;
  pupils: number;
  byTrack: Float64Array;
}

/** Open locations offering `bit` (STATUS_OPEN) as a status array the nearest search and the model understand. */
export function offeringStatus(state: Pick<ScenarioState, 'status' | 'tracks'>, bit: number): Uint8Array {
  const st = state.status.slice();
  const tracks = state.tracks!;
  for (let j = 0; j < st.length; j++) if ((tracks[j] & bit) === 0) st[j] = STATUS_CLOSED;
  return st;
}

/**
 * Move the pupils of location f (already marked closed or merged in `next`, whose pupil arrays and `tracks` are
 * the caller's fresh copies) per track. `before` is the state before the edit (its choice state still counts f).
 * `fallback` is the receiver when the location had no pupils at all (the nearest open location, or `into`).
 * Returns the receivers, largest first (ties to the lower index), at least one.
 */
export function reallocateTracks(
  prepared: PreparedRegion,
  finder: NearestFinder,
  before: ScenarioState,
  next: ScenarioState,
  f: number,
  into: number | null,
  missingTracks: MissingTracks,
  fallback: number
): TrackFlow[] {
  const trackPupils = next.trackPupils!;
  const tracks = next.tracks!;
  const n = prepared.facilityIds.length;
  const x = f < n ? prepared.fx[f] : next.addedX[f - n];
  const y = f < n ? prepared.fy[f] : next.addedY[f - n];
  const model = before.choice ? choiceModelFor(prepared) : null;
  const receivers = new Map<number, Float64Array>();
  const give = (to: number, t: number, p: number) => {
    let row = receivers.get(to);
    if (!row) receivers.set(to, (row = new Float64Array(T)));
    row[t] += p;
    trackPupils[to * T + t] += p;
    next.pupils[to] += p;
  };

  for (let t = 0; t < T; t++) {
    const p = trackPupils[f * T + t];
    if (p === 0) continue;
    trackPupils[f * T + t] = 0;
    const bit = 1 << t;
    if (into !== null && ((tracks[into] & bit) !== 0 || missingTracks === 'move')) {
      tracks[into] |= bit;
      give(into, t, p);
      continue;
    }
    const offers = offeringStatus(next, bit);
    const nearest = finder.find(x, y, { ...next, status: offers });
    if (nearest < 0) {
      give(finder.find(x, y, next), t, p);
      continue;
    }
    if (!model || !before.choice) {
      give(nearest, t, p);
      continue;
    }
    const shares = trackChoiceShares(model, before.choice, offers, f, nearest);
    if (shares.size === 0) shares.set(nearest, 1);
    for (const part of roundShares(p, shares)) if (part.pupils > 0) give(part.to, t, part.pupils);
  }
  next.pupils[f] = 0;

  const flows = [...receivers.entries()].map(([to, byTrack]) => ({
    to,
    byTrack,
    pupils: byTrack.reduce((a, b) => a + b, 0)
  }));
  flows.sort((a, b) => b.pupils - a.pupils || a.to - b.to);
  return flows.length > 0 ? flows : [{ to: fallback, pupils: 0, byTrack: new Float64Array(T) }];
}
