import { ScatterplotLayer } from '@deck.gl/layers';
import type { FacilityPoint } from '../prepare';

/**
 * Schools as circles: area by pupils, fill by denomination, hollow when pupils are unknown, grey for context
 * facilities outside the region. All styling is precomputed per point in prepare.ts.
 */
export function facilitiesLayer(
  points: FacilityPoint[],
  opts: { id?: string; visible?: boolean; radiusScale?: number } = {}
) {
  return new ScatterplotLayer<FacilityPoint>({
    id: opts.id ?? 'facilities',
    data: points,
    getPosition: (d) => d.position,
    getRadius: (d) => d.radius,
    getFillColor: (d) => d.fill,
    getLineColor: (d) => d.line,
    getLineWidth: (d) => d.lineWidth,
    radiusUnits: 'pixels',
    radiusScale: opts.radiusScale ?? 1,
    radiusMinPixels: 1.5,
    lineWidthUnits: 'pixels',
    stroked: true,
    filled: true,
    antialiasing: true,
    visible: opts.visible ?? true,
    pickable: true,
    autoHighlight: true,
    highlightColor: [17, 24, 39, 110]
  });
}
