import { ScatterplotLayer } from '@deck.gl/layers';
import { BELOW_NORM_RING } from '../colors';
import type { LonLat } from '../prepare';

/** Gap in pixels between a school's circle and its below-norm ring. */
const GAP = 4;

export interface NormRing {
  position: LonLat;
  /** Radius of the school's circle in pixels (before radiusScale). */
  radius: number;
}

/**
 * The warning ring of schools below their opheffingsnorm: an extra ring just outside the circle. Only the
 * schools below norm are in the (small, per-result) list.
 */
export function normRingLayer(rings: NormRing[], opts: { radiusScale?: number; visible?: boolean } = {}) {
  const scale = opts.radiusScale ?? 1;
  return new ScatterplotLayer<NormRing>({
    id: 'norm-rings',
    data: rings,
    visible: opts.visible ?? true,
    getPosition: (d) => d.position,
    // The gap is in screen pixels: it must not shrink with the symbols.
    getRadius: (d) => d.radius + GAP / scale,
    getLineColor: BELOW_NORM_RING,
    radiusUnits: 'pixels',
    radiusScale: scale,
    lineWidthUnits: 'pixels',
    getLineWidth: 3,
    stroked: true,
    filled: false,
    pickable: false
  });
}
