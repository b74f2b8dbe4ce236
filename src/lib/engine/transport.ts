/**
 * Pupil transport: children whose nearest open school lies beyond a distance threshold. Municipalities commonly
 * pay transport for primary pupils living more than 6 km from the nearest suitable school (the usual rule of the
 * municipal "verordening leerlingenvervoer"); the threshold is a parameter.
 *
 * Which cells lie beyond the threshold depends only on reachability, not on the year; the number of children in
 * them does (the weights change), so the flags are computed once per scenario and counted per year.
 */
import type { PreparedRegion } from './prepare';
import type { ReachState } from './reachability';

export interface TransportParameters {
  /** Distance (metres, after the detour factor) beyond which a child counts for pupil transport. */
  thresholdM: number;
}

export const DEFAULT_TRANSPORT: Readonly<TransportParameters> = /* @__PURE__ */ Object.freeze({
  thresholdM: 6000
});

export function resolveTransport(p: Partial<TransportParameters> | undefined): TransportParameters {
  const out: TransportParameters = { ...DEFAULT_TRANSPORT, ...(p ?? {}) };
  if (typeof out.thresholdM !== 'number' || !(out.thresholdM > 0) || out.thresholdM > 100_000) {
    throw new RangeError(
      `thresholdM must be a distance in metres from 0 to 100000, got ${String(out.thresholdM)}`
    );
  }
  return out;
}

/** 1 per demand unit (bundle order) whose distance to its nearest open facility exceeds the threshold. */
export function transportFlags(
  prepared: PreparedRegion,
  reach: ReachState,
  params: TransportParameters
): Uint8Array {
  const detour = prepared.parameters.detourFactor;
  const flags = new Uint8Array(reach.dist2.length);
  for (let u = 0; u < flags.length; u++) {
    if (Math.sqrt(reach.dist2[u]) * detour > params.thresholdM) flags[u] = 1;
  }
  return flags;
}

/** Summed weight of the flagged units: the estimated children entitled to transport. */
export function transportChildren(flags: Uint8Array, weights: Float64Array): number {
  let sum = 0;
  for (let u = 0; u < flags.length; u++) if (flags[u]) sum += weights[u];
  return sum;
}
