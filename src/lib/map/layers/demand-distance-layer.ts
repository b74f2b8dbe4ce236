import { SolidPolygonLayer } from '@deck.gl/layers';
import { DISTANCE_CLASSES, TRANSPARENT } from '../colors';
import type { DemandCell } from '../prepare';
import { NO_CLASS } from '../scenario-view';

/**
 * 1 km cells coloured by the distance from the children living there to the nearest open school. `classes`
 * (one byte per cell, see scenario-view.ts) changes per result; `cells` and the triangulation never do.
 */
export function demandDistanceLayer(
  cells: DemandCell[],
  classes: Uint8Array | null,
  opts: { version: number; visible?: boolean; pickable?: boolean }
) {
  return new SolidPolygonLayer<DemandCell>({
    id: 'demand',
    data: cells,
    getPolygon: (d) => d.polygon,
    getFillColor: classes
      ? (_, { index }) => (classes[index] === NO_CLASS ? TRANSPARENT : DISTANCE_CLASSES[classes[index]].color)
      : TRANSPARENT,
    updateTriggers: { getFillColor: opts.version },
    opacity: 0.85,
    visible: opts.visible ?? true,
    // No autoHighlight: every cell the pointer crosses would cost a full redraw.
    pickable: opts.pickable ?? true
  });
}
