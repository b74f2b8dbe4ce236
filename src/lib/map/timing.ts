/**
 * The timing record of a recompute for the measurement (window.__atlas, see test-hooks.ts): click -> result ->
 * indicators on screen -> first map frame with it. Recorded for every result; costs a tick and a frame wait.
 */
import { tick } from 'svelte';
import type { Evaluated, RecomputeTiming } from '$lib/state/results.svelte';
import type { RecomputeRecord } from './test-hooks';

export async function recordRecompute(
  ev: Evaluated,
  timing: RecomputeTiming,
  nextFrame: (timeoutMs: number) => Promise<void> | undefined,
  captureMap: () => string | null
): Promise<void> {
  await tick();
  const indicatorsAt = performance.now();
  await nextFrame(2000);
  const record: RecomputeRecord = {
    version: ev.version,
    edits: timing.edits,
    clickToResultMs: timing.clickToResultMs,
    clickToIndicatorsMs: indicatorsAt - timing.startedAt,
    clickToFrameMs: performance.now() - timing.startedAt,
    engineMs: timing.engineMs
  };
  const hook = window.__atlas;
  if (hook) {
    hook.lastRecompute = record;
    hook.recomputes = [...(hook.recomputes ?? []).slice(-49), record];
    hook.captureMap = captureMap;
  }
}
