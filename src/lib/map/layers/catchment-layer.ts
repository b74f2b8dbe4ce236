import { SolidPolygonLayer } from '@deck.gl/layers';
import { CATCHMENT_PALETTE, TRANSPARENT } from '../colors';
import type { DemandCell } from '../prepare';

/**
 * Catchment view: each cell in the colour of the school nearest to it (`nearest` from the engine,
 * `facilityColour` from catchment.ts). Same cells as the distance layer; switched with `visible`.
 */
export function catchmentLayer(
  cells: DemandCell[],
  nearest: Int32Array | null,
  facilityColour: Uint8Array | null,
  opts: { version: number; visible?: boolean; pickable?: boolean }
) {
  return new SolidPolygonLayer<DemandCell>({
    id: 'catchment',
    data: cells,
    getPolygon: (d) => d.polygon,
    getFillColor:
      nearest && facilityColour
        ? (_, { index }) => CATCHMENT_PALETTE[facilityColour[nearest[index]]] ?? TRANSPARENT
        : TRANSPARENT,
    updateTriggers: { getFillColor: opts.version },
    visible: opts.visible ?? true,
    pickable: opts.pickable ?? true
  });
}
