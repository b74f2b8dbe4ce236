/**
 * The PDF report, generated in Node with jsPDF on the real Achterhoek bundle: the text of the document (content
 * streams uncompressed) holds the region name, the indicator values as the report-text module formats them, the
 * edits in Dutch, the facility table (every region school) and the source attributions.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEvaluator, type Edit, type Evaluator, type Report } from '../../src/lib/engine/index';
import { validateBundle } from '../../src/lib/engine/geodata/validate';
import { comparePdf, pdfFileName, scenarioPdf } from '../../src/lib/export/pdf';
import { formatDifference, formatIndicator, formatPupils } from '../../src/lib/text/report-text';
import { DATA_SOURCES } from '../../src/lib/export/pdf-sources';

/** A small valid RGB PNG (a gradient) as a data URL, so the image path of the writer runs without a browser. */
function pngDataUrl(width: number, height: number): string {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      raw.set([(x * 255) / width, 120, (y * 255) / height], y * (width * 3 + 1) + 1 + x * 3);
  }
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0))
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
const PNG = pngDataUrl(160, 90);

let ev: Evaluator;
let base: Report;

/**
 * The text drawn on the pages: jsPDF writes each string as `(...) Tj` in WinAnsi; undo its escapes. Strings are
 * split at page and cell boundaries only, so every value we look for is one string.
 */
function pdfStrings(pdf: string): string[] {
  const out: string[] = [];
  const re = /\(((?:\\.|[^\\)])*)\)\s*Tj/g;
  for (let m = re.exec(pdf); m; m = re.exec(pdf)) {
    out.push(
      m[1].replace(/\\([()\\])/g, '$1').replace(/\\(\d{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)))
    );
  }
  return out;
}

/** WinAnsi bytes (as jsPDF writes them) back to text for the few non-ASCII characters we use. */
const winAnsi = (s: string) =>
  s.replace(
    /[\x85\x91-\x96]/g,
    (c) => ({ '\x85': '…', '\x91': '‘', '\x92': '’', '\x93': '“', '\x94': '”', '\x96': '–' })[c]!
  );

beforeAll(() => {
  const file = join(__dirname, '../../geodata/bundles/achterhoek.json');
  const bundle = validateBundle(JSON.parse(readFileSync(file, 'utf8')), file);
  ev = createEvaluator(bundle, 'po');
  base = ev.report([]);
});

describe('scenario PDF', () => {
  it('holds the region, the indicator values, every region school and the sources (baseline)', () => {
    const doc = scenarioPdf(
      {
        regionName: 'Achterhoek',
        date: new Date('2025-03-14T12:00:00Z'),
        scenario: { name: 'Huidige situatie', edits: [], report: base },
        baseline: base,
        mapImage: PNG
      },
      { compress: false }
    );
    const raw = doc.output();
    expect(raw.startsWith('%PDF-')).toBe(true);
    const text = pdfStrings(raw).map(winAnsi);
    const all = text.join('\n');
    expect(all).toContain('Achterhoek');
    expect(all).toContain('Basisonderwijs');
    expect(all).toContain('14 maart 2025');
    expect(all).toContain('Afstand hemelsbreed (omwegfactor 1)');
    // Indicator values exactly as formatted for the table.
    const s = base.summary;
    expect(text).toContain(formatIndicator(s.openFacilities, 'count'));
    expect(text).toContain(formatIndicator(s.distanceM.mean, 'm'));
    expect(text).toContain(formatIndicator(s.distanceM.p90, 'm'));
    expect(text).toContain(formatIndicator(s.shareWithin['1000'], 'share'));
    expect(text).toContain(formatIndicator(s.belowNorm, 'count'));
    expect(formatIndicator(s.openFacilities, 'count')).toBe('132');
    // Every region school is in the table (names may be cut with an ellipsis, so compare the start).
    const region = base.facilities.filter((f) => !f.context);
    for (const f of region) {
      expect(
        text.some((t) => t === f.name || (t.endsWith('…') && f.name.startsWith(t.slice(0, -1)))),
        f.name
      ).toBe(true);
    }
    for (const src of DATA_SOURCES) expect(all).toContain(src.licence.slice(0, 12));
    expect(all).toMatch(/pagina 1 van \d/);
    expect(doc.getNumberOfPages()).toBeGreaterThanOrEqual(4);
  });

  it('lists the edits in Dutch with the pupils that move, and shows the change', () => {
    const edits: Edit[] = [
      { op: 'close', facility: '11TN00' },
      { op: 'capacity', facility: '13YQ00', capacity: 250 }
    ];
    const report = ev.report(edits);
    const doc = scenarioPdf(
      {
        regionName: 'Achterhoek',
        date: new Date(),
        scenario: { name: 'Sluiting Haarlo', edits, report },
        baseline: base
      },
      { compress: false }
    );
    const text = pdfStrings(doc.output()).map(winAnsi);
    const all = text.join('\n');
    const to = report.facilities.find((f) => f.id === report.flows[0].to)!;
    expect(all).toContain(
      `1. Sluiten: Openbare Basisschool De Voshaar (Haarlo); 24 leerlingen naar ${to.name}`
    );
    expect(all).toMatch(/2\. Capaciteit .*: 250 leerlingen/);
    expect(text).toContain(formatDifference(-1, 'count', '-'));
    expect(text).toContain(
      formatDifference(report.summary.distanceM.mean! - base.summary.distanceM.mean!, 'm', '-')
    );
    expect(text).toContain(formatPupils(24 + to.pupilsBase!));
  });
});

describe('comparison PDF', () => {
  it('holds both names, A, B and B - A for the indicators and the schools that differ', () => {
    const ea: Edit[] = [{ op: 'close', facility: '11TN00' }];
    const eb: Edit[] = [{ op: 'merge', facility: '03AI00', into: '12NX00' }];
    const ra = ev.report(ea);
    const rb = ev.report(eb);
    const doc = comparePdf(
      {
        regionName: 'Achterhoek',
        date: new Date(),
        a: { name: 'Maximale spreiding', edits: ea, report: ra },
        b: { name: 'Clustering in centrumkernen', edits: eb, report: rb },
        mapImage: PNG,
        differenceImage: PNG
      },
      { compress: false }
    );
    const raw = doc.output();
    const text = pdfStrings(raw).map(winAnsi);
    const all = text.join('\n');
    if (process.env.PDF_OUT) {
      mkdirSync(process.env.PDF_OUT, { recursive: true });
      writeFileSync(join(process.env.PDF_OUT, 'compare.pdf'), raw, 'binary');
    }
    expect(all).toContain('Achterhoek');
    expect(all).toContain('Maximale spreiding en Clustering in centrumkernen');
    expect(text).toContain(formatIndicator(ra.summary.distanceM.mean, 'm'));
    expect(text).toContain(formatIndicator(rb.summary.distanceM.mean, 'm'));
    expect(text).toContain(
      formatDifference(rb.summary.distanceM.mean! - ra.summary.distanceM.mean!, 'm', '-')
    );
    expect(all).toContain('Samenvoegen:');
    expect(all).toContain('gesloten, 0');
    expect(all).toContain('samengevoegd, 0');
  });

  it('names its file after region and scenario', () => {
    expect(pdfFileName('achterhoek', 'Eén school per dorp')).toBe(
      'transitieatlas-achterhoek-een-school-per-dorp.pdf'
    );
  });
});
