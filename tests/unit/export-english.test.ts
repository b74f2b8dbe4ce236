/**
 * The exports in English: with the page's language English (the locale mocked, as `?lang=en` gives it in the
 * browser) the human CSV's headers, the export menu and the PDF's words are English; the plain CSV keeps its Dutch
 * column names, and the human CSV reads back. The Dutch files are checked exactly by the other export tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/lib/i18n/locale', async (original) => ({
  ...(await original<typeof import('../../src/lib/i18n/locale')>()),
  detectLocale: () => 'en'
}));

import { createEvaluator, type Edit, type Report, type SectorId } from '../../src/lib/engine/index';
import { validateBundle } from '../../src/lib/engine/geodata/validate';
import { LOCALE } from '../../src/lib/i18n/catalogue';
import {
  facilityCsv,
  facilityRows,
  facilityYearCsv,
  demandCsv,
  parseFacilityCsv
} from '../../src/lib/export/csv';
import { exportGroups } from '../../src/lib/export/export-groups';
import { scenarioPdf } from '../../src/lib/export/pdf';
import { editText, facilityIndex, formatDifference, parametersText } from '../../src/lib/text/report-text';

let base: Report<SectorId>;
let closed: Report<SectorId>;
const edits: Edit[] = [{ op: 'close', facility: '11TN00' }];
let ev: ReturnType<typeof createEvaluator>;

beforeAll(() => {
  const file = join(__dirname, '../../geodata/bundles/achterhoek.json');
  const bundle = validateBundle(JSON.parse(readFileSync(file, 'utf8')), file);
  ev = createEvaluator(bundle, 'po');
  base = ev.report([]);
  closed = ev.report(edits);
});

/** The strings a PDF draws (uncompressed content streams), as in export-pdf.test.ts. */
function pdfStrings(pdf: string): string[] {
  const out: string[] = [];
  const re = /\(((?:\\.|[^\\)])*)\)\s*Tj/g;
  for (let m = re.exec(pdf); m; m = re.exec(pdf)) out.push(m[1].replace(/\\([()\\])/g, '$1'));
  return out;
}

describe('exports in English', () => {
  it('runs with the page in English', () => {
    expect(LOCALE).toBe('en');
  });

  it('the human CSV has English headers; the plain CSV keeps its Dutch column names', () => {
    expect(facilityCsv(closed, 'nl').split('\r\n')[0]).toBe(
      '\uFEFFschool code;name;place;municipality code;municipality;context;status;pupils 2023;pupils scenario;' +
        'capacity;norm;below norm;lon;lat'
    );
    expect(facilityCsv(closed, 'plain').split('\r\n')[0]).toBe(
      'vestigingscode,naam,plaats,gemeentecode,gemeente,context,status,leerlingen 2023,leerlingen scenario,' +
        'capaciteit,norm,onder norm,lon,lat'
    );
    expect(demandCsv(closed, 'nl').split('\r\n')[0]).toBe('\uFEFFcell;lon;lat;weight;nearest;distance m');
    expect(demandCsv(closed, 'plain').split('\r\n')[0]).toBe(
      'cel,lon,lat,gewicht,dichtstbijzijnde,afstand m'
    );
  });

  it('the English human CSV reads back', () => {
    expect(parseFacilityCsv(facilityCsv(closed, 'nl'))).toEqual(facilityRows(closed));
  });

  it('the year CSV names its prognosis columns in English and reads back', () => {
    const yr = createYearReport();
    const csv = facilityYearCsv(yr, 2030, 'nl');
    expect(csv.split('\r\n')[0]).toMatch(
      /;pupils projected 2030;norm margin 2030;first year below norm;closure rule from$/
    );
    expect(parseFacilityCsv(csv).length).toBe(closed.facilities.length);
  });

  it('the export menu is English', () => {
    const groups = exportGroups('po');
    expect(groups.map((g) => g.group)).toEqual(['Scenarios', 'For reports', 'Tables']);
    const labels = groups.flatMap((g) => g.entries.map((e) => e.label));
    expect(labels).toContain('PDF report');
    expect(labels).toContain('Schools (CSV, Dutch Excel)');
    expect(labels).toContain('Grid cells (CSV, comma)');
  });

  it('edits, parameters and differences in English with English numbers', () => {
    const byId = facilityIndex(closed.facilities);
    expect(editText(edits[0], byId)).toMatch(/^Close: .+ \(Haarlo\)$/);
    expect(parametersText({ ...closed.parameters, detourFactor: 1.3 }, 'po')).toMatch(
      /^Straight-line distance × detour factor 1\.3; pupils of a closed school: /
    );
    expect(formatDifference(0.0123, 'share')).toBe('+1.2 %-pt');
    expect(formatDifference(1234, 'm')).toBe('+1.23 km');
  });

  it('the PDF report speaks English', () => {
    const doc = scenarioPdf(
      {
        regionName: 'Achterhoek',
        date: new Date('2025-03-14T12:00:00Z'),
        scenario: { name: 'Closing Haarlo', edits, report: closed },
        baseline: base
      },
      { compress: false }
    );
    const all = pdfStrings(doc.output()).join('\n');
    for (const word of [
      'Region',
      'Date',
      'Assumptions',
      'Indicators',
      'Changes',
      'Place',
      'Sources and licences'
    ])
      expect(all).toContain(word);
    expect(all).toContain('14 March 2025');
    expect(all).toMatch(/page 1 of \d/);
    expect(all).toMatch(/Close: .+ \(Haarlo\)/);
    for (const dutch of ['Indicatoren', 'Ingrepen', 'Bronnen en licenties', 'Datum', 'pagina 1 van'])
      expect(all).not.toContain(dutch);
  });
});

function createYearReport() {
  return ev.yearReport(edits, 2030, { prognosis: { birthTrend: -0.01 } });
}
