/** Dutch messages, namespace `sectorSwitch`: the choice of sector above the map. */
export const sectorSwitch = {
  schools: 'Onderwijs',
  others: 'Andere voorzieningen',
  ownFile: '(eigen bestand)',
  noFile: 'geen bestand',
  schoolOne: '{n} school',
  schoolMany: '{n} scholen',
  locationOne: '{n} locatie',
  locationMany: '{n} locaties',
  name: { sport: 'Sport', zorg: 'Zorg', welzijn: 'Welzijn' }
} as const;
