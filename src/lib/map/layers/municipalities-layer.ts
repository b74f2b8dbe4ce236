import { SolidPolygonLayer } from '@deck.gl/layers';
import { MUNICIPALITY_FILL } from '../colors';
import type { MunicipalityShape } from '../prepare';

/** The land of the region: a flat light fill under everything else (the map has no basemap). */
export function municipalitiesLayer(shapes: MunicipalityShape[]) {
  return new SolidPolygonLayer<MunicipalityShape>({
    id: 'municipalities',
    data: shapes,
    getPolygon: (d) => d.polygon,
    getFillColor: MUNICIPALITY_FILL,
    pickable: false
  });
}
