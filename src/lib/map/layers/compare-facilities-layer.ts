import { ScatterplotLayer } from '@deck.gl/layers';

type RGBA = [number, number, number, number];

interface StyledPoint {
  position: [number, number];
  radius: number;
  fill: RGBA;
  line: RGBA;
  lineWidth: number;
}

/** Schools of one scenario on the compare page, styled by status (precomputed in $lib/view/compare-data.ts). */
export function compareFacilitiesLayer<P extends StyledPoint>(
  points: readonly P[],
  opts: { radiusScale?: number } = {}
) {
  return new ScatterplotLayer<P>({
    id: 'compare-facilities',
    data: points,
    getPosition: (d) => d.position,
    getRadius: (d) => d.radius,
    getFillColor: (d) => d.fill,
    getLineColor: (d) => d.line,
    getLineWidth: (d) => d.lineWidth,
    radiusUnits: 'pixels',
    radiusScale: opts.radiusScale ?? 1,
    radiusMinPixels: 2,
    lineWidthUnits: 'pixels',
    stroked: true,
    filled: true,
    antialiasing: true,
    pickable: true,
    autoHighlight: true,
    highlightColor: [17, 24, 39, 110]
  });
}
