import type { PickingInfo } from '@deck.gl/core';
import type { DemandCell, FacilityPoint } from './prepare';
import type { FlowArc } from './scenario-view';

/** What the pointer is over, in page-independent form for the tooltip. */
export type HoverTarget =
  | { kind: 'facility'; x: number; y: number; point: FacilityPoint }
  | { kind: 'cell'; x: number; y: number; cell: DemandCell; index: number }
  | { kind: 'flow'; x: number; y: number; arc: FlowArc };

export function hoverTarget(info: PickingInfo): HoverTarget | null {
  if (!info.picked || !info.object || !info.layer) return null;
  const { x, y } = info;
  if (info.layer.id.startsWith('facilities'))
    return { kind: 'facility', x, y, point: info.object as FacilityPoint };
  if (info.layer.id === 'demand' || info.layer.id === 'catchment')
    return { kind: 'cell', x, y, cell: info.object as DemandCell, index: info.index };
  if (info.layer.id === 'flows') return { kind: 'flow', x, y, arc: info.object as FlowArc };
  return null;
}
