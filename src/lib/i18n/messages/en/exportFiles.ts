/** English messages, namespace `exportFiles`: the same keys as ../nl/exportFiles.ts. */
import type { Strings } from '../types';
import type { exportFiles as nl } from '../nl/exportFiles';

export const exportFiles: Strings<typeof nl> = {
  scenarios: 'Scenarios',
  scenarioJson: 'This scenario (JSON)',
  scenarioJsonHint: 'to import later',
  sessionJson: 'All scenarios (JSON)',
  sessionJsonHint: 'the whole session in one file',
  reports: 'For reports',
  pdf: 'PDF report',
  pdfHint: 'map, indicators, changes, {many}, sources',
  png: 'Map as PNG',
  pngHint: 'with title and legend',
  tables: 'Tables',
  facilitiesNl: '{Many} (CSV, Dutch Excel)',
  facilitiesPlain: '{Many} (CSV, comma)',
  nlHint: 'semicolon, decimal comma',
  plainHint: 'for R, Python, LibreOffice',
  demandNl: 'Grid cells (CSV, Dutch Excel)',
  demandPlain: 'Grid cells (CSV, comma)',
  demandHint: 'distance per 1 km cell',
  geojson: '{Many} (GeoJSON)',
  geojsonHint: 'for QGIS and other GIS',
  mapNotReady: 'The map has not been drawn yet; please try again in a moment.',
  nothingToSave: 'there is no scenario with data to save yet.',
  unknownExport: "Unknown export ''{kind}''.",
  imageUnreadable: 'The map image could not be read.',
  noCanvas: 'This browser cannot make an image.',
  many: { scholen: 'schools', voorzieningen: 'facilities' }
};
