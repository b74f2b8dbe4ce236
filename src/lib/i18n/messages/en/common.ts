/** English messages, namespace `common`: the same keys as ../nl/common.ts. */
import type { Strings } from '../types';
import type { common as nl } from '../nl/common';

export const common: Strings<typeof nl> = {
  unknown: 'unknown',
  regionType: {
    krimpregio: 'shrinking region',
    anticipeerregio: 'anticipating region',
    land: 'all of the Netherlands'
  },
  sector: { po: 'Primary education', vo: 'Secondary education', so: 'Special education' },
  sectorShort: { po: 'Primary', vo: 'Secondary', so: 'Special' },
  sectorNoun: { po: 'primary schools', vo: 'secondary schools', so: 'special schools' },
  engineSector: { po: 'Primary education', vo: 'Secondary' },
  sourcesLine:
    'Source: CBS/Kadaster (municipalities 2016), DUO (schools, pupils 1-10-2023), Eurostat/CBS (1 km grid 2021)',
  pointsDelta: '{value} %-pt'
};
