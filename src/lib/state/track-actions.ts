/**
 * VO merges whose target lacks a track of the closing location (issue 18): the merge waits for the room's answer
 * ("de schoolsoort verhuist mee" or "de leerlingen gaan elders heen"), kept in the view state until answered.
 */
import type { MissingTracks } from '$lib/engine/types';
import type { PupilTrack } from '$lib/engine/tracks/tracks';
import { addEdit, setMode } from './actions';
import type { AtlasStore } from './store';

export type { MergeQuestion } from './store';

/** Merge `facility` into `into`; when `into` lacks some of its tracks, ask first (see answerMergeQuestion). */
export function requestMerge(store: AtlasStore, facility: string, into: string, lacking: PupilTrack[]): void {
  setMode(store, 'select');
  if (lacking.length === 0) {
    addEdit(store, { op: 'merge', facility, into });
    return;
  }
  store.setState((s) => ({ view: { ...s.view, mergeQuestion: { facility, into, tracks: lacking } } }));
}

/** The room's answer: the merge with that choice, or (null) no merge at all. */
export function answerMergeQuestion(store: AtlasStore, answer: MissingTracks | null): void {
  const q = store.getState().view.mergeQuestion;
  store.setState((s) => ({ view: { ...s.view, mergeQuestion: null } }));
  if (q && answer) addEdit(store, { op: 'merge', facility: q.facility, into: q.into, missingTracks: answer });
}
