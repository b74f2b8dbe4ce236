/** Dutch messages, namespace `common` (see ../nl.ts). */
export const common = {
  unknown: 'onbekend',
  regionType: { krimpregio: 'krimpregio', anticipeerregio: 'anticipeerregio', land: 'heel Nederland' },
  sector: { po: 'Basisonderwijs', vo: 'Voortgezet onderwijs', so: 'Speciaal onderwijs' },
  sectorShort: { po: 'Basis', vo: 'Voortgezet', so: 'Speciaal' },
  sectorNoun: { po: 'basisscholen', vo: 'vo-scholen', so: 'so-scholen' },
  engineSector: { po: 'Basisonderwijs', vo: 'Voortgezet' },
  sourcesLine:
    'Bron: CBS/Kadaster (gemeenten 2016), DUO (scholen, leerlingen 1-10-2023), Eurostat/CBS (1 km-raster 2021)',
  pointsDelta: '{value} %-punt'
} as const;
