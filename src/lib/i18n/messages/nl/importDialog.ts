/**
 * Dutch messages, namespace `importDialog` (a lazy namespace, ../lazy.ts): the import dialogs of facilities and
 * population and the assumptions editor; they load with the dialogs. The data card's words are in `importing`.
 */
export const importDialog = {
  dropText: 'Sleep een CSV-, GeoJSON- of TopoJSON-bestand hierheen, of',
  pick: 'kies een bestand',
  file: 'Bestand: {name}',
  apply: 'Toepassen',
  whichColumn: 'Welke kolom is wat?',
  noColumn: '(geen)',
  crsOk: 'Ja, dat klopt',
  crsOther: 'Anders:',
  asFound: 'zoals gevonden',
  swapped: 'Kolommen verwisseld:',
  swapYes: 'ja',
  swapNo: 'nee',
  mapping: 'Kolommen koppelen',
  fields: {
    id: 'id',
    name: 'naam',
    type: 'type',
    lon: 'lon',
    lat: 'lat',
    x: 'x',
    y: 'y',
    postcode: 'postcode',
    place: 'plaats',
    municipality: 'gemeente',
    pupils: 'aantal (leerlingen, bezoekers...)',
    capacity: 'capaciteit',
    context: 'context'
  },
  preview: 'Voorbeeld: de eerste {shown} van {total} rijen',
  problems: 'Problemen in het bestand',
  errorsOne: '1 fout: het bestand is niet toegepast',
  errorsMany: '{n} fouten: het bestand is niet toegepast',
  warningsOne: '1 waarschuwing',
  warningsMany: '{n} waarschuwingen',
  kind: 'Soort',
  place: 'Plaats',
  message: 'Melding',
  severity: { fout: 'fout', waarschuwing: 'waarschuwing' },
  more: 'En nog {n} meldingen.',
  title: '{sector}: bestand importeren',
  label: 'Bestand importeren',
  ready: '{n} voorzieningen klaar om toe te passen.',
  outside: '{n} locaties liggen ver buiten de regio:',
  leaveOut: 'Weglaten',
  keepContext: 'Houden (als context)',
  preset: 'Aannames van de sector',
  presetTitle: 'Aannames: {label}',
  whoUses: 'Wie gebruikt het',
  age: 'Leeftijd',
  participation: 'Deelname',
  source: 'Bron: {source}',
  distances: 'Afstanden (meter)',
  presetReadonly:
    'Voor basis- en voortgezet onderwijs liggen deze aannames vast: de prognose per jaar en de opheffingsnormen ' +
    'rekenen ermee (zie "Hoe rekenen we?").',
  presetReset: 'Standaard herstellen',
  presetApply: 'Aannames toepassen',
  bandYears: '{band} jaar',
  demandTitle: 'Eigen bevolkingsbestand importeren',
  demandIntro:
    'Een tabel met het aantal inwoners per postcodegebied (PC4) of per punt (lon/lat of x/y), eventueel met ' +
    'kolommen per leeftijdsklasse van vijf jaar (0-4, 5-9, …, 95+). Het bestand vervangt de CBS-schatting voor ' +
    'alle sectoren.',
  demandFields: {
    postcode: 'Postcode (PC4)',
    population: 'Inwoners',
    lon: 'Lengtegraad (lon)',
    lat: 'Breedtegraad (lat)',
    x: 'X (RD)',
    y: 'Y (RD)',
    id: 'Id'
  },
  bandsFound: 'Leeftijdsklassen herkend:',
  bandsYears: 'jaar.',
  bandColumn: 'kolom {column}',
  noBands:
    'Geen kolommen per leeftijdsklasse herkend: alleen het totaal telt (verdeeld naar de CBS-opbouw van de gemeente).'
} as const;
