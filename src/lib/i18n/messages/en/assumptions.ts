/** English messages, namespace `assumptions`: the same keys as ../nl/assumptions.ts. */
import type { Strings } from '../types';
import type { assumptions as nl } from '../nl/assumptions';

export const assumptions: Strings<typeof nl> = {
  heading: 'Assumptions',
  aria: 'Assumptions of the forecast',
  unit: {
    percentPerYear: '% per year',
    km: 'km',
    m2: 'm²',
    euroPerYear: '€ per year'
  },
  trendFromData: 'trend from the data',
  normsFile: 'Norms: {name} ({year})',
  normsLegal: 'Norms: statutory norms {year}',
  normsDefault: 'standard norms',
  normsLoad: 'Load norms (CSV)',
  normsError: '{error} The norms have not been changed.',
  label: {
    birthTrend: 'Annual change in the number of births after 2021',
    birthBand: 'Band width: low and high variant of the birth trend (minus and plus)',
    migration: 'Annual net migration, at all ages',
    thresholdM: 'Distance to the nearest open school beyond which a child is entitled to school transport',
    fixedM2: {
      po: 'Fixed normative floor area per primary school',
      vo: 'Fixed normative floor area per secondary school site'
    },
    perPupilM2: {
      po: 'Normative floor area per pupil (primary education)',
      vo: 'Normative floor area per pupil (secondary education)'
    },
    perLocation: 'Fixed costs per open site per year (management, maintenance, energy)',
    perM2: 'Costs per m² of school building in use per year',
    perTransportPupil: 'Costs of school transport per pupil per year'
  },
  source: {
    user: 'set by the user',
    birthTrend:
      'derived from the data: cohort 0-4 against 5-9 years per municipality (CBS 2021); here the region as a whole',
    birthBand: 'assumption: 1 % per year',
    migration: 'assumption: no net migration (0 %)',
    thresholdM: 'assumption: 6 km, the usual limit in municipal school transport regulations (primary)',
    floor: {
      po: 'assumption based on the standard funding of primary school accommodation (200 m² fixed + 5.03 m² per pupil); adjustable',
      vo: 'assumption (1,500 m² fixed + 8 m² per pupil), not an official norm; enter the value for your region'
    },
    assumption: 'assumption',
    transportVo:
      'assumption: 0, municipalities only transport secondary pupils in special cases (for example with a disability)'
  }
};
