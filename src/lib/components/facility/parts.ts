/**
 * The parts of the facility panel that show only once a facility is selected: one chunk that FacilityPanel
 * loads at the first selection, so the first map does not wait for it (issue 16's first-load budget).
 */
export { default as FacilityActions } from './FacilityActions.svelte';
export { default as FacilityFigures } from './FacilityFigures.svelte';
export { default as FacilityFlows } from './FacilityFlows.svelte';
export { default as MergeStep } from './MergeStep.svelte';
