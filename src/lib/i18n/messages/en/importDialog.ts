/** English messages, namespace `importDialog` (see ../nl/importDialog.ts). */
import type { importDialog as nl } from '../nl/importDialog';
import type { Strings } from '../types';

export const importDialog: Strings<typeof nl> = {
  dropText: 'Drag a CSV, GeoJSON or TopoJSON file here, or',
  pick: 'choose a file',
  file: 'File: {name}',
  apply: 'Apply',
  whichColumn: 'Which column is what?',
  noColumn: '(none)',
  crsOk: 'Yes, that is right',
  crsOther: 'Other:',
  asFound: 'as found',
  swapped: 'Columns swapped:',
  swapYes: 'yes',
  swapNo: 'no',
  mapping: 'Match the columns',
  fields: {
    id: 'id',
    name: 'name',
    type: 'type',
    lon: 'lon',
    lat: 'lat',
    x: 'x',
    y: 'y',
    postcode: 'postcode',
    place: 'place',
    municipality: 'municipality',
    pupils: 'number (pupils, visitors...)',
    capacity: 'capacity',
    context: 'context'
  },
  preview: 'Preview: the first {shown} of {total} rows',
  problems: 'Problems in the file',
  errorsOne: '1 error: the file has not been applied',
  errorsMany: '{n} errors: the file has not been applied',
  warningsOne: '1 warning',
  warningsMany: '{n} warnings',
  kind: 'Kind',
  place: 'Where',
  message: 'Message',
  severity: { fout: 'error', waarschuwing: 'warning' },
  more: 'And {n} more messages.',
  title: '{sector}: import a file',
  label: 'Import a file',
  ready: '{n} facilities ready to apply.',
  outside: '{n} locations lie far outside the region:',
  leaveOut: 'Leave out',
  keepContext: 'Keep (as context)',
  preset: 'Assumptions of the sector',
  presetTitle: 'Assumptions: {label}',
  whoUses: 'Who uses it',
  age: 'Age',
  participation: 'Participation',
  source: 'Source: {source}',
  distances: 'Distances (metres)',
  presetReadonly:
    'For primary and secondary education these assumptions are fixed: the prognosis per year and the closure ' +
    'norms are calculated with them (see "How do we calculate?").',
  presetReset: 'Restore default',
  presetApply: 'Apply assumptions',
  bandYears: '{band} years',
  demandTitle: 'Import your own population file',
  demandIntro:
    'A table with the number of inhabitants per postcode area (PC4) or per point (lon/lat or x/y), optionally ' +
    'with columns per five-year age band (0-4, 5-9, …, 95+). The file replaces the CBS estimate for all sectors.',
  demandFields: {
    postcode: 'Postcode (PC4)',
    population: 'Inhabitants',
    lon: 'Longitude (lon)',
    lat: 'Latitude (lat)',
    x: 'X (RD)',
    y: 'Y (RD)',
    id: 'Id'
  },
  bandsFound: 'Age bands recognised:',
  bandsYears: 'years.',
  bandColumn: 'column {column}',
  noBands:
    'No columns per age band recognised: only the total counts (spread by the municipality’s CBS age structure).'
};
