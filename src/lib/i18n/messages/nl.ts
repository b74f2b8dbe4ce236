/**
 * The Dutch messages: the source of truth of the catalogue's keys (en.ts must have the same shape, checked by the
 * compiler and tests/unit/i18n.test.ts). ICU message syntax (`{name}` placeholders; a quote before `{` escapes it).
 * Namespaces: common (labels used everywhere), language, header (the atlas header), home (region choice page),
 * choice (the school-choice model in the workshop and exports), model (the page "Hoe goed klopt het model?"),
 * proposal ("Voorstel uit criteria").
 */
export const nl = {
  common: {
    unknown: 'onbekend',
    regionType: { krimpregio: 'krimpregio', anticipeerregio: 'anticipeerregio', land: 'heel Nederland' },
    sector: { po: 'Basisonderwijs', vo: 'Voortgezet onderwijs', so: 'Speciaal onderwijs' },
    sectorShort: { po: 'Basis', vo: 'Voortgezet', so: 'Speciaal' },
    sectorNoun: { po: 'basisscholen', vo: 'vo-scholen', so: 'so-scholen' },
    engineSector: { po: 'Basisonderwijs', vo: 'Voortgezet' },
    sourcesLine:
      'Bron: CBS/Kadaster (gemeenten 2016), DUO (scholen, leerlingen 1-10-2023), Eurostat/CBS (1 km-raster 2021)',
    pointsDelta: '{value} %-punt'
  },
  language: {
    label: 'Taal',
    nl: 'NL',
    en: 'EN',
    nlName: 'Nederlands',
    enName: 'English'
  },
  header: {
    back: "← Alle regio's",
    region: 'Regio',
    country: 'Heel Nederland (groot)',
    help: 'Hoe werkt het?',
    presentation: 'Presentatie',
    presentationOff: 'Presentatie uit'
  },
  home: {
    title: 'Transitieatlas',
    intro:
      "Een open kaart voor regio's met een krimpende bevolking: waar wonen de kinderen, waar staan de scholen, " +
      'en welke scholen blijven? Kies een regio om de kaart te openen.',
    regionsHeading: "Krimp- en anticipeerregio's",
    regionsSource: '(Actieplan Bevolkingsdaling, 2016)',
    default: 'standaard',
    municipality: 'gemeente',
    municipalities: 'gemeenten',
    primarySchools: 'basisscholen',
    country: 'Heel Nederland',
    countryNote: '(groot, laadt langzamer)',
    footer: 'Bron: CBS, Kadaster, DUO, Eurostat, ministerie van BZK. Open data; open broncode.'
  },
  choice: {
    controlLegend: 'Leerlingen van een gesloten school',
    allocation: {
      choice: 'Verdelen volgens keuzemodel',
      nearest: 'Allemaal naar de dichtstbijzijnde school'
    },
    allocationShort: {
      choice: 'keuzemodel (gemodelleerd)',
      nearest: 'dichtstbijzijnde school'
    },
    controlHelp:
      'Het keuzemodel verdeelt de leerlingen over de scholen waar kinderen uit dezelfde buurten nu ook naartoe ' +
      'gaan: dichtbij en van dezelfde richting weegt zwaarder. Samenvoegen stuurt ze altijd naar de gekozen school.',
    evidenceLink: 'Hoe goed klopt het model?',
    modelledPupils: 'Gemodelleerd (keuzemodel)',
    flowsByModel: 'verdeeld volgens het keuzemodel (gemodelleerd)',
    modelledDistance: 'Gemiddelde reisafstand volgens het keuzemodel (gemodelleerd)',
    notForSector:
      'Het keuzemodel is er voor basis- en voortgezet onderwijs; hier gaan leerlingen naar de dichtstbijzijnde locatie.',
    pdfRule: {
      choice:
        'Bij sluiten verdeelt het keuzemodel (gemodelleerd, gekalibreerd op DUO-leerlingen 1-10-2023) de leerlingen ' +
        'over de open scholen; bij samenvoegen gaan ze naar de gekozen school.',
      nearest:
        'Bij sluiten gaan de leerlingen naar de dichtstbijzijnde open school, bij samenvoegen naar de gekozen school.'
    }
  },
  model: {
    title: 'Hoe goed klopt het model?',
    sector: { po: 'basisonderwijs', vo: 'voortgezet onderwijs' },
    intro:
      'Als een school sluit, waar gaan de leerlingen dan heen? De atlas rekent dat uit met een keuzemodel: ' +
      'ouders kiezen vaker een school dichtbij, en ook de richting (denominatie) en, in het voortgezet onderwijs, ' +
      'het aantal leerwegen tellen mee. Het model kent geen eigen getal per school: het voorspelt het aantal ' +
      'leerlingen van een school zonder die school zelf te kennen. Hieronder staat hoe goed dat lukt, vergeleken ' +
      'met de eenvoudige regel "elk kind gaat naar de dichtstbijzijnde school".',
    scatterCaption:
      'Elke stip is een school in de regio: horizontaal het werkelijke aantal leerlingen (DUO, 1-10-2023), ' +
      'verticaal het aantal volgens het model (gemodelleerd). Op de schuine lijn klopt het precies.',
    showNearest: 'Toon ook de dichtstbijzijnde-regel (grijs)',
    fitHeading: 'Hoe dicht zit het model erbij?',
    fitChoice: 'Keuzemodel (gemodelleerd)',
    fitNearest: 'Dichtstbijzijnde school',
    holdoutHeading: 'Voorspellen wat het model niet gezien heeft',
    holdoutNational:
      'De parameters komen uit alle scholen van Nederland. Gekalibreerd op de helft van de gemeenten van ' +
      'Nederland en getoetst op de andere helft: R² {r2}, gemiddeld {mae} leerlingen ernaast.',
    holdoutRegion:
      'Gekalibreerd op alleen de scholen van deze regio past het model die scholen iets beter (R² {own}), maar ' +
      'voorspelt het de gemeenten die het niet zag slechter (R² {hold}). Daarom gebruikt de atlas de landelijke parameters.',
    parametersHeading: 'De parameters',
    scale:
      'Schaal: {s} leerlingen per geschat kind in de leeftijd, zodat het totaal van de regio gelijk is aan DUO.',
    limitsHeading: 'Wat het model niet weet',
    limits: {
      quality:
        'De kwaliteit, het onderwijsconcept of de naam van een school: scholen in dezelfde plaats krijgen hetzelfde ' +
        'aandeel als ze even ver weg liggen en van dezelfde richting zijn. Daar zitten de grootste afwijkingen.',
      homes:
        'Waar de kinderen precies wonen: de bevolking is per vak van 1 km (CBS 2021), niet per adres; afstanden ' +
        'zijn hemelsbreed.',
      border:
        'Kinderen van buiten de regio: scholen aan de rand krijgen ook leerlingen van over de grens, die het model ' +
        'niet meetelt. Scholen buiten de regio worden niet beoordeeld.',
      vo:
        'Voor het voortgezet onderwijs kent DUO alleen openbaar of bijzonder en telt het per vestiging; sommige ' +
        'vestigingen hebben geen telling. Het model is daar minder zeker.',
      newSchool:
        'Een nieuwe school telt mee als een gemiddelde school van de regio en begint met 0 leerlingen; pas als een ' +
        'school in de buurt sluit, krijgt zij leerlingen.',
      assumption:
        'Het model beschrijft de keuzes van 2023. Dat ouders bij een sluiting net zo kiezen als nu, is een aanname.'
    },
    back: 'Terug naar de atlas',
    noModel: 'Voor deze regio en sector zijn te weinig scholen met een DUO-telling om het model te toetsen.'
  },
  proposal: {
    title: 'Voorstel uit criteria',
    intro: 'Laat de atlas een spreiding voorstellen die aan de criteria van de zaal voldoet.',
    objective: 'Doel',
    objectives: {
      fewest: 'Zo min mogelijk locaties',
      median: 'Vast aantal locaties, kortste afstand',
      coverage: 'Vast aantal locaties, meeste kinderen binnen de afstand'
    },
    keep: 'Aantal locaties dat open blijft',
    maxDistance: 'Maximale afstand (km)',
    share: 'Aandeel kinderen binnen die afstand (%)',
    minPupils: 'Minimum leerlingen per school',
    minPupilsNone: 'geen',
    minPupilsNumber: 'aantal',
    minPupilsNorm: 'opheffingsnorm',
    year: 'In jaar',
    yearNow: 'nu (2023)',
    placeMin: 'School in elke woonplaats vanaf (kinderen)',
    denomination: 'Richting binnen afstand',
    denominationNone: 'geen',
    lockOpen: 'Vast open (vestigingscodes)',
    lockClosed: 'Vast dicht (vestigingscodes)',
    lockHint: 'Met komma’s, bv. 05BR00, 11TN00',
    compute: 'Bereken voorstel',
    stop: 'Stoppen',
    stopped: 'Berekening gestopt. Er is niets veranderd.',
    firstKept:
      'Het eerste voorstel ({open} locaties) was er al, maar is niet bewezen het beste en heeft geen grafiek.',
    useFirst: 'Eerste voorstel toch gebruiken',
    busy: 'Bezig…',
    firstAnswer: 'Eerste antwoord',
    newScenario: 'Nieuw scenario: {name}',
    constraints: 'Criteria',
    met: 'gehaald',
    notMet: 'niet gehaald',
    relaxations: 'Wat wel kan',
    apply: 'Neem over',
    chartTitle: 'Hoeveel locaties, welke afstand?',
    chartCaption:
      'Gemiddelde afstand en aandeel kinderen binnen {km} bij elk aantal locaties (benadering: telkens de locatie ' +
      'sluiten die het minst afstand kost; de andere criteria tellen hier niet mee).',
    chartX: 'locaties open',
    chartMean: 'gemiddelde afstand (km)',
    chartWithin: 'binnen {km} (%)',
    chartToday: 'nu',
    chartProposal: 'voorstel',
    onlyAllSectors: 'Deze sector heeft nog geen voorzieningen: kies eerst een bestand.',
    readOnlyNote: 'Het voorstel komt als nieuw scenario naast dit gedeelde scenario.',
    goal: { fewest: 'minste locaties', median: 'kortste afstand', coverage: 'meeste binnen afstand' },
    nameLocations: '{n} locaties',
    nameNorm: 'norm',
    nameMinPupils: 'min. {n} lln',
    name: 'Voorstel: {parts}',
    nameNotAll: 'Voorstel: {parts} (haalt niet alles)'
  }
} as const;
