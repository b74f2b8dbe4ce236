/** English messages, namespace `importing`: the same keys as ../nl/importing.ts. */
import type { Strings } from '../types';
import type { importing as nl } from '../nl/importing';

export const importing: Strings<typeof nl> = {
  example: 'example (fictitious)',
  exampleTitle: 'Example (fictitious)',
  cancel: 'Cancel',
  crs: { wgs84: 'lon/lat (WGS84)', rd: 'RD New (x/y in metres)' },
  declared: 'The file says {crs}: is that right?',
  declaredSwapped: 'The file says {crs}, with the two columns swapped: is that right?',
  looks: 'The coordinates look like {crs}: is that right?',
  looksSwapped: 'The coordinates look like {crs}, with the two columns swapped: is that right?',
  row: 'row {n}',
  feature: 'feature {n}',
  column: 'column {name}',
  property: 'property {name}',
  readFailed: 'The file could not be read. Try again or choose another file.',
  placedOne: '1 row placed at the centre of its postcode (PC4).',
  placedMany: '{n} rows placed at the centre of their postcode (PC4).',
  ownFile: 'Own file: {name}',
  exampleFailed: 'The example could not be loaded ({reason}).',
  presetFailed: 'The assumptions have not been applied: {reason} Nothing has changed.',
  whichFacilities: 'Which facilities?',
  whichIn: 'Which facilities are in',
  assumptionsOf: 'Assumptions {name}',
  assumptionsHide: 'Hide assumptions',
  assumptionsShow: 'View assumptions',
  dataOf: 'Data {name}',
  duo: 'DUO, 1 October 2023',
  locations: '{n} locations',
  empty:
    'There are no open data on {sector}. Choose a file (CSV, GeoJSON or TopoJSON) or drag it onto the map.',
  emptyExample:
    'There are no open data on {sector}. Choose a file (CSV, GeoJSON or TopoJSON) or drag it onto the map, or ' +
    'try the example (fictitious).',
  otherFile: 'Another file…',
  chooseFile: 'Choose a file',
  loadExample: 'Load example (fictitious)',
  removeFile: 'Remove file',
  remove: 'Remove',
  removeExample:
    'Remove the example (fictitious) for {sector}? The {n} locations disappear from the map. Your scenarios and ' +
    'their changes are kept: they count again as soon as you load a file with the same ids.',
  removeNamed:
    'Remove the file {name} for {sector}? The {n} locations disappear from the map. Your scenarios and their ' +
    'changes are kept: they count again as soon as you load a file with the same ids.',
  fromLink: '{what} · from the link',
  fromFile: '{what} · from the file',
  population: 'Population',
  ownPopulation: 'Own population file…',
  backToCbs: 'Back to CBS',
  cbs: 'Population: CBS 2021, 1 km grid',
  bandsNone: 'no age bands (only the total)',
  bandsAll: 'all age bands (0-4 up to and including 95+)',
  bandsSome: 'age bands {bands} years',
  pc4One: '{n} postcode area',
  pc4Many: '{n} postcode areas',
  pointOne: '{n} point',
  pointMany: '{n} points',
  summaryUnits: '{units}, {total} inhabitants in all.',
  summaryGiven: 'Given: {bands}.',
  demandSource: 'Population: own file {name} ({units}, {total} inhabitants)',
  inhabitantsFile: 'Inhabitants: own file {name} ({units}).',
  inhabitantsFileExample: 'Inhabitants: own file {name} ({units}, example (fictitious)).',
  noChildren: 'Children: not in the file.',
  inhabitantsOwn: 'Inhabitants: own file. Children: not in the file.',
  inhabitantsGrid: 'Inhabitants and children: 1 km grid ({cells} squares).',
  demandFailed: 'The file has not been applied: {reason} Nothing has changed.',
  /** Why an imported file was not applied (state/apply-import.ts). */
  applyProblems: {
    noFacilities: 'The file contains no usable facilities. Nothing has been changed.',
    noRows: 'The file contains no usable rows. Nothing has been changed.',
    notApplied: 'The file has not been applied: {error} Nothing has been changed.',
    hasErrors: 'The file has errors (see the list). Nothing has been changed.'
  }
};
