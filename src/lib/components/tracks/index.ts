/** The VO track components (issue 18): map selector, facility-panel section, reachability panel, merge question. */
export { default as TrackSelector } from './TrackSelector.svelte';
export { default as FacilityTracks } from './FacilityTracks.svelte';
export { default as TrackPanel } from './TrackPanel.svelte';
export { default as MergeTracksDialog } from './MergeTracksDialog.svelte';
