/**
 * The entries of the export menu (what ExportMenu lists). Apart from exports.ts, which builds the files: that module
 * (CSV, GeoJSON, PNG; the PDF from there) loads when an export is chosen, not with the page.
 */
import { capital, sectorTerms } from '$lib/sectors/terms';

export type ExportKind =
  | 'scenario-json'
  | 'session-json'
  | 'facilities-csv-nl'
  | 'facilities-csv-plain'
  | 'demand-csv-nl'
  | 'demand-csv-plain'
  | 'geojson'
  | 'png'
  | 'pdf';

export interface ExportEntry {
  kind: ExportKind;
  label: string;
  hint: string;
}

/** The export menu of a sector: the facility tables are named after its facilities ("Scholen", "Voorzieningen"). */
export function exportGroups(sector: string): readonly { group: string; entries: ExportEntry[] }[] {
  const terms = sectorTerms(sector);
  const Many = capital(terms.many);
  return [
    {
      group: 'Scenario’s',
      entries: [
        { kind: 'scenario-json', label: 'Dit scenario (JSON)', hint: 'om later te importeren' },
        { kind: 'session-json', label: 'Alle scenario’s (JSON)', hint: 'de hele sessie in één bestand' }
      ]
    },
    {
      group: 'Voor rapporten',
      entries: [
        { kind: 'pdf', label: 'PDF-rapport', hint: `kaart, indicatoren, ingrepen, ${terms.many}, bronnen` },
        { kind: 'png', label: 'Kaart als PNG', hint: 'met titel en legenda' }
      ]
    },
    {
      group: 'Tabellen',
      entries: [
        { kind: 'facilities-csv-nl', label: `${Many} (CSV, Excel NL)`, hint: 'puntkomma, decimale komma' },
        { kind: 'facilities-csv-plain', label: `${Many} (CSV, komma)`, hint: 'voor R, Python, LibreOffice' },
        { kind: 'demand-csv-nl', label: 'Rastercellen (CSV, Excel NL)', hint: 'afstand per 1 km-cel' },
        { kind: 'demand-csv-plain', label: 'Rastercellen (CSV, komma)', hint: 'afstand per 1 km-cel' },
        { kind: 'geojson', label: `${Many} (GeoJSON)`, hint: 'voor QGIS en andere GIS' }
      ]
    }
  ];
}
