/** English messages, namespace `pdfText`: the same keys as ../nl/pdfText.ts. Published source titles stay as published. */
import type { Strings } from '../types';
import type { pdfText as nl } from '../nl/pdfText';

export const pdfText: Strings<typeof nl> = {
  editsNone: 'no changes',
  editsOne: '1 change',
  editsMany: '{n} changes',
  subjectScenario: 'Transitieatlas: scenario {name}, {region}',
  subjectCompare: 'Transitieatlas: comparison of {a} and {b}, {region}',
  aAndB: '{a} and {b}',
  mapCaption: 'Map of the scenario “{name}”.',
  placesWithout: 'Places without a {one} in this scenario: {places}.',
  outsideRegion: '{name} (outside the region)',
  belowNorm: 'below norm',
  pupilsShort: 'Pupils',
  countYear: '{users} {year}',
  countNow: '{users} now',
  countOf: '{users} {which}',
  scenario: 'scenario',
  notThere: 'does not exist',
  mapsCaption: 'Left A: {a}. Right B: {b}.',
  lostInB: 'Without a {one} in B, not in A: {places}.',
  regainedInB: 'Without a {one} in A, not in B: {places}.',
  differenceCaption: 'Per {unit}: distance to the nearest {one} in B minus that in A.',
  editsInA: 'Changes in A: {name}',
  editsInB: 'Changes in B: {name}',
  differ: '{many} that differ',
  noDifference: 'None: in A and B all {many} have the same status and the same number of {users}.',
  sideA: 'A: status, {users}',
  sideB: 'B: status, {users}',
  all: 'All {many}',
  indicator: {
    open: 'Open {many}',
    belowNorm: 'Below the closure threshold',
    placesWithout: 'Places without a {one}',
    toContext: '{users} to outside the region',
    mean: 'Mean distance',
    p50: 'Distance median (P50)',
    p90: 'Distance P90',
    max: 'Longest distance',
    children: 'Children',
    inhabitants: 'Inhabitants',
    within: '{people} within {km}'
  },
  legendDistance: 'Distance to the nearest school',
  legendSchools: 'Schools',
  legendDifference: 'Distance in B compared with A',
  differenceTitle: 'Difference in distance: B minus A',
  countsDuo: '{users} 1-10-{year}',
  countsOwn: '{users}: counts from the user’s own file',
  demandOwn: '; population: the user’s own file',
  unitImport: 'area or point of the user’s own population file',
  unitCell: '1 km cell',
  noEdits: 'No changes: the current situation.',
  usersUnknown: '{users} (number unknown)',
  usersCount: '{n} {users}',
  flowTo: '{count} to {name}',
  ownFile: 'the user’s own file, read into the Transitieatlas',
  ownLicence: 'the user’s responsibility',
  facilitiesAndUsers: '{many} and {users}',
  inhabitantsImport: 'Inhabitants per area or point',
  inhabitantsCell: 'Inhabitants (total and aged 0-14) per 1 km grid cell (2021)',
  methodFromImport: 'each area or point of the user’s own population file',
  methodFromCell: 'the centre of each 1 km grid cell',
  countedImport:
    'Counted: the inhabitants of the user’s own file, weighted by the ages the sector serves (without ages: the ' +
    'share of those ages in the municipality).',
  countedCell:
    'Counted: inhabitants per cell times the share of the ages the sector serves, per municipality.',
  method:
    'Calculated with the open Transitieatlas. Distance: from {from} to the nearest open {one} (including just ' +
    'outside the region), as the crow flies or times the detour factor. {counted} On closure the ' +
    '{users} go to the nearest open {one}; on a merger, to the chosen {one}.',
  methodSchools:
    'Calculated with the open Transitieatlas. Distance: from the centre of each 1 km grid cell to the nearest ' +
    'open school (including just outside the region), as the crow flies or times the detour factor. Children: ' +
    'inhabitants aged 0-14 per cell times the share of school ages in the municipality.',
  source: {
    schoolsWhat: 'Schools, denomination and pupils (1-10-2023)',
    schoolsSource: 'DUO open onderwijsdata (open education data); addresses Kadaster BAG (via EduGIS)',
    normsWhat: 'Closure thresholds for primary schools (opheffingsnormen, in force 2016)',
    normsSource: 'Ministerie van OCW / DUO, Staatscourant (Ministry of Education; Government Gazette)',
    normsLicence: 'public domain (legislation)',
    boundariesWhat: 'Municipal boundaries (1-1-2016)',
    boundariesSource: 'CBS / Kadaster, PDOK CBS Gebiedsindelingen (Statistics Netherlands boundaries)',
    boundariesLicence: 'CC BY, attribution "Bron: CBS / Kadaster, 2016"',
    gridWhat: 'Inhabitants aged 0-14 per 1 km grid cell (2021)',
    gridSource:
      'Eurostat, Census 2021 population grid (data for NL: CBS); geometry © EuroGeographics / GISCO',
    gridLicence: 'reuse with attribution',
    pc4What: 'Age structure and place of residence per postcode area (PC4, 2021)',
    pc4Source:
      'CBS StatLine 83502NED and Kerncijfers per postcode (key figures per postcode; © CBS, © ESRI Nederland)',
    regionsWhat: 'Population decline and anticipation regions (krimp- en anticipeerregio’s)',
    regionsSource:
      'Ministerie van BZK, Actieplan Bevolkingsdaling 2016 (bijlage II) (Ministry of the Interior, population ' +
      'decline action plan, annex II)',
    regionsLicence: 'government publication'
  },
  yearsNoteData: 'Birth trend per municipality from the data (region {trend} %)',
  yearsNoteFixed: 'Birth trend {trend} %',
  yearsNote:
    '{birth} and migration {migration} % a year; school transport beyond {km} km. Projection per municipality ' +
    'from the CBS age structure of 2021 (see "How do we calculate?"); the norms of 2016. Costs are assumptions.'
};
