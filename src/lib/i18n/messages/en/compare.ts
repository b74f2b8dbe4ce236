/** English messages, namespace `compare`: the same keys as ../nl/compare.ts. */
import type { Strings } from '../types';
import type { compare as nl } from '../nl/compare';

export const compare: Strings<typeof nl> = {
  pageTitle: 'Compare · {region} · Transitieatlas',
  back: '← Back to the workshop',
  title: 'Compare scenarios',
  pupilsDate: 'pupils 1-10-2023',
  groupBaseline: 'Current situation',
  groupSession: 'Scenarios of this session',
  groupShared: 'Shared scenarios',
  swap: '⇄ Swap',
  swapTitle: 'Swap A and B',
  pdf: 'Comparison as PDF',
  pdfBusy: 'Making PDF…',
  pdfFailed: 'Making the PDF failed: {reason}',
  indicators: 'Indicators',
  lostInB: 'Without a {one} in B, not in A: {places}.',
  regainedInB: 'Without a {one} in A, not in B: {places}.',
  computing: 'Calculating…',
  maps: 'Maps of A and B',
  mapA: 'Map of A: {name}',
  mapB: 'Map of B: {name}',
  distanceLegend: 'Distance to the nearest {one}',
  differenceTitle: 'Difference in distance',
  differenceCaption: 'B − A per 1 km cell',
  differenceMap: 'Map of the difference in distance between B and A',
  differenceLegend: 'Distance in B compared with A ({people} per class)',
  differ: '{many} that differ',
  noDifference: 'No difference: in A and B all {many} have the same status and the same number of {users}.',
  notThere: 'does not exist',
  place: 'Place',
  statusA: 'Status A',
  statusB: 'Status B',
  norm: 'Norm',
  outsideRegion: 'outside the region',
  tableCaption: 'Indicators of A and B and the difference',
  indicator: 'Indicator',
  difference: 'Difference B − A',
  better: 'better',
  worse: 'worse',
  statusTitle: '{many} (size: {users})',
  sharedName: '{name} (shared)',
  sharedOtherRegion: "The shared scenario belongs to region ''{region}''.",
  missing:
    "Scenario ''{key}'' is not in this browser. Choose another scenario, or open the comparison from the workshop.",
  engineFailed: 'The calculation engine could not start: {reason}',
  twoSectors: 'A (“{a}”) is {sectorA}, B (“{b}”) {sectorB}. Choose two scenarios of the same sector.',
  evalFailed: 'The scenario could not be calculated: {reason}',
  distance: {
    c0: 'up to 0.5 km',
    c1: '0.5 – 1 km',
    c2: '1 – 2 km',
    c3: '2 – 3 km',
    c4: '3 – 5 km',
    c5: '5 – 10 km',
    c6: '10 km or more'
  },
  change: {
    c0: 'more than 3 km closer',
    c1: '1 – 3 km closer',
    c2: '0.1 – 1 km closer',
    c3: 'virtually the same (< 0.1 km)',
    c4: '0.1 – 1 km further',
    c5: '1 – 3 km further',
    c6: 'more than 3 km further'
  },
  status: {
    open: 'open',
    belowNorm: 'open, below the norm',
    closed: 'closed or merged',
    new: 'new',
    context: 'outside the region'
  },
  words: {
    school: 'school',
    schools: 'schools',
    facility: 'facility',
    facilities: 'facilities',
    users: 'users'
  },
  units: {
    leerlingen: 'pupils',
    bezoekers: 'visitors',
    plaatsen: 'places',
    patienten: 'patients',
    kinderen: 'children',
    deelnemers: 'participants'
  }
};
