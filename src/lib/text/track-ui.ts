/**
 * The words around the VO tracks in the page's language (namespace `tracks`): the facility panel's track list, the
 * track selector and panel, the merge question. Dutch is exactly the text the panels always showed. The track
 * names themselves (vmbo, havo, vwo, PrO) are data names in ../sectors/track-text.ts, shared with the CLI.
 */
import '$lib/i18n/parts/tracks';
import { t } from '$lib/i18n/catalogue';
import type { PupilTrack } from '$lib/engine/tracks/tracks';
import { PUPIL_TRACK_SHORT } from '$lib/sectors/track-text';

/** Pupil tracks (the bundle's five) as the facility panel lists them. */
export const PUPIL_TRACK_LABEL: Readonly<Record<PupilTrack, string>> = /* @__PURE__ */ Object.freeze({
  pro: t('tracks.pupil.pro'),
  vbo: t('tracks.pupil.vbo'),
  mavo: t('tracks.pupil.mavo'),
  havo: t('tracks.pupil.havo'),
  vwo: t('tracks.pupil.vwo')
});

export const TRACK_TEXT = /* @__PURE__ */ Object.freeze({
  head: t('tracks.head'),
  selectorLabel: t('tracks.selectorLabel'),
  selectorAria: t('tracks.selectorAria'),
  allVo: t('tracks.allVo'),
  estimated: t('tracks.estimated'),
  estimateNote: t('tracks.estimateNote'),
  brugjaar: t('tracks.brugjaar'),
  noTrack: t('tracks.noTrack'),
  noneOpen: t('tracks.noneOpen'),
  voNormReason: t('tracks.voNormReason'),
  voNormShort: t('tracks.voNormShort'),
  mergeTitle: (target: string) => t('tracks.merge.title', { target }),
  mergeQuestion: (target: string, tracks: string) => t('tracks.merge.question', { target, tracks }),
  mergeMove: (target: string) => t('tracks.merge.move', { target }),
  mergeElsewhere: t('tracks.merge.elsewhere'),
  cancel: t('tracks.merge.cancel'),
  panelAria: t('tracks.panel.aria'),
  panelTitle: (track: string | null) =>
    track === null ? t('tracks.panel.titleAny') : t('tracks.panel.title', { track }),
  municipality: t('tracks.panel.municipality'),
  track: t('tracks.panel.track'),
  locations: t('tracks.panel.locations'),
  locationsTitle: t('tracks.panel.locationsTitle'),
  children: t('tracks.panel.children'),
  mean: t('tracks.panel.mean'),
  region: t('tracks.panel.region')
});

/** Short track names as one phrase: "havo en vwo", "PrO, vmbo-b/k en havo" ("havo and vwo"). */
export function trackList(tracks: readonly PupilTrack[]): string {
  return tracks
    .map((k) => PUPIL_TRACK_SHORT[k])
    .join(', ')
    .replace(/, ([^,]*)$/, ` ${t('tracks.and')} $1`);
}
