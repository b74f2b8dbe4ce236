import { PathLayer } from '@deck.gl/layers';
import { FURTHER_LINE } from '../colors';
import type { DemandCell } from '../prepare';

/**
 * Outlines the cells whose children travel further than in the baseline ("who is worse off"). The list is
 * the small per-result subset of cells (see scenario-view.ts `furtherCells`), so the national map does not
 * draw 30,000 invisible outlines on every frame.
 */
export function furtherLayer(cells: DemandCell[], opts: { visible?: boolean } = {}) {
  return new PathLayer<DemandCell>({
    id: 'further',
    data: cells,
    visible: opts.visible ?? true,
    getPath: (d) => d.polygon,
    getColor: FURTHER_LINE,
    getWidth: 2,
    widthUnits: 'pixels',
    pickable: false
  });
}
