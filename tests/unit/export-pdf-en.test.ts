/**
 * The PDF reports in English (the locale mocked, as `?lang=en` gives it in the browser): headings, captions, the
 * edit list, the facility tables, the sources and the method note are English; data names (schools, places) and
 * the published source titles stay as published. The Dutch PDF is checked exactly by export-pdf.test.ts and
 * export-sectors.test.ts.
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
import { comparePdf, methodNote, reportSources, scenarioPdf } from '../../src/lib/export/pdf';
import { DATA_SOURCES, METHOD_NOTE } from '../../src/lib/export/pdf-sources';
import { premises } from '../../src/lib/export/pdf-sections';
import { sectorLabel } from '../../src/lib/export/sector-label';
import { yearNote } from '../../src/lib/export/pdf-years';
import { formatPupils } from '../../src/lib/text/report-text';
import { sectorTerms } from '../../src/lib/sectors/terms';

let base: Report<SectorId>;
let closed: Report<SectorId>;
const edits: Edit[] = [{ op: 'close', facility: '11TN00' }];
const DATE = new Date('2025-03-14T12:00:00Z');

beforeAll(() => {
  const file = join(__dirname, '../../geodata/bundles/achterhoek.json');
  const bundle = validateBundle(JSON.parse(readFileSync(file, 'utf8')), file);
  const ev = createEvaluator(bundle, 'po');
  base = ev.report([]);
  closed = ev.report(edits);
});

/** The strings a PDF draws (uncompressed content streams), WinAnsi escapes undone. */
function pdfStrings(doc: { output: () => string }): string[] {
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

/** Dutch running text of the reports that must not appear on an English page. */
const DUTCH = [
  'Ingrepen',
  'ingreep',
  'Kaart van',
  'Kernen zonder',
  'die verschillen',
  'Alle scholen',
  'Scholen',
  'Leerlingen',
  'leerlingen',
  'Lln.',
  ' naar ',
  'Bronnen',
  'Licentie',
  'Berekend',
  'Afstand',
  'buiten regio',
  'bestaat niet',
  'onder norm',
  'Geen ingrepen',
  'huidige situatie',
  'Basisonderwijs',
  'Inwoners',
  'hergebruik',
  'overheidspublicatie',
  'Verschil'
];

describe('the PDF reports in English', () => {
  it('the scenario report: headings, facts, edit, table and sources in English', () => {
    const text = pdfStrings(
      scenarioPdf(
        {
          regionName: 'Achterhoek',
          date: DATE,
          scenario: { name: 'Closing Haarlo', edits, report: closed },
          baseline: base
        },
        { compress: false }
      )
    );
    const all = text.join('\n');
    for (const s of ['Primary education', '14 March 2025', '1 change', 'Schools', 'School'])
      expect(text).toContain(s);
    expect(all).toMatch(/Pupils\s+2023/);
    expect(all).toMatch(/Pupils\s+scenario/);
    if (process.env.PDF_DUMP) console.log(all);
    const flow = closed.flows[0];
    const from = closed.facilities.find((f) => f.id === '11TN00')!;
    const to = closed.facilities.find((f) => f.id === flow.to)!;
    expect(all).toContain(
      `1. Close: ${from.name} (Haarlo); ${formatPupils(flow.pupils)} pupils to ${to.name}`
    );
    expect(all).toContain('Sources and licences');
    expect(all).toContain('Schools, denomination and pupils (1-10-2023): DUO open onderwijsdata');
    expect(all).toContain('public domain (legislation)');
    expect(all).toContain('Calculated with the open Transitieatlas.');
    for (const dutch of DUTCH) expect(all, dutch).not.toContain(dutch);
  });

  it('the comparison report in English', () => {
    const text = pdfStrings(
      comparePdf(
        {
          regionName: 'Achterhoek',
          date: DATE,
          a: { name: 'Now', edits: [], report: base },
          b: { name: 'Closing Haarlo', edits, report: closed }
        },
        { compress: false }
      )
    );
    const all = text.join('\n');
    for (const s of [
      'Now and Closing Haarlo',
      'Changes in A: Now',
      'Changes in B: Closing Haarlo',
      'No changes: the current situation.',
      'Schools that differ',
      'All schools',
      'Status A',
      'Difference B - A'
    ])
      expect(all).toContain(s);
    expect(all).toMatch(/A: status,\s*\n?pupils/);
    expect(all).toContain('Now (no changes)');
    for (const dutch of DUTCH) expect(all, dutch).not.toContain(dutch);
  });

  it('premises, sources, method note and the prognosis note, exactly', () => {
    const po = sectorTerms('po');
    expect(['po', 'vo', 'zorg'].map((id) => sectorLabel(id))).toEqual([
      'Primary education',
      'Secondary education',
      'Care'
    ]);
    expect(sectorLabel({ ...po, name: 'Eigen indeling' })).toBe('Eigen indeling');
    expect(premises(closed, po)).toMatch(/^Straight-line distance .*; pupils 1-10-2023$/);
    expect(METHOD_NOTE).toBe(
      'Calculated with the open Transitieatlas. Distance: from the centre of each 1 km grid cell to the nearest ' +
        'open school (including just outside the region), as the crow flies or times the detour factor. Children: ' +
        'inhabitants aged 0-14 per cell times the share of school ages in the municipality.'
    );
    expect(DATA_SOURCES.map((s) => s.kind)).toEqual([
      'schools',
      'norms',
      'boundaries',
      'grid',
      'pc4',
      'regions'
    ]);
    expect(DATA_SOURCES[2].licence).toBe('CC BY, attribution "Bron: CBS / Kadaster, 2016"');
    const sport = sectorTerms('sport');
    expect(methodNote({ ...closed, sector: 'sport' }, sport)).toBe(
      'Calculated with the open Transitieatlas. Distance: from the centre of each 1 km grid cell to the nearest ' +
        'open facility (including just outside the region), as the crow flies or times the detour factor. Counted: ' +
        'inhabitants per cell times the share of the ages the sector serves, per municipality. On closure the ' +
        'visitors go to the nearest open facility; on a merger, to the chosen facility.'
    );
    expect(reportSources({ ...closed, demandSource: 'import' }, sport).map((s) => s.what)).toEqual([
      'Facilities and visitors',
      'Municipal boundaries (1-1-2016)',
      'Inhabitants per area or point',
      'Age structure and place of residence per postcode area (PC4, 2021)',
      'Population decline and anticipation regions (krimp- en anticipeerregio’s)'
    ]);
    expect(yearNote({ fromData: true, trend: '-0.5' }, '+0', '5')).toBe(
      'Birth trend per municipality from the data (region -0.5 %) and migration +0 % a year; school transport ' +
        'beyond 5 km. Projection per municipality from the CBS age structure of 2021 (see "How do we calculate?"); ' +
        'the norms of 2016. Costs are assumptions.'
    );
  });
});
