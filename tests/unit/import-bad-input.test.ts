/**
 * The bad-input corpus: every file in tests/fixtures/bad-input is named after its fault and has an entry in
 * expected.json (code, place, message fragment). Each import must report exactly that problem, never throw, and
 * leave the options it was given (preset, postcode lookup, bbox, mapping) exactly as they were.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDemand, importFacilities, type ImportOptions, type Problem } from '../../src/lib/import';
import type { DemandOptions } from '../../src/lib/import/demand';
import { getPreset } from '../../src/lib/engine/sectors/presets';

const DIR = fileURLToPath(new URL('../fixtures/bad-input', import.meta.url));

interface Expectation {
  code: string;
  messageIncludes: string;
  severity?: 'fout' | 'waarschuwing';
  row?: number;
  column?: string;
  feature?: number;
  property?: string;
  /** Preset id; default 'po'. */
  preset?: string;
  /** 'demand' runs importDemand instead of importFacilities. */
  kind?: 'facilities' | 'demand';
  options?: { noPostcodes?: boolean; mapping?: Record<string, string> };
}

const expected: Record<string, Expectation> = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));
const files = readdirSync(DIR).filter((f) => f !== 'expected.json' && f !== 'README.md');

/** A few Achterhoek PC4 points (from the bundle) and the region bbox, so the corpus needs no bundle. */
function achterhoekLookup(): Map<string, { lon: number; lat: number }> {
  return new Map([
    ['7101', { lon: 6.7213, lat: 51.9716 }],
    ['7141', { lon: 6.6152, lat: 52.0421 }],
    ['7161', { lon: 6.6131, lat: 52.1349 }],
    ['7271', { lon: 6.5178, lat: 52.1137 }]
  ]);
}
const BBOX = [6.090432, 51.827263, 6.828529, 52.182264] as const;

describe('bad-input corpus', () => {
  it('has at least 60 cases and an expectation for every file (and a file for every expectation)', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(files.filter((f) => !(f in expected))).toEqual([]);
    expect(Object.keys(expected).filter((f) => !files.includes(f))).toEqual([]);
  });

  it.each(files)('%s', (file) => {
    const exp = expected[file];
    expect(exp, `no entry for ${file} in expected.json`).toBeDefined();
    const bytes = new Uint8Array(readFileSync(join(DIR, file)));
    const bytesBefore = bytes.slice();
    const input = { name: file, bytes };

    let problems: Problem[];
    let ok: boolean;
    if (exp.kind === 'demand') {
      const options: DemandOptions = { regionBbox: BBOX };
      if (!exp.options?.noPostcodes) options.postcodes = achterhoekLookup();
      if (exp.options?.mapping) options.mapping = exp.options.mapping;
      const before = structuredClone(options);
      const report = importDemand(input, options);
      expect(options).toEqual(before);
      ({ problems, ok } = report);
    } else {
      const options: ImportOptions = { preset: getPreset(exp.preset ?? 'po')!, regionBbox: BBOX };
      if (!exp.options?.noPostcodes) options.postcodes = achterhoekLookup();
      if (exp.options?.mapping) options.mapping = exp.options.mapping;
      const before = structuredClone(options);
      const report = importFacilities(input, options);
      expect(options).toEqual(before);
      ({ problems, ok } = report);
      if (!ok) expect(report.facilities.every((f) => f.id !== undefined)).toBe(true);
    }
    expect(bytes).toEqual(bytesBefore);

    const match = problems.find((p) => p.code === exp.code);
    expect(
      match,
      `expected code ${exp.code}, got:\n${problems.map((p) => `${p.code}: ${p.message}`).join('\n')}`
    ).toBeDefined();
    const p = match!;
    expect(p.message).toContain(exp.messageIncludes);
    expect(p.severity).toBe(exp.severity ?? 'fout');
    for (const key of ['row', 'column', 'feature', 'property'] as const) {
      if (exp[key] !== undefined) expect(p[key], `${key} of ${p.message}`).toBe(exp[key]);
    }
    if ((exp.severity ?? 'fout') === 'fout') expect(ok).toBe(false);
    // Every message is a Dutch sentence, not a stack trace.
    for (const q of problems) {
      expect(q.code).not.toBe('internal-error');
      expect(q.message).toMatch(/[.!?)]$/);
    }
  });
});

describe('file too large', () => {
  it('is refused before reading, with the size and the limit', () => {
    const bytes = new Uint8Array(5_300_000).fill(0x41);
    const options: ImportOptions = { preset: getPreset('po')! };
    const report = importFacilities({ name: 'groot.csv', bytes }, options);
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ code: 'file-too-large', severity: 'fout' });
    expect(report.problems[0].message).toContain('5,3 MB');
    expect(report.problems[0].message).toContain('de grens is 5 MB');
    expect(report.stats.encoding).toBeNull(); // never decoded
  });

  it('honours maxBytes, also for demand tables', () => {
    const bytes = new TextEncoder().encode('postcode;inwoners\n7101;100\n');
    const report = importDemand({ name: 'd.csv', bytes }, { maxBytes: 10 });
    expect(report.problems[0].code).toBe('file-too-large');
  });
});
