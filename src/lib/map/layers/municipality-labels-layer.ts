import type { FilterContext } from '@deck.gl/core';
import { TextLayer } from '@deck.gl/layers';
import { LABEL_HALO, LABEL_TEXT } from '../colors';
import type { MunicipalityLabel } from '../prepare';

const ID = 'municipality-labels';

/** Without collision detection, many names at a low zoom become a smear: label all only when they fit. */
const MAX_LABELS_AT_ANY_ZOOM = 40;
const MIN_ZOOM_FOR_MANY_LABELS = 9;

export const LABEL_FONT = '"Liberation Sans", "Helvetica Neue", Arial, sans-serif';

/** Municipality names with a white halo, large enough to read from the back of a room. */
export function municipalityLabelsLayer(labels: MunicipalityLabel[], size = 18) {
  return new TextLayer<MunicipalityLabel>({
    id: ID,
    data: labels,
    getPosition: (d) => d.position,
    getText: (d) => d.name,
    getColor: LABEL_TEXT,
    getSize: size,
    sizeUnits: 'pixels',
    fontFamily: LABEL_FONT,
    fontWeight: 700,
    // Frisian and Limburg names need characters outside ASCII (â, ú, ë).
    characterSet: 'auto',
    // A wide SDF radius leaves room for a thick halo, which keeps names readable over cells and circles.
    fontSettings: { sdf: true, fontSize: 64, buffer: 10, radius: 16 },
    outlineWidth: 12,
    outlineColor: LABEL_HALO,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    pickable: false
  });
}

/** A deck.gl layerFilter that hides the labels of a large region (the whole country) until zoomed in. */
export function municipalityLabelsFilter(labelCount: number) {
  return ({ layer, viewport }: FilterContext) =>
    layer.id !== ID || labelCount <= MAX_LABELS_AT_ANY_ZOOM || viewport.zoom >= MIN_ZOOM_FOR_MANY_LABELS;
}
