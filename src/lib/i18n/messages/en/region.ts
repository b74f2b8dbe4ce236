/** English messages, namespace `region`: the same keys as ../nl/region.ts. */
import type { Strings } from '../types';
import type { region as nl } from '../nl/region';

export const region: Strings<typeof nl> = {
  facts: {
    aria: 'Facts about the region',
    heading: 'The region in figures',
    municipalities: 'Municipalities (2016)',
    inhabitants: 'Inhabitants',
    inhabitantsYear: 'Inhabitants (2021)',
    children: 'Children < 15',
    childrenYear: 'Children < 15 (2021)',
    education: 'Education',
    schools: 'Schools',
    pupils: 'Pupils',
    unknownOne: '* {n} school without a pupil count.',
    unknownMany: '* {n} schools without a pupil count.',
    grid: 'Inhabitants and children: 1 km grid ({cells} squares).',
    pupilsSource: 'Pupils: DUO, 1 October 2023.'
  },
  table: {
    heading: 'By municipality',
    municipality: 'Municipality',
    schools: 'Schools',
    pupils: 'Pupils',
    meanDistance: 'Mean distance',
    within: '≤ {km}',
    belowNorm: 'Below norm',
    withoutSchool: 'Without a school',
    without: 'Without {one}'
  }
};
