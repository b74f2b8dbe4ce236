/** English messages, namespace `mapText`: the same keys as ../nl/mapText.ts. */
import type { Strings } from '../types';
import type { mapText as nl } from '../nl/mapText';

export const mapText: Strings<typeof nl> = {
  label: 'Map',
  regionLabel: 'Map of {name}',
  fit: 'Whole region',
  fitTitle: 'Zoom to the whole region',
  tooltip: {
    afterScenario: 'After the scenario',
    closed: 'closed',
    distance: 'Distance',
    nearest: 'Nearest'
  },
  newLocation: 'New location',
  otherDenomination: 'Other denomination',
  distance: {
    c0: 'under 0.5 km',
    c1: '0.5 – 1 km',
    c2: '1 – 2 km',
    c3: '2 – 3 km',
    c4: '3 – 5 km',
    c5: '5 – 10 km',
    c6: '10 km or more'
  },
  demand: {
    c0: 'fewer than 5',
    c6: '250 or more'
  }
};
