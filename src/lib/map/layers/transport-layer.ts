import { PathLayer } from '@deck.gl/layers';
import type { DemandCell } from '../prepare';

/** Purple: apart from the distance reds and the "further" outline. */
export const TRANSPORT_LINE: [number, number, number, number] = [109, 40, 217, 230];

/**
 * Outlines the cells whose nearest open school is beyond the pupil-transport threshold (year series,
 * `demand.beyondTransport`). The list is the small subset of flagged cells, like the further layer's.
 */
export function transportLayer(cells: DemandCell[], opts: { visible?: boolean } = {}) {
  return new PathLayer<DemandCell>({
    id: 'transport',
    data: cells,
    visible: opts.visible ?? true,
    getPath: (d) => d.polygon,
    getColor: TRANSPORT_LINE,
    getWidth: 3,
    widthUnits: 'pixels',
    pickable: false
  });
}
