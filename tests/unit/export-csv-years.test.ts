/** The facility CSV with the prognosis of a year, on the real Achterhoek bundle, against the engine's year report. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createEvaluator, type Edit } from '../../src/lib/engine/index';
import { validateBundle } from '../../src/lib/engine/geodata/validate';
import { facilityCsv, facilityYearCsv, parseFacilityCsv } from '../../src/lib/export/csv';

const file = join(__dirname, '../../geodata/bundles/achterhoek.json');
const bundle = validateBundle(JSON.parse(readFileSync(file, 'utf8')), file);

describe('facility CSV with a year', () => {
  const ev = createEvaluator(bundle, 'po');
  const edits: Edit[] = [{ op: 'close', facility: '14ZK00' }];
  const options = { prognosis: { birthTrend: -0.01 } };
  const yr = ev.yearReport(edits, 2035, options);

  it('adds the year columns with the engine figures; the base columns stay those of 1-10-2023', () => {
    const csv = facilityYearCsv(yr, 2035, 'plain');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0]).slice(-5)).toEqual([
      'lat',
      'leerlingen prognose 2035',
      'normmarge 2035',
      'eerste jaar onder norm',
      'opheffingsregel vanaf'
    ]);
    expect(Object.keys(rows[0])).toContain('leerlingen 2023');
    expect(rows).toHaveLength(yr.facilities.length);
    for (const [i, f] of yr.facilities.entries()) {
      expect(rows[i].vestigingscode).toBe(f.id);
      expect(Number(rows[i]['leerlingen prognose 2035'])).toBeCloseTo(f.pupilsProjected, 1);
      expect(rows[i]['eerste jaar onder norm']).toBe(
        f.firstYearBelowNorm === null ? '' : String(f.firstYearBelowNorm)
      );
      expect(rows[i]['opheffingsregel vanaf']).toBe(f.ruleYear === null ? '' : String(f.ruleYear));
    }
    expect(rows.find((r) => r.vestigingscode === '14ZK00')?.status).toBe('gesloten');
  });

  it('reads back with parseFacilityCsv in both dialects (the year columns are passed over)', () => {
    for (const dialect of ['nl', 'plain'] as const) {
      const back = parseFacilityCsv(facilityYearCsv(yr, 2035, dialect));
      const plain = parseFacilityCsv(facilityCsv(ev.report(edits), dialect));
      expect(back.map((r) => [r.id, r.status, r.pupilsBase, r.pupils])).toEqual(
        plain.map((r) => [r.id, r.status, r.pupilsBase, r.pupils])
      );
    }
  });
});
