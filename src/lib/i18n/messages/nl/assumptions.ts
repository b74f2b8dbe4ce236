/**
 * Dutch messages, namespace `assumptions`: the parameters of the year series in the panel. The labels and sources
 * are the engine's (engine/costs.ts `assumptions`, which the CLI prints); a unit test keeps them equal.
 */
export const assumptions = {
  heading: 'Aannames',
  aria: 'Aannames van de prognose',
  unit: {
    percentPerYear: '% per jaar',
    km: 'km',
    m2: 'm²',
    euroPerYear: '€ per jaar'
  },
  trendFromData: 'trend uit de data',
  normsFile: 'Normen: {name} ({year})',
  normsLegal: 'Normen: wettelijke normen {year}',
  normsDefault: 'standaardnormen',
  normsLoad: 'Normen laden (CSV)',
  normsError: '{error} De normen zijn niet gewijzigd.',
  label: {
    birthTrend: 'Jaarlijkse verandering van het aantal geboorten na 2021',
    birthBand: 'Bandbreedte: lage en hoge variant van de geboortetrend (min en plus)',
    migration: 'Jaarlijkse netto migratie, op alle leeftijden',
    thresholdM:
      'Afstand tot de dichtstbijzijnde open school waarboven een kind recht heeft op leerlingenvervoer',
    fixedM2: {
      po: 'Vaste normatieve vloeroppervlakte per basisschool',
      vo: 'Vaste normatieve vloeroppervlakte per vo-vestiging'
    },
    perPupilM2: {
      po: 'Normatieve vloeroppervlakte per leerling (basisonderwijs)',
      vo: 'Normatieve vloeroppervlakte per leerling (voortgezet onderwijs)'
    },
    perLocation: 'Vaste kosten per open locatie per jaar (beheer, onderhoud, energie)',
    perM2: 'Kosten per m² schoolgebouw in gebruik per jaar',
    perTransportPupil: 'Kosten van leerlingenvervoer per leerling per jaar'
  },
  source: {
    user: 'ingesteld door de gebruiker',
    birthTrend:
      'afgeleid uit de data: cohort 0-4 tegen 5-9 jaar per gemeente (CBS 2021); hier de regio samen',
    birthBand: 'aanname: 1 % per jaar',
    migration: 'aanname: geen netto migratie (0 %)',
    thresholdM: 'aanname: 6 km, de gebruikelijke grens in gemeentelijke verordeningen leerlingenvervoer (po)',
    floor: {
      po: 'aanname op basis van de normbekostiging huisvesting PO (200 m² vast + 5,03 m² per leerling); aanpasbaar',
      vo: 'aanname (1500 m² vast + 8 m² per leerling), geen officiële norm; stel de waarde van uw regio in'
    },
    assumption: 'aanname',
    transportVo:
      'aanname: 0, gemeenten vervoeren vo-leerlingen alleen in bijzondere gevallen (bijvoorbeeld met een beperking)'
  }
} as const;
