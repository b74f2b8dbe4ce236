/** English messages, namespace `home`: the same keys as ../nl/home.ts. */
import type { Strings } from '../types';
import type { home as nl } from '../nl/home';

export const home: Strings<typeof nl> = {
  title: 'Transitieatlas',
  intro:
    'An open map for regions with a shrinking population: where do the children live, where are the schools, ' +
    'and which schools stay? Choose a region to open the map.',
  regionsHeading: 'Shrinking and anticipating regions',
  regionsSource: '(Population Decline Action Plan, 2016)',
  default: 'default',
  municipality: 'municipality',
  municipalities: 'municipalities',
  primarySchools: 'primary schools',
  country: 'All of the Netherlands',
  countryNote: '(large, loads more slowly)',
  footer: 'Source: CBS, Kadaster, DUO, Eurostat, Ministry of the Interior (BZK). Open data; open source code.'
};
