import { ArcLayer } from '@deck.gl/layers';
import { FLOW_SOURCE, FLOW_TARGET } from '../colors';
import type { FlowArc } from '../scenario-view';

/** Pixel width per sqrt(pupil): 25 pupils -> 4.5 px, 100 -> 7 px, 400 -> 12 px. */
const PX_PER_SQRT_PUPIL = 0.5;

export function flowWidth(pupils: number): number {
  return 2 + PX_PER_SQRT_PUPIL * Math.sqrt(pupils);
}

/**
 * Where the pupils of closed and merged schools go: one arc per flow, width by pupils, light at the closed
 * school and dark at the receiving one. The arcs are tilted flat onto the map (`getTilt` 90), so they curve
 * in the top-down view instead of collapsing into straight lines.
 */
export function flowsLayer(arcs: FlowArc[], opts: { visible?: boolean } = {}) {
  return new ArcLayer<FlowArc>({
    id: 'flows',
    data: arcs,
    visible: opts.visible ?? true,
    getSourcePosition: (d) => d.source,
    getTargetPosition: (d) => d.target,
    getSourceColor: FLOW_SOURCE,
    getTargetColor: FLOW_TARGET,
    getWidth: (d) => flowWidth(d.pupils),
    getHeight: 0.35,
    getTilt: 90,
    widthUnits: 'pixels',
    numSegments: 40,
    pickable: true
  });
}
