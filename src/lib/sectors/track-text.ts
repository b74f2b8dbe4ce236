/**
 * The VO track names (issue 18) as DUO publishes them, for the map, the panels and the CLI: the same in every
 * language (data names). This module stays free of the message catalogue so the CLI (always Dutch) can use it;
 * the sentences around the tracks are in ../text/track-ui.ts (namespace `tracks`).
 */
import type { PupilTrack, ReachTrack } from '../engine/tracks/tracks';

/** Reach tracks as the selector shows them. */
export const REACH_TRACK_LABEL: Readonly<Record<ReachTrack, string>> = /* @__PURE__ */ Object.freeze({
  pro: 'PrO',
  vmbo: 'vmbo',
  havo: 'havo',
  vwo: 'vwo'
});

/** Short pupil-track names for flows and tables. */
export const PUPIL_TRACK_SHORT: Readonly<Record<PupilTrack, string>> = /* @__PURE__ */ Object.freeze({
  pro: 'PrO',
  vbo: 'vmbo-b/k',
  mavo: 'vmbo-gt',
  havo: 'havo',
  vwo: 'vwo'
});
