/**
 * Demand import: a population table per PC4 (total and/or age bands) or per point replaces the CBS estimate.
 */
import { describe, expect, it } from 'vitest';
import { importDemand } from '../../src/lib/import';
import { ageBandOf, suggestDemandMapping } from '../../src/lib/import/demand';
import { demandOf, getPreset } from '../../src/lib/sectors';

const enc = (s: string) => new TextEncoder().encode(s);
const postcodes = new Map([
  ['7101', { lon: 6.7213, lat: 51.9716 }],
  ['7141', { lon: 6.6152, lat: 52.0421 }]
]);

describe('age band headers', () => {
  it('recognises the ways people write 5-year bands', () => {
    const cases: [string, string | null][] = [
      ['a_0_4', 'a_0_4'],
      ['0-4', 'a_0_4'],
      ['0 - 4 jaar', 'a_0_4'],
      ['0 tot 5 jaar', 'a_0_4'],
      ['5 t/m 9', 'a_5_9'],
      ['Leeftijd 10-14', 'a_10_14'],
      ['95+', 'a_95plus'],
      ['95 jaar of ouder', 'a_95plus'],
      ['a_95plus', 'a_95plus'],
      ['0-5', null],
      ['inwoners', null]
    ];
    for (const [h, band] of cases) expect(ageBandOf(h), h).toBe(band);
  });

  it('suggests postcode, population and bands', () => {
    expect(suggestDemandMapping(['PC4', 'Inwoners 2024', '0-4', '5-9'])).toEqual({
      postcode: 'PC4',
      population: 'Inwoners 2024',
      ages: { a_0_4: '0-4', a_5_9: '5-9' }
    });
  });
});

describe('importDemand', () => {
  it('reads a PC4 table with age bands and places it at the PC4 points', () => {
    const csv =
      'postcode;inwoners;0 tot 5 jaar;5 tot 10 jaar;10 tot 15 jaar\r\n7101;1500;500;520;480\r\n7141;900;300;310;290\r\n';
    const r = importDemand({ name: 'bevolking.csv', bytes: enc(csv) }, { postcodes });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.stats).toMatchObject({
      kind: 'pc4',
      rows: 2,
      total: 2400,
      bands: ['a_0_4', 'a_5_9', 'a_10_14']
    });
    expect(r.units[0]).toMatchObject({ id: '7101', postcode: '7101', lon: 6.7213, total: 1500, row: 2 });
    expect(r.units[0].ages).toEqual({ a_0_4: 500, a_5_9: 520, a_10_14: 480 });
    // The preset turns it into demand: po = 0.2*500 + 520 + 0.4*480.
    expect(demandOf(r.units[0].ages!, getPreset('po')!.demand)).toBeCloseTo(812, 9);
  });

  it('uses the sum of the bands when there is no total', () => {
    const r = importDemand({ name: 'b.csv', bytes: enc('pc4;0-4;5-9\n7101;10;20\n') }, { postcodes });
    expect(r.units[0].total).toBe(30);
  });

  it('reads points in RD with generated ids', () => {
    const csv = 'x;y;inwoners\n246033;443707;120\n239101;450996;80,5\n';
    const r = importDemand({ name: 'punten.csv', bytes: enc(csv) });
    expect(r.ok).toBe(true);
    expect(r.stats).toMatchObject({ kind: 'point', crs: 'rd', total: 200.5 });
    expect(r.units.map((u) => u.id)).toEqual(['punt-2', 'punt-3']);
    expect(r.units[0].lon).toBeCloseTo(6.7121, 3);
  });

  it('does not mutate its options', () => {
    const options = { postcodes, mapping: { postcode: 'postcode', population: 'inwoners' } };
    const before = structuredClone(options);
    const r = importDemand({ name: 'd.csv', bytes: enc('postcode;inwoners\n7101;5\n') }, options);
    expect(options).toEqual(before);
    r.mapping.population = 'x';
    expect(options.mapping.population).toBe('inwoners');
  });
});
