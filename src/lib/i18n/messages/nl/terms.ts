/**
 * Dutch messages, namespace `terms`: a sector's names ("Basisonderwijs", "Nieuwe school") and the indicator labels
 * of the compare page and the PDF in its words ({one} "school", {many} "scholen", {users} "leerlingen", {people}
 * "kinderen"; a capital first letter in {Many}, {Users}, {People}).
 */
export const terms = {
  sector: {
    po: 'Basisonderwijs',
    vo: 'Voortgezet onderwijs',
    so: 'Speciaal onderwijs',
    sport: 'Sport',
    zorg: 'Zorg',
    welzijn: 'Welzijn'
  },
  newName: { school: 'Nieuwe school', location: 'Nieuwe locatie' },
  people: { children: 'kinderen', residents: 'inwoners' },
  ind: {
    openFacilities: 'Open {many} in de regio',
    belowNorm: '{Many} onder de opheffingsnorm',
    placesWithoutFacility: 'Kernen zonder {one}',
    pupilsToContext: '{Users} naar {many} buiten de regio',
    distanceMean: 'Gemiddelde afstand tot de dichtstbijzijnde {one}',
    distanceP50: 'Afstand waarbinnen de helft van de {people} woont',
    distanceP90: 'Afstand waarbinnen 90 % van de {people} woont',
    distanceMax: 'Grootste afstand',
    within: '{People} binnen {km} van een {one}'
  },
  short: {
    openFacilities: 'Open {many}',
    belowNorm: 'Onder opheffingsnorm',
    placesWithoutFacility: 'Kernen zonder {one}',
    pupilsToContext: '{Users} naar buiten regio',
    distanceMean: 'Gemiddelde afstand',
    distanceP50: 'Afstand mediaan (P50)',
    distanceP90: 'Afstand P90',
    distanceMax: 'Grootste afstand',
    within: '{People} binnen {km}'
  }
} as const;
