/**
 * The year section of the scenario PDF on the real Achterhoek bundle: rows from the engine's two year series,
 * written as the report shows them (pupils rounded, below-norm counts, cost difference).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvaluator, type Edit } from '../../src/lib/engine/index';
import { validateBundle } from '../../src/lib/engine/geodata/validate';
import { scenarioPdf } from '../../src/lib/export/pdf';
import { yearRows } from '../../src/lib/export/pdf-years';

const file = join(__dirname, '../../geodata/bundles/achterhoek.json');
const bundle = validateBundle(JSON.parse(readFileSync(file, 'utf8')), file);

/** The strings drawn with Tj (content streams uncompressed). */
const strings = (pdf: string) => [...pdf.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)].map((m) => m[1]);

describe('scenario PDF: prognosis per year', () => {
  const edits: Edit[] = [{ op: 'close', facility: '14ZK00' }];
  const options = { prognosis: { birthTrend: -0.01 } };
  const ev = createEvaluator(bundle, 'po');
  const base = ev.years([], options);
  const scen = ev.years(edits, options);

  it('takes one row per year from both series', () => {
    const rows = yearRows(base, scen);
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 13 }, (_, i) => 2023 + i));
    const last = rows[12];
    expect(last.pupils).toEqual([base.totals.pupils[12], scen.totals.pupils[12]]);
    expect(last.belowNorm).toEqual([base.totals.belowNorm[12], scen.totals.belowNorm[12]]);
    expect(last.costs[1]).toBeLessThan(last.costs[0]); // one location fewer costs less
    // The same figures as `evaluate --year 2035 --birth-trend -0.01` (the engine's year report).
    expect(Math.round(last.pupils[1])).toBe(
      Math.round(ev.yearReport(edits, 2035, options).summary.pupilsTotal)
    );
  });

  it('writes the section with the 2035 figures', () => {
    const report = ev.report(edits);
    const doc = scenarioPdf(
      {
        regionName: 'Achterhoek',
        date: new Date('2026-11-27T12:00:00Z'),
        scenario: { name: 'Kilder dicht', edits, report },
        baseline: ev.report([]),
        years: { note: 'Geboortetrend -1 % per jaar.', rows: yearRows(base, scen) }
      },
      { compress: false }
    );
    const text = strings(doc.output());
    expect(text).toContain('Prognose per jaar');
    expect(text).toContain('2035');
    const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
    expect(text).toContain(nl.format(Math.round(scen.totals.pupils[12])));
    expect(text).toContain(String(scen.totals.belowNorm[12]));
  });
});
