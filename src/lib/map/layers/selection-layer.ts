import { ScatterplotLayer } from '@deck.gl/layers';
import { SELECTION_RING } from '../colors';
import type { LonLat } from '../prepare';

export interface SelectionMark {
  position: LonLat;
  /** Radius of the selected circle in pixels (before radiusScale). */
  radius: number;
}

/** A thick dark ring around the selected school (or the school a merge starts from). */
export function selectionLayer(marks: SelectionMark[], opts: { radiusScale?: number } = {}) {
  const scale = opts.radiusScale ?? 1;
  return new ScatterplotLayer<SelectionMark>({
    id: 'selection',
    data: marks,
    getPosition: (d) => d.position,
    getRadius: (d) => d.radius + 9 / scale,
    radiusUnits: 'pixels',
    radiusScale: scale,
    getLineColor: SELECTION_RING,
    lineWidthUnits: 'pixels',
    getLineWidth: 4,
    stroked: true,
    filled: false,
    pickable: false
  });
}
