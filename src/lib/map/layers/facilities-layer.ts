import { ScatterplotLayer } from '@deck.gl/layers';
import type { FacilityPoint } from '../prepare';
import type { FacilityStyle } from '../scenario-view';

/**
 * Schools as circles: area by pupils, fill by denomination, hollow when pupils are unknown, grey for context
 * facilities outside the region. Without `style` the per-point look precomputed in prepare.ts is drawn; with
 * it (a scenario result, see scenario-view.ts) the arrays are read by index and `version` tells deck.gl when
 * to re-read them, so `points` keeps its identity and no geometry is rebuilt.
 */
export function facilitiesLayer(
  points: FacilityPoint[],
  opts: {
    id?: string;
    visible?: boolean;
    radiusScale?: number;
    style?: FacilityStyle | null;
    version?: number;
  } = {}
) {
  const s = opts.style ?? null;
  return new ScatterplotLayer<FacilityPoint>({
    id: opts.id ?? 'facilities',
    data: points,
    getPosition: (d) => d.position,
    getRadius: s ? (_, { index }) => s.radius[index] : (d) => d.radius,
    getFillColor: s ? (_, { index }) => s.fill[index] : (d) => d.fill,
    getLineColor: s ? (_, { index }) => s.line[index] : (d) => d.line,
    getLineWidth: s ? (_, { index }) => s.lineWidth[index] : (d) => d.lineWidth,
    updateTriggers: {
      getRadius: opts.version,
      getFillColor: opts.version,
      getLineColor: opts.version,
      getLineWidth: opts.version
    },
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
