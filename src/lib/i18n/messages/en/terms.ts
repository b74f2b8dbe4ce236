/** English messages, namespace `terms`: the same keys as ../nl/terms.ts. */
import type { Strings } from '../types';
import type { terms as nl } from '../nl/terms';

export const terms: Strings<typeof nl> = {
  sector: {
    po: 'Primary education',
    vo: 'Secondary education',
    so: 'Special education',
    sport: 'Sport',
    zorg: 'Care',
    welzijn: 'Wellbeing'
  },
  newName: { school: 'New school', location: 'New location' },
  people: { children: 'children', residents: 'residents' },
  ind: {
    openFacilities: 'Open {many} in the region',
    belowNorm: '{Many} below the closure norm',
    placesWithoutFacility: 'Places without a {one}',
    pupilsToContext: '{Users} to {many} outside the region',
    distanceMean: 'Mean distance to the nearest {one}',
    distanceP50: 'Distance within which half of the {people} live',
    distanceP90: 'Distance within which 90 % of the {people} live',
    distanceMax: 'Longest distance',
    within: '{People} within {km} of a {one}'
  },
  short: {
    openFacilities: 'Open {many}',
    belowNorm: 'Below closure norm',
    placesWithoutFacility: 'Places without a {one}',
    pupilsToContext: '{Users} outside the region',
    distanceMean: 'Mean distance',
    distanceP50: 'Median distance (P50)',
    distanceP90: 'Distance P90',
    distanceMax: 'Longest distance',
    within: '{People} within {km}'
  }
};
