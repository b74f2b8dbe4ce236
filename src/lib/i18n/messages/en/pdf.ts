/** English messages, namespace `pdf`: the same keys as ../nl/pdf.ts. */
import type { Strings } from '../types';
import type { pdf as nl } from '../nl/pdf';

export const pdf: Strings<typeof nl> = {
  kickerScenario: 'Transitieatlas · scenario',
  kickerCompare: 'Transitieatlas · comparison',
  region: 'Region',
  sector: 'Sector',
  date: 'Date',
  premises: 'Assumptions',
  edits: 'Changes',
  indicators: 'Indicators',
  indicator: 'Indicator',
  now: 'Now',
  scenario: 'Scenario',
  difference: 'Difference',
  differenceBA: 'Difference B - A',
  place: 'Place',
  norm: 'Norm',
  status: 'Status',
  statusA: 'Status A',
  statusB: 'Status B',
  sources: 'Sources and licences',
  licence: 'Licence',
  page: 'page {i} of {n}',
  years: 'Projection by year',
  year: 'Year',
  pupilsNow: 'Pupils now',
  pupilsScenario: 'Pupils scenario',
  belowNormNow: 'Below norm now',
  belowNormScenario: 'Below norm scenario',
  transportNow: 'Transport now',
  transportScenario: 'Transport scenario',
  costDifference: 'Cost difference',
  differenceMap: 'Difference in distance'
};
