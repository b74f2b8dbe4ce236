/** Dutch messages, namespace `report`: scenario results in words (compare page and PDF, src/lib/text/report-text.ts). */
export const report = {
  status: { open: 'open', closed: 'gesloten', merged: 'samengevoegd', new: 'nieuw' },
  baselineName: 'Basis (huidige situatie)',
  points: '{value} %-punt',
  unknown: 'onbekend',
  detourNone: 'Afstand hemelsbreed (omwegfactor 1)',
  detour: 'Afstand hemelsbreed × omwegfactor {factor}',
  withAllocation: '{distance}; leerlingen van een gesloten school: {rule}',
  close: 'Sluiten: {facility}',
  merge: 'Samenvoegen: {facility} gaat op in {into}',
  capacityOfNew: ', capaciteit {capacity}',
  capacity: 'Capaciteit {facility}: {capacity} {users}'
} as const;
