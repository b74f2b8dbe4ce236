/**
 * The shapes of the reachability per VO track (reach.ts computes them): kept apart so that engine/types.ts can name
 * them without importing the computation (no import cycle).
 */
import type { ReachTrack } from './tracks';

/** The distances (metres) of `TrackStats.shareWithin`: what VO travel is measured in. */
export const TRACK_THRESHOLDS_M = [5000, 10000, 15000] as const;

export interface TrackStats {
  /** Estimated children of 12-17 in the track (demand weight times the national share): "geschat". */
  demand: number;
  /** Open locations offering the track (the region's own and context ones; in a municipality: located there). */
  openLocations: number;
  /** Mean and P90 distance (metres) to the nearest open location offering the track; null without demand. */
  meanM: number | null;
  p90M: number | null;
  /** Shares (0..1) within 5, 10 and 15 km, keyed '5000', '10000', '15000'. */
  shareWithin: Record<string, number | null>;
}

export interface TrackMunicipality {
  code: string;
  name: string;
  tracks: Record<ReachTrack, TrackStats>;
}

/** The report's form (`evaluate --json`: `tracks`). */
export interface TrackReport {
  /** Always true: track demand and pupils per track are estimates from national shares. */
  estimated: true;
  /** Where the shares come from. */
  source: { publisher: string; title: string; year: number; url: string };
  /** National share of VO pupils per reach track (0..1). */
  shares: Record<ReachTrack, number>;
  thresholdsM: number[];
  region: Record<ReachTrack, TrackStats>;
  municipalities: TrackMunicipality[];
}

/** The evaluation result's form: the report plus per demand unit arrays for the map. */
export interface TrackReachability extends TrackReport {
  /** Per reach track: index of the nearest open location offering it per demand unit (-1: none open). */
  nearest: Record<ReachTrack, Int32Array>;
  /** Per reach track: distance (metres, after the detour factor) per demand unit; NaN where none is open. */
  distanceM: Record<ReachTrack, Float32Array>;
  /** The track bitmask per facility index (base, then added) in this scenario. */
  facilityTracks: Uint8Array;
  /** Pupils per facility and pupil track, flat [f * 5 + t] (estimate). */
  facilityTrackPupils: Float64Array;
}
