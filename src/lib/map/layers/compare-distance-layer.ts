import { SolidPolygonLayer } from '@deck.gl/layers';
import type { Position } from '@deck.gl/core';

type RGBA = [number, number, number, number];

/**
 * Demand cells coloured by the distance to the nearest open school in one scenario (the compare page's A and B
 * maps). Colours precomputed per cell in the cells' order; `version` changes when they do.
 */
export function compareDistanceLayer(
  cells: readonly { polygon: Position[] }[],
  fills: readonly RGBA[],
  opts: { version: string }
) {
  return new SolidPolygonLayer<{ polygon: Position[] }>({
    id: 'compare-distance',
    data: cells,
    getPolygon: (d) => d.polygon,
    getFillColor: (_, { index }) => fills[index],
    updateTriggers: { getFillColor: opts.version },
    opacity: 0.85,
    pickable: false
  });
}
