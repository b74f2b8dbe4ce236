/** English messages, namespace `detour`: the same keys as ../nl/detour.ts. */
import type { Strings } from '../types';
import type { detour as nl } from '../nl/detour';

export const detour: Strings<typeof nl> = {
  legend: 'Distance',
  straight: 'As the crow flies',
  road: 'Estimated travel distance',
  factor: 'detour factor'
};
