import { SolidPolygonLayer } from '@deck.gl/layers';
import type { Position } from '@deck.gl/core';

type RGBA = [number, number, number, number];

/**
 * Demand cells coloured by the change in distance between two scenarios (compare page). The colours are
 * precomputed per cell in the cells' order; `version` changes when they do, so the polygons stay on the GPU.
 */
export function differenceLayer(
  cells: readonly { polygon: Position[] }[],
  fills: readonly RGBA[],
  opts: { version: string; visible?: boolean }
) {
  return new SolidPolygonLayer<{ polygon: Position[] }>({
    id: 'difference',
    data: cells,
    getPolygon: (d) => d.polygon,
    getFillColor: (_, { index }) => fills[index],
    updateTriggers: { getFillColor: opts.version },
    visible: opts.visible ?? true,
    pickable: false
  });
}
