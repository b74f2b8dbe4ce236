import { PathLayer } from '@deck.gl/layers';
import { MUNICIPALITY_LINE } from '../colors';
import type { MunicipalityBorder } from '../prepare';

/** Municipality outlines, drawn above the demand cells so the borders stay visible. */
export function municipalityBordersLayer(borders: MunicipalityBorder[]) {
  return new PathLayer<MunicipalityBorder>({
    id: 'municipality-borders',
    data: borders,
    getPath: (d) => d.path,
    getColor: MUNICIPALITY_LINE,
    getWidth: 1.5,
    widthUnits: 'pixels',
    jointRounded: true,
    pickable: false
  });
}
