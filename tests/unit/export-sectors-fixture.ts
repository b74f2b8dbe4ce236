/**
 * The shared part of export-sectors.test.ts and export-sectors-files.test.ts: the Achterhoek bundle, the import
 * options against it, and the text of a scenario PDF.
 */
import type { Edit, Report, SectorId } from '../../src/lib/engine/index';
import { scenarioPdf } from '../../src/lib/export/pdf';
import { postcodeLookup } from '../../src/lib/import/index';
import { loadRealBundle } from '../fixtures/engine/helpers';

export const bundle = loadRealBundle('achterhoek');
export const importOptions = {
  postcodes: postcodeLookup(bundle.postcodes),
  regionBbox: bundle.meta.bbox
};

/** The text drawn on the pages (content streams uncompressed), WinAnsi escapes undone. */
export function pdfText(doc: { output: () => string }): string[] {
  const out: string[] = [];
  const re = /\(((?:\\.|[^\\)])*)\)\s*Tj/g;
  const raw = doc.output();
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    out.push(
      m[1]
        .replace(/\\([()\\])/g, '$1')
        .replace(/\\(\d{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)))
        .replace(
          /[\x85\x91-\x96]/g,
          (c) => ({ '\x85': '…', '\x91': '‘', '\x92': '’', '\x93': '“', '\x94': '”', '\x96': '–' })[c]!
        )
    );
  }
  return out;
}

export const DATE = new Date('2025-03-14T12:00:00Z');

export function scenarioText(
  name: string,
  edits: Edit[],
  report: Report<SectorId>,
  baseline: Report<SectorId>
) {
  const doc = scenarioPdf(
    { regionName: 'Achterhoek', date: DATE, scenario: { name, edits, report }, baseline },
    { compress: false }
  );
  return pdfText(doc);
}
