/** English messages, namespace `csv`: the same keys as ../nl/csv.ts. */
import type { Strings } from '../types';
import type { csv as nl } from '../nl/csv';

export const csv: Strings<typeof nl> = {
  id: 'school code',
  name: 'name',
  type: 'type',
  place: 'place',
  municipalityCode: 'municipality code',
  municipality: 'municipality',
  context: 'context',
  status: 'status',
  countYear: '{users} {year}',
  countFile: '{users} (file)',
  countScenario: '{users} scenario',
  capacity: 'capacity',
  norm: 'norm',
  belowNorm: 'below norm',
  projected: 'pupils projected {year}',
  normMargin: 'norm margin {year}',
  firstYearBelowNorm: 'first year below norm',
  ruleYear: 'closure rule from',
  cell: 'cell',
  unit: 'unit',
  weight: 'weight',
  nearest: 'nearest',
  distance: 'distance m',
  users: {
    leerlingen: 'pupils',
    bezoekers: 'visitors',
    plaatsen: 'places',
    patienten: 'patients',
    kinderen: 'children',
    deelnemers: 'participants',
    gebruikers: 'users'
  }
};
