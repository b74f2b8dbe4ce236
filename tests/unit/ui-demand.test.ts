/**
 * The population import's UI helpers (demand-flow.ts) on the real Achterhoek bundle and the example file
 * static/voorbeelden/bevolking-achterhoek-voorbeeld.csv: the example imports ok and is recognised as fictitious,
 * its units evaluate in the engine and change the po mean distance against the CBS grid; the summary, source and
 * note texts; the expected per-row "bands do not add up" warnings folded into one; broken files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bandLabel,
  bandsText,
  CBS_DEMAND_LABEL,
  DEMAND_EXAMPLES,
  demandApplyFailure,
  demandCrsQuestion,
  demandSourceText,
  demandSummary,
  inhabitantsNote,
  isDemandExample,
  unitsText
} from '../../src/lib/view/demand-flow';
import { AGE_BANDS } from '../../src/lib/engine/geodata/schema';
import { createEvaluator } from '../../src/lib/engine/index';
import { importDemand, parseInput, postcodeLookup } from '../../src/lib/import/index';
import type { DemandDataset } from '../../src/lib/state/store';
import { loadRealBundle, structuralHash } from '../fixtures/engine/helpers';

const EXAMPLE = 'static/voorbeelden/bevolking-achterhoek-voorbeeld.csv';
const bytes = new Uint8Array(readFileSync(EXAMPLE));
const text = readFileSync(EXAMPLE, 'utf8');
const enc = (s: string) => new TextEncoder().encode(s);

function importExample() {
  const bundle = loadRealBundle('achterhoek');
  return importDemand(
    { name: 'bevolking-achterhoek-voorbeeld.csv', bytes },
    { postcodes: postcodeLookup(bundle.postcodes), regionBbox: bundle.meta.bbox }
  );
}

/** The file's own rows, read independently of the import: postcode and inhabitants. */
function fileRows(): { postcode: string; total: number; bron: string }[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const head = lines[0].split(';');
  const pc = head.indexOf('postcode');
  const inw = head.indexOf('inwoners');
  const bron = head.indexOf('bron');
  return lines.slice(1).map((l) => {
    const f = l.split(';');
    return { postcode: f[pc], total: Number(f[inw]), bron: f[bron] };
  });
}

describe('the example population file', () => {
  it('is linked for the Achterhoek and says on every row that it is fictitious', () => {
    expect(DEMAND_EXAMPLES.achterhoek).toBe('/voorbeelden/bevolking-achterhoek-voorbeeld.csv');
    const rows = fileRows();
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) expect(r.bron).toMatch(/^voorbeeld \(fictief\)/);
    expect(isDemandExample(parseInput({ name: EXAMPLE, bytes }).table)).toBe(true);
  });

  it('imports ok on the Achterhoek: one PC4 unit per row, the total is the file’s sum', () => {
    const bundle = loadRealBundle('achterhoek');
    const r = importExample();
    const rows = fileRows();
    expect(r.ok).toBe(true);
    expect(r.problems.filter((p) => p.severity === 'fout')).toEqual([]);
    expect(r.stats.kind).toBe('pc4');
    expect(r.units).toHaveLength(rows.length);
    expect(r.units.map((u) => u.id)).toEqual(rows.map((x) => x.postcode));
    expect(r.stats.total).toBe(rows.reduce((s, x) => s + x.total, 0));
    expect(r.stats.bands).toEqual(['a_0_4', 'a_5_9', 'a_10_14', 'a_15_19']);
    // Every postcode of the region, and a fictitious scenario: fewer inhabitants than CBS 2021.
    expect(new Set(r.units.map((u) => u.id))).toEqual(new Set(bundle.postcodes.map((p) => p.id)));
    const cbs = bundle.postcodes.reduce((s, p) => s + p.total, 0);
    expect(r.stats.total).toBeLessThan(cbs);
    expect(r.stats.total).toBeGreaterThan(0.9 * cbs);
  });

  it('evaluates in the engine and changes the po mean distance against the CBS grid', () => {
    const bundle = loadRealBundle('achterhoek');
    const units = importExample().units;
    const before = structuralHash(units);
    const imported = createEvaluator(bundle, 'po', {}, { demand: units }).report([]);
    const cbs = createEvaluator(bundle, 'po').report([]);
    expect(imported.demandSource).toBe('import');
    expect(imported.demand).toHaveLength(units.length);
    const mean = imported.summary.distanceM.mean;
    const cbsMean = cbs.summary.distanceM.mean;
    expect(Number.isFinite(mean)).toBe(true);
    expect(Number.isFinite(cbsMean)).toBe(true);
    // Shown with two decimals in km, the key figure changes (0,69 km on the CBS grid).
    expect(Math.abs(mean! - cbsMean!)).toBeGreaterThan(10);
    expect(imported.summary.openFacilities).toBe(cbs.summary.openFacilities);
    expect(structuralHash(units)).toBe(before);
  });
});

describe('dialog texts', () => {
  it('summarises a PC4 table: units, inhabitants, bands, placed on the PC4 point', () => {
    const r = importExample();
    const n = r.units.length;
    const total = new Intl.NumberFormat('nl-NL').format(r.stats.total);
    expect(demandSummary(r)).toBe(
      `${n} postcodegebieden, samen ${total} inwoners. Gegeven: leeftijdsklassen 0-4, 5-9, 10-14, 15-19 jaar. ` +
        `${n} rijen geplaatst op het midden van de postcode (PC4).`
    );
    expect(demandCrsQuestion(r)).toBeNull();
  });

  it('band warnings: none for a file with the total and only the young bands; real ones stay', () => {
    // The example gives the total and the bands 0-19: the bands are part of the total, nothing to warn about.
    const r = importExample();
    expect(r.problems.filter((p) => p.code === 'ages-sum-differs')).toEqual([]);

    // Bands that exceed the total are told, per row.
    const over = importDemand(
      { name: 'o.csv', bytes: enc('postcode;inwoners;0-4;5-9\n7101;100;80;40\n') },
      { postcodes: postcodeLookup(loadRealBundle('achterhoek').postcodes) }
    );
    expect(over.problems.filter((p) => p.code === 'ages-sum-differs').map((p) => [p.row, p.message])).toEqual(
      [[2, "Rij 2, kolom 'inwoners': de leeftijdsklassen tellen op tot 120, niet tot 100."]]
    );

    // All 20 bands given: a difference is a real warning per row and stays.
    const bundle = loadRealBundle('achterhoek');
    const p = bundle.postcodes[0];
    const csv =
      ['postcode', 'inwoners', ...AGE_BANDS].join(';') +
      '\n' +
      [p.id, p.total + 500, ...AGE_BANDS.map((b) => p.ages[b])].join(';') +
      '\n';
    const full = importDemand(
      { name: 'b.csv', bytes: enc(csv) },
      { postcodes: postcodeLookup(bundle.postcodes) }
    );
    expect(full.ok).toBe(true);
    expect(full.problems.filter((p) => p.code === 'ages-sum-differs').map((p) => p.row)).toEqual([2]);
    expect(demandSummary(full)).toContain('alle leeftijdsklassen (0-4 tot en met 95+)');
  });

  it('points: the coordinate question, "punten" and no PC4 line', () => {
    const csv = 'id;lon;lat;inwoners\nA;6,72;51,97;10\nB;6,61;52,04;20\n';
    const r = importDemand({ name: 'punten.csv', bytes: enc(csv) });
    expect(r.ok).toBe(true);
    expect(demandCrsQuestion(r)).toBe('De coördinaten lijken lon/lat (WGS84) — klopt dat?');
    expect(demandSummary(r)).toBe(
      '2 punten, samen 30 inwoners. Gegeven: geen leeftijdsklassen (alleen het totaal).'
    );
    expect(isDemandExample(parseInput({ name: 'punten.csv', bytes: enc(csv) }).table)).toBe(false);
  });

  it('a broken file: errors with rows, no summary', () => {
    const bundle = loadRealBundle('achterhoek');
    const bad = new Uint8Array(readFileSync('tests/fixtures/bad-input/demand-population-not-numeric.csv'));
    const r = importDemand(
      { name: 'demand-population-not-numeric.csv', bytes: bad },
      { postcodes: postcodeLookup(bundle.postcodes) }
    );
    expect(r.ok).toBe(false);
    expect(demandSummary(r)).toBeNull();
    const errors = r.problems.filter((p) => p.severity === 'fout');
    expect(errors.map((p) => [p.row, p.column])).toEqual([[3, 'inwoners']]);
  });

  it('band labels and unit nouns', () => {
    expect(bandLabel('a_0_4')).toBe('0-4');
    expect(bandLabel('a_10_14')).toBe('10-14');
    expect(bandLabel('a_95plus')).toBe('95+');
    expect(bandsText(['a_5_9', 'a_0_4'])).toBe('leeftijdsklassen 0-4, 5-9 jaar');
    expect(unitsText('pc4', 1)).toBe('1 postcodegebied');
    expect(unitsText('point', 1200)).toBe('1.200 punten');
  });
});

describe('source lines', () => {
  const dataset = (example: boolean): DemandDataset => ({
    id: 'd1',
    source: { name: 'bevolking.csv', example, importedAt: '2026-01-01T00:00:00.000Z' },
    kind: 'pc4',
    units: [
      { id: '7101', postcode: '7101', lon: 6.7, lat: 51.97, x: 0, y: 0, total: 12000, ages: null },
      { id: '7141', postcode: '7141', lon: 6.6, lat: 52.04, x: 0, y: 0, total: 3500, ages: null }
    ]
  });

  it('the side panel: CBS or the file with its units and inhabitants', () => {
    expect(demandSourceText(null)).toBe(CBS_DEMAND_LABEL);
    expect(CBS_DEMAND_LABEL).toBe('Bevolking: CBS 2021, 1 km-raster');
    expect(demandSourceText(dataset(false))).toBe(
      'Bevolking: eigen bestand bevolking.csv (2 postcodegebieden, 15.500 inwoners)'
    );
  });

  it('the region facts note: the grid, or the file (children unknown without bands 0-14)', () => {
    expect(inhabitantsNote(null, 3069, true)).toBe('Inwoners en kinderen: 1 km-raster (3.069 vakken).');
    expect(inhabitantsNote(dataset(false), 2, false)).toBe(
      'Inwoners: eigen bestand bevolking.csv (2 postcodegebieden). Kinderen: niet in het bestand.'
    );
    expect(inhabitantsNote(dataset(true), 2, true)).toBe(
      'Inwoners: eigen bestand bevolking.csv (2 postcodegebieden, voorbeeld (fictief)).'
    );
  });

  it('the apply failure says nothing changed', () => {
    expect(demandApplyFailure('demand[3]: "total" must be a number >= 0 (id "x")')).toBe(
      'Het bestand is niet toegepast: demand[3]: "total" must be a number >= 0 (id "x") Er is niets veranderd.'
    );
  });
});
