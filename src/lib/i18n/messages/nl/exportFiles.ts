/** Dutch messages, namespace `exportFiles`: the export menu of the workshop screen. */
export const exportFiles = {
  scenarios: 'Scenario’s',
  scenarioJson: 'Dit scenario (JSON)',
  scenarioJsonHint: 'om later te importeren',
  sessionJson: 'Alle scenario’s (JSON)',
  sessionJsonHint: 'de hele sessie in één bestand',
  reports: 'Voor rapporten',
  pdf: 'PDF-rapport',
  pdfHint: 'kaart, indicatoren, ingrepen, {many}, bronnen',
  png: 'Kaart als PNG',
  pngHint: 'met titel en legenda',
  tables: 'Tabellen',
  facilitiesNl: '{Many} (CSV, Excel NL)',
  facilitiesPlain: '{Many} (CSV, komma)',
  nlHint: 'puntkomma, decimale komma',
  plainHint: 'voor R, Python, LibreOffice',
  demandNl: 'Rastercellen (CSV, Excel NL)',
  demandPlain: 'Rastercellen (CSV, komma)',
  demandHint: 'afstand per 1 km-cel',
  geojson: '{Many} (GeoJSON)',
  geojsonHint: 'voor QGIS en andere GIS',
  many: { scholen: 'scholen', voorzieningen: 'voorzieningen' }
} as const;
