import { TextLayer } from '@deck.gl/layers';
import { MARK_TEXT, SELECTION_HALO } from '../colors';
import type { StatusMark } from '../scenario-view';
import { LABEL_FONT } from './municipality-labels-layer';

/** "×" on closed schools, "»" on merged ones, "+" on new locations (the list is small and per result). */
export function statusMarksLayer(marks: StatusMark[], opts: { visible?: boolean } = {}) {
  return new TextLayer<StatusMark>({
    id: 'status-marks',
    data: marks,
    visible: opts.visible ?? true,
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getColor: MARK_TEXT,
    getSize: 20,
    sizeUnits: 'pixels',
    fontFamily: LABEL_FONT,
    fontWeight: 700,
    characterSet: ['×', '»', '+'],
    fontSettings: { sdf: true, fontSize: 64, buffer: 8, radius: 12 },
    outlineWidth: 6,
    outlineColor: SELECTION_HALO,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    pickable: false
  });
}
