/**
 * The state a scenario's edits produce (scenario.ts applies them): its shape alone, so that modules scenario.ts
 * uses (tracks/reallocate.ts) can name it without importing scenario.ts (no import cycle).
 */
import type { ChoiceState } from './choice/allocate';
import type { OpenSet } from './nearest';
import type { AddedFacility } from './types';

/** A moved batch, by facility index. */
export interface IndexedFlow {
  from: number;
  to: number;
  pupils: number;
  editIndex: number;
  /** VO: the pupils per pupil track (tracks/tracks.ts), summing to `pupils`. */
  byTrack?: Float64Array;
}

export interface ScenarioState extends OpenSet {
  /** Per facility index (base facilities, then added ones). */
  pupils: Float64Array;
  /** NaN where unknown. */
  capacity: Float64Array;
  added: readonly AddedFacility[];
  flows: readonly IndexedFlow[];
  /** Allocation 'choice' only: the choice model's state (which schools are options per demand unit). */
  choice?: ChoiceState;
  /** VO with the bundle's schools: track bitmask per facility (a merge may add a track). */
  tracks?: Uint8Array;
  /** VO: pupils per facility and pupil track, flat `[f * PUPIL_TRACK_COUNT + t]`; sums to `pupils` per facility. */
  trackPupils?: Float64Array;
}
