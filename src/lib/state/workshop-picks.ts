/**
 * What a click on the workshop map does: select a facility, or (in merge mode) pick the one its users go to, or
 * (in place mode) open a new location; a click on nothing clears the selection.
 */
import type { LonLat } from '$lib/map/prepare';
import { addEdit, select, setMode } from '$lib/state/actions';
import type { Evaluated } from '$lib/state/results.svelte';
import { activeScenario, type AtlasStore } from '$lib/state/store';
import { requestMerge } from '$lib/state/track-actions';
import { missingTracks } from '../view/track-view';

/** Whether the facility is open in the result (region facilities and locations opened by an edit). */
export function facilityOpen(current: Evaluated | null, id: string): boolean {
  if (!current) return false;
  let e = current.facilityIds.indexOf(id);
  if (e < 0) {
    const k = current.result.facilities.added.findIndex((a) => a.id === id);
    if (k < 0) return false;
    e = current.facilityIds.length + k;
  }
  return current.result.facilities.status[e] === 0;
}

export function pickFacility(store: AtlasStore, current: Evaluated | null, id: string): void {
  const state = store.getState();
  if (state.mode === 'merge-target' && state.selection) {
    if (id === state.selection || !facilityOpen(current, id)) return;
    requestMerge(store, state.selection, id, missingTracks(current, state.selection, id));
    return;
  }
  select(store, id);
}

/**
 * Opens a new location at the clicked point: the first free id NIEUW<n> (not taken by an edit or by a facility of
 * the bundle), named "<newName> <n>", coordinates rounded to about 10 cm.
 */
export function placeNew(
  store: AtlasStore,
  known: { has(id: string): boolean },
  newName: string,
  [lon, lat]: LonLat
): void {
  const edits = activeScenario(store.getState()).edits;
  const taken = new Set(edits.flatMap((e) => (e.op === 'open' ? [e.id] : [])));
  let n = 1;
  while (taken.has(`NIEUW${n}`) || known.has(`NIEUW${n}`)) n++;
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  const id = `NIEUW${n}`;
  addEdit(store, { op: 'open', id, name: `${newName} ${n}`, lon: round(lon), lat: round(lat) });
  select(store, id);
}

export function pickNothing(store: AtlasStore): void {
  if (store.getState().mode === 'select') select(store, null);
}
