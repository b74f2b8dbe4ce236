/** English messages, namespace `presetText`: the same keys as ../nl/presetText.ts. */
import type { Strings } from '../types';
import type { presetText as nl } from '../nl/presetText';

export const presetText: Strings<typeof nl> = {
  description: {
    po: 'Primary schools: locations and pupils on 1 October 2023 (DUO). Children aged 4 to 11.',
    vo: 'Secondary schools: locations and pupils on 1 October 2023 (DUO). Young people aged 12 to 17.',
    so: 'Special primary and (secondary) special education (DUO, 1 October 2023). Regional facilities: few pupils per year of age, long distances, often school transport.',
    sport:
      'Sports halls, gyms, swimming pools and sports grounds. There is no open national list: import the municipality’s own data.',
    zorg: 'GPs, nursing homes and supported housing, child health clinics. Import the data of the municipality or the care providers.',
    welzijn: 'Village halls and other meeting places. Import the municipality’s own data.'
  },
  meaning: {
    po: 'Pupils on 1 October 2023 (DUO); the municipality’s closure threshold applies',
    vo: 'Pupils on 1 October 2023 (DUO)',
    so: 'Pupils on 1 October 2023 (DUO)',
    sport: 'Visits per week (estimate); fill in what is known',
    zorg: 'Registered patients, places or children, see the type',
    welzijn: 'Visitors per week (estimate)'
  }
};
