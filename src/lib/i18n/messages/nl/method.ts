/**
 * Dutch messages, namespace `method`: "Hoe rekenen we?", the method of the year series in short (docs/method.md
 * has the full text). Words between asterisks are shown in bold; `childrenA`, the exponent 1/5 and `childrenB`
 * form one paragraph.
 */
export const method = {
  title: 'Hoe rekenen we?',
  close: 'Sluiten',
  intro:
    "Een eenvoudig, navolgbaar model om scenario's te vergelijken, geen officiële leerlingenprognose. Bronnen: " +
    'DUO-leerlingen per vestiging (1 oktober 2023), CBS-inwoners per leeftijdsgroep per postcodegebied en ' +
    'kinderen 0-14 per vierkante kilometer (1 januari 2021), opheffingsnormen van wetten.overheid.nl (2016, of ' +
    'een ingelezen tabel). Gemeenten zijn die van 2016.',
  childrenHeading: 'Kinderen per jaar',
  childrenA:
    'Per gemeente verdelen we elke leeftijdsgroep van vijf jaar gelijk over de vijf leeftijden (2021). Elk jaar ' +
    'schuift iedereen een jaar op (cohortverschuiving). Kinderen geboren na 2021 komen uit het gemiddelde ' +
    'geboortecohort van de groep 0-4 van 2021, elk jaar maal (1 + *geboortetrend*). De geboortetrend komt ' +
    'standaard uit de data: per gemeente de groep 0-4 tegen de groep 5-9 (vijf jaar ouder), (0-4 / 5-9)',
  childrenB:
    '− 1 per jaar, begrensd op ±5 %; u kunt er één getal voor de hele regio voor in de plaats zetten. De ' +
    '*band* in de grafieken is dezelfde prognose met een geboortetrend die 1 %-punt per jaar lager en ' +
    'hoger ligt. Alle leeftijden krijgen elk jaar (1 + *netto migratie*), standaard 0 % (aanname). ' +
    'Basisonderwijs telt 4-11 jaar, voortgezet onderwijs 12-17 jaar.',
  pupilsHeading: 'Leerlingen per school',
  pupils:
    'Het voedingsgebied van een school zijn de kinderen die volgens het keuzemodel die school kiezen (met de ' +
    'regel "dichtstbijzijnde school": de vakken waarvoor zij de dichtstbijzijnde open school is), in het ' +
    'scenario. Leerlingen in jaar Y = leerlingen 2023 × kinderen in het voedingsgebied in Y / in 2023. Telt het ' +
    'voedingsgebied in 2023 minder dan 50 kinderen, dan volgt de school de groei van haar gemeente. In een ' +
    'scenario tellen de verplaatste leerlingen mee bij de ontvangende school.',
  normHeading: 'Norm en opheffingsregel',
  norm:
    'De norm is die van het deelgebied (zoals Didam en Bergh in Montferland), anders die van de gemeente; vo ' +
    'heeft geen norm. Eerste jaar onder de norm: het eerste jaar van 2023-2035 met minder leerlingen dan de ' +
    'norm. De *opheffingsregel* gaat gelden in het derde jaar op rij onder de norm. De normen zijn een ' +
    'vervangbare tabel: laad een CSV met de normen van een ander jaar.',
  costsHeading: 'Leerlingenvervoer, vloeroppervlak en kosten',
  costs:
    'Kinderen in vakken waarvan de dichtstbijzijnde open school verder weg ligt dan de drempel (standaard 6 km, ' +
    'hemelsbreed maal de omrijfactor) tellen als leerlingenvervoer. Het normatieve vloeroppervlak is vast + per ' +
    'leerling (po 200 + 5,03 m², vo 1500 + 8 m²); het gebouw is dat bij de leerlingen van 2023. Kosten per jaar ' +
    '= open locaties × vaste kosten + m² in gebruik × kosten per m² + vervoerde kinderen × vervoerskosten. Alle ' +
    'standaardwaarden zijn aannames die u kunt wijzigen.',
  limitsHeading: 'Grenzen',
  limits: {
    snapshot: 'Eén momentopname (2021) als basis: geen sterfte, één migratiefactor voor de hele regio.',
    spread:
      'De verdeling van kinderen over de vakken binnen een gemeente blijft die van 2021 (geen nieuwbouwwijken).',
    choice:
      'Het keuzemodel kent afstand en richting, niet de kwaliteit of het concept van een school (zie "Hoe goed ' +
      'klopt het model?").',
    trend:
      'De geboortetrend uit de data bevat ook het verhuizen van jonge gezinnen, en gaat ervan uit dat de trend ' +
      'van de afgelopen jaren doorzet.',
    window:
      'Alleen 2023-2035: een school die al vóór 2023 onder de norm zat bereikt de regel hier pas in 2025; ' +
      'uitzonderingen in de wet zijn niet gemodelleerd.',
    distance: 'Afstand hemelsbreed maal omrijfactor; drempel en regels verschillen per gemeente.',
    buildings:
      'Echte gebouwen en kosten kennen we niet: het overschot is ten opzichte van de normatieve omvang van 2023.'
  },
  note: 'De volledige uitleg met rekenvoorbeelden staat in docs/method.md.'
} as const;
