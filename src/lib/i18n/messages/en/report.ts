/** English messages, namespace `report`: the same keys as ../nl/report.ts. */
import type { Strings } from '../types';
import type { report as nl } from '../nl/report';

export const report: Strings<typeof nl> = {
  status: { open: 'open', closed: 'closed', merged: 'merged', new: 'new' },
  baselineName: 'Base (current situation)',
  points: '{value} %-pt',
  unknown: 'unknown',
  detourNone: 'Straight-line distance (detour factor 1)',
  detour: 'Straight-line distance × detour factor {factor}',
  withAllocation: '{distance}; pupils of a closed school: {rule}',
  close: 'Close: {facility}',
  merge: 'Merge: {facility} joins {into}',
  capacityOfNew: ', capacity {capacity}',
  capacity: 'Capacity {facility}: {capacity} {users}'
};
