/**
 * Dutch messages, namespace `pdfText`: the running text of the PDF reports (scenario and comparison): facts,
 * captions, headings with a placeholder, the edit list, the sources and the method note. The fixed column words are
 * in `pdf`.
 */
export const pdfText = {
  editsNone: 'geen ingrepen',
  editsOne: '1 ingreep',
  editsMany: '{n} ingrepen',
  subjectScenario: 'Transitieatlas: scenario {name}, {region}',
  subjectCompare: 'Transitieatlas: vergelijking van {a} en {b}, {region}',
  aAndB: '{a} en {b}',
  mapCaption: 'Kaart van het scenario “{name}”.',
  placesWithout: 'Kernen zonder {one} in dit scenario: {places}.',
  outsideRegion: '{name} (buiten regio)',
  belowNorm: 'onder norm',
  pupilsShort: 'Lln.',
  countYear: '{users} {year}',
  countNow: '{users} nu',
  countOf: '{users} {which}',
  scenario: 'scenario',
  notThere: 'bestaat niet',
  mapsCaption: 'Links A: {a}. Rechts B: {b}.',
  lostInB: 'Zonder {one} in B, niet in A: {places}.',
  regainedInB: 'Zonder {one} in A, niet in B: {places}.',
  differenceCaption: 'Per {unit}: afstand tot de dichtstbijzijnde {one} in B min die in A.',
  editsInA: 'Ingrepen in A: {name}',
  editsInB: 'Ingrepen in B: {name}',
  differ: '{many} die verschillen',
  noDifference: 'Geen: in A en B hebben alle {many} dezelfde status en evenveel {users}.',
  sideA: 'A: status, {users}',
  sideB: 'B: status, {users}',
  all: 'Alle {many}',
  indicator: {
    open: 'Open {many}',
    belowNorm: 'Onder opheffingsnorm',
    placesWithout: 'Kernen zonder {one}',
    toContext: '{users} naar buiten regio',
    mean: 'Gemiddelde afstand',
    p50: 'Afstand mediaan (P50)',
    p90: 'Afstand P90',
    max: 'Grootste afstand',
    children: 'Kinderen',
    inhabitants: 'Inwoners',
    within: '{people} binnen {km}'
  },
  legendDistance: 'Afstand tot de dichtstbijzijnde school',
  legendSchools: 'Scholen',
  legendDifference: 'Afstand in B t.o.v. A',
  differenceTitle: 'Verschil in afstand: B min A',
  countsDuo: '{users} 1-10-{year}',
  countsOwn: '{users}: aantallen uit het eigen bestand',
  demandOwn: '; bevolking: eigen bestand',
  unitImport: 'gebied of punt uit het eigen bevolkingsbestand',
  unitCell: '1 km-cel',
  noEdits: 'Geen ingrepen: de huidige situatie.',
  usersUnknown: '{users} (aantal onbekend)',
  usersCount: '{n} {users}',
  flowTo: '{count} naar {name}',
  ownFile: 'eigen bestand van de gebruiker, ingelezen in de Transitieatlas',
  ownLicence: 'verantwoordelijkheid van de gebruiker',
  facilitiesAndUsers: '{many} en {users}',
  inhabitantsImport: 'Inwoners per gebied of punt',
  inhabitantsCell: 'Inwoners (totaal en 0-14 jaar) per 1 km-rastercel (2021)',
  methodFromImport: 'elk gebied of punt uit het eigen bevolkingsbestand',
  methodFromCell: 'het midden van elke 1 km-rastercel',
  countedImport:
    'Meegeteld: de inwoners uit het eigen bestand, gewogen naar de leeftijden die de sector bedient (zonder ' +
    'leeftijden: het aandeel van die leeftijden in de gemeente).',
  countedCell:
    'Meegeteld: inwoners per cel maal het aandeel van de leeftijden die de sector bedient, per gemeente.',
  method:
    'Berekend met de open Transitieatlas. Afstand: van {from} naar de dichtstbijzijnde open {one} (ook net ' +
    'buiten de regio), hemelsbreed of maal de omwegfactor. {counted} Bij sluiten gaan de {users} naar de ' +
    'dichtstbijzijnde open {one}, bij samenvoegen naar de gekozen {one}.',
  methodSchools:
    'Berekend met de open Transitieatlas. Afstand: van het midden van elke 1 km-rastercel naar de ' +
    'dichtstbijzijnde open school (ook net buiten de regio), hemelsbreed of maal de omwegfactor. Kinderen: ' +
    'inwoners 0-14 jaar per cel maal het aandeel van de schoolgaande leeftijden in de gemeente.',
  source: {
    schoolsWhat: 'Scholen, richting en leerlingen (1-10-2023)',
    schoolsSource: 'DUO open onderwijsdata; adressen Kadaster BAG (via EduGIS)',
    normsWhat: 'Opheffingsnormen basisonderwijs (geldend 2016)',
    normsSource: 'Ministerie van OCW / DUO, Staatscourant',
    normsLicence: 'publiek domein (regelgeving)',
    boundariesWhat: 'Gemeentegrenzen (1-1-2016)',
    boundariesSource: 'CBS / Kadaster, PDOK CBS Gebiedsindelingen',
    boundariesLicence: 'CC BY, "Bron: CBS / Kadaster, 2016"',
    gridWhat: 'Inwoners 0-14 jaar per 1 km-rastercel (2021)',
    gridSource:
      'Eurostat, Census 2021 population grid (gegevens voor NL: CBS); geometrie © EuroGeographics / GISCO',
    gridLicence: 'hergebruik met bronvermelding',
    pc4What: 'Leeftijdsopbouw en woonplaats per postcodegebied (PC4, 2021)',
    pc4Source: 'CBS StatLine 83502NED en Kerncijfers per postcode (© CBS, © ESRI Nederland)',
    regionsWhat: 'Krimp- en anticipeerregio’s',
    regionsSource: 'Ministerie van BZK, Actieplan Bevolkingsdaling 2016 (bijlage II)',
    regionsLicence: 'overheidspublicatie'
  },
  yearsNoteData: 'Geboortetrend per gemeente uit de data (regio {trend} %)',
  yearsNoteFixed: 'Geboortetrend {trend} %',
  yearsNote:
    '{birth} en migratie {migration} % per jaar; leerlingenvervoer boven {km} km. Prognose per gemeente uit de ' +
    'CBS-leeftijdsopbouw van 2021 (zie "Hoe rekenen we"); de normen van 2016. Kosten zijn aannames.'
} as const;
