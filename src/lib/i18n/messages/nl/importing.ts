/**
 * Dutch messages, namespace `importing`: the import dialogs of facilities and population, the sector's data card
 * and the assumptions editor (see ../nl.ts).
 */
export const importing = {
  example: 'voorbeeld (fictief)',
  exampleTitle: 'Voorbeeld (fictief)',
  cancel: 'Annuleren',
  crs: { wgs84: 'lon/lat (WGS84)', rd: 'RD New (x/y in meters)' },
  declared: 'Het bestand zegt {crs} — klopt dat?',
  declaredSwapped: 'Het bestand zegt {crs}, met de twee kolommen verwisseld — klopt dat?',
  looks: 'De coördinaten lijken {crs} — klopt dat?',
  looksSwapped: 'De coördinaten lijken {crs}, met de twee kolommen verwisseld — klopt dat?',
  row: 'rij {n}',
  feature: 'object {n}',
  column: 'kolom {name}',
  property: 'eigenschap {name}',
  readFailed: 'Het bestand kon niet worden gelezen. Probeer het opnieuw of kies een ander bestand.',
  placedOne: '1 rij geplaatst op het midden van de postcode (PC4).',
  placedMany: '{n} rijen geplaatst op het midden van de postcode (PC4).',
  ownFile: 'Eigen bestand: {name}',
  exampleFailed: 'Het voorbeeld kon niet worden geladen ({reason}).',
  presetFailed: 'De aannames zijn niet toegepast: {reason} Er is niets veranderd.',
  whichFacilities: 'Welke voorzieningen?',
  whichIn: 'Welke voorzieningen staan in',
  assumptionsOf: 'Aannames {name}',
  assumptionsHide: 'Aannames verbergen',
  assumptionsShow: 'Aannames bekijken',
  dataOf: 'Gegevens {name}',
  duo: 'DUO, 1 oktober 2023',
  locations: '{n} locaties',
  empty:
    'Er zijn geen open gegevens over {sector}. Kies een bestand (CSV, GeoJSON of TopoJSON) of sleep het op de kaart.',
  emptyExample:
    'Er zijn geen open gegevens over {sector}. Kies een bestand (CSV, GeoJSON of TopoJSON) of sleep het op de ' +
    'kaart, of probeer het voorbeeld (fictief).',
  otherFile: 'Ander bestand…',
  chooseFile: 'Bestand kiezen',
  loadExample: 'Voorbeeld laden (fictief)',
  removeFile: 'Bestand verwijderen',
  remove: 'Verwijderen',
  removeExample:
    "Het voorbeeld (fictief) voor {sector} verwijderen? De {n} locaties verdwijnen van de kaart. Uw scenario's en " +
    "hun ingrepen blijven bewaard: ze gelden weer zodra u een bestand met dezelfde id's laadt.",
  removeNamed:
    "Het bestand {name} voor {sector} verwijderen? De {n} locaties verdwijnen van de kaart. Uw scenario's en " +
    "hun ingrepen blijven bewaard: ze gelden weer zodra u een bestand met dezelfde id's laadt.",
  fromLink: '{what} · uit de link',
  fromFile: '{what} · uit het bestand',
  population: 'Bevolking',
  ownPopulation: 'Eigen bevolkingsbestand…',
  backToCbs: 'Terug naar CBS',
  cbs: 'Bevolking: CBS 2021, 1 km-raster',
  bandsNone: 'geen leeftijdsklassen (alleen het totaal)',
  bandsAll: 'alle leeftijdsklassen (0-4 tot en met 95+)',
  bandsSome: 'leeftijdsklassen {bands} jaar',
  pc4One: '{n} postcodegebied',
  pc4Many: '{n} postcodegebieden',
  pointOne: '{n} punt',
  pointMany: '{n} punten',
  summaryUnits: '{units}, samen {total} inwoners.',
  summaryGiven: 'Gegeven: {bands}.',
  demandSource: 'Bevolking: eigen bestand {name} ({units}, {total} inwoners)',
  inhabitantsFile: 'Inwoners: eigen bestand {name} ({units}).',
  inhabitantsFileExample: 'Inwoners: eigen bestand {name} ({units}, voorbeeld (fictief)).',
  noChildren: 'Kinderen: niet in het bestand.',
  inhabitantsOwn: 'Inwoners: eigen bestand. Kinderen: niet in het bestand.',
  inhabitantsGrid: 'Inwoners en kinderen: 1 km-raster ({cells} vakken).',
  demandFailed: 'Het bestand is niet toegepast: {reason} Er is niets veranderd.',
  /** Why an imported file was not applied (state/apply-import.ts). */
  applyProblems: {
    noFacilities: 'Het bestand bevat geen bruikbare voorzieningen. Er is niets veranderd.',
    noRows: 'Het bestand bevat geen bruikbare rijen. Er is niets veranderd.',
    notApplied: 'Het bestand is niet toegepast: {error} Er is niets veranderd.',
    hasErrors: 'Het bestand heeft fouten (zie de lijst). Er is niets veranderd.'
  }
} as const;
