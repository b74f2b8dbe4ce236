import { SolidPolygonLayer } from '@deck.gl/layers';
import type { DemandCell } from '../prepare';

/** 1 km census cells shaded by children under 15 (colour precomputed in prepare.ts). */
export function demandLayer(cells: DemandCell[], opts: { visible?: boolean } = {}) {
  return new SolidPolygonLayer<DemandCell>({
    id: 'demand',
    data: cells,
    getPolygon: (d) => d.polygon,
    getFillColor: (d) => d.fill,
    opacity: 0.75,
    visible: opts.visible ?? true,
    pickable: true,
    autoHighlight: true,
    highlightColor: [17, 24, 39, 60]
  });
}
