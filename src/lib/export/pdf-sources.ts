/**
 * The data sources behind every figure of a report, with the attribution their licence asks for. Taken from
 * geodata/manifest.json and the PROVENANCE files of ../shared/opendata; a report that leaves the building must
 * carry them. Update this list together with the geodata build when a source changes.
 */
export interface SourceLine {
  what: string;
  source: string;
  licence: string;
}

export const DATA_SOURCES: readonly SourceLine[] = [
  {
    what: 'Scholen, richting en leerlingen (1-10-2023)',
    source: 'DUO open onderwijsdata; adressen Kadaster BAG (via EduGIS)',
    licence: 'CC0'
  },
  {
    what: 'Opheffingsnormen basisonderwijs (geldend 2016)',
    source: 'Ministerie van OCW / DUO, Staatscourant',
    licence: 'publiek domein (regelgeving)'
  },
  {
    what: 'Gemeentegrenzen (1-1-2016)',
    source: 'CBS / Kadaster, PDOK CBS Gebiedsindelingen',
    licence: 'CC BY, "Bron: CBS / Kadaster, 2016"'
  },
  {
    what: 'Inwoners 0-14 jaar per 1 km-rastercel (2021)',
    source:
      'Eurostat, Census 2021 population grid (gegevens voor NL: CBS); geometrie © EuroGeographics / GISCO',
    licence: 'hergebruik met bronvermelding'
  },
  {
    what: 'Leeftijdsopbouw en woonplaats per postcodegebied (PC4, 2021)',
    source: 'CBS StatLine 83502NED en Kerncijfers per postcode (© CBS, © ESRI Nederland)',
    licence: 'CC BY 4.0'
  },
  {
    what: 'Krimp- en anticipeerregio’s',
    source: 'Ministerie van BZK, Actieplan Bevolkingsdaling 2016 (bijlage II)',
    licence: 'overheidspublicatie'
  }
];

/** How the figures are computed, in one paragraph for the report. */
export const METHOD_NOTE =
  'Berekend met de open Transitieatlas. Afstand: van het midden van elke 1 km-rastercel naar de ' +
  'dichtstbijzijnde open school (ook net buiten de regio), hemelsbreed of maal de omwegfactor. Kinderen: ' +
  'inwoners 0-14 jaar per cel maal het aandeel van de schoolgaande leeftijden in de gemeente.';
