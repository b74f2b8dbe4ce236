/**
 * Replaceable opheffingsnormen: the norms CSV parser (Dutch messages naming row and column) and the norms that
 * apply in the real Achterhoek, Montferland's sub-areas included.
 */
import { describe, expect, it } from 'vitest';
import { createEvaluator, NormsCsvError, parseNormsCsv } from '../../src/lib/engine/index';
import { loadRealBundle } from '../fixtures/engine/helpers';

describe('parseNormsCsv', () => {
  it('reads municipal and sub-area rows', () => {
    const set = parseNormsCsv(
      '\uFEFFjaar;gm_code;naam;opheffingsnorm;deelgebied;plaatsen\r\n' +
        '# Montferland met deelgebieden\r\n' +
        '2024;GM1955;Montferland;80;;\r\n' +
        '2024;1955;Montferland;70;Bergh;"\'s-Heerenberg|Azewijn| Beek "\r\n' +
        '\r\n' +
        '2024;gm0197;Aalten;;;\r\n'
    );
    expect(set).toEqual({
      year: 2024,
      municipal: [
        {
          code: 'GM1955',
          name: 'Montferland',
          norm: 80,
          foundingNorm: null,
          source: 'ingelezen normentabel'
        },
        { code: 'GM0197', name: 'Aalten', norm: null, foundingNorm: null, source: 'ingelezen normentabel' }
      ],
      subAreas: [
        { municipality: 'GM1955', area: 'Bergh', norm: 70, places: ["'s-Heerenberg", 'Azewijn', 'Beek'] }
      ]
    });
  });

  it('takes the year from the options when there is no jaar column; comma and tab separators work', () => {
    expect(parseNormsCsv('gm_code,opheffingsnorm\nGM0197,75\n', { year: 2019 }).year).toBe(2019);
    expect(parseNormsCsv('gm_code\topheffingsnorm\nGM0197\t75\n', { year: 2019 }).municipal[0].norm).toBe(75);
  });

  const cases: [string, string, number | null, string | null][] = [
    ['', 'het bestand is leeg', null, null],
    ['gm_code;norm\nGM0197;75', 'rij 1, kolom norm: onbekende kolom "norm"', 1, 'norm'],
    ['jaar;gm_code\n2024;GM0197', 'rij 1: verplichte kolom "opheffingsnorm" ontbreekt', 1, null],
    [
      'jaar;gm_code;opheffingsnorm\n2024;GM0197;75\n2024;Aalten;75',
      'rij 3, kolom gm_code: "Aalten" is geen CBS-gemeentecode',
      3,
      'gm_code'
    ],
    [
      'jaar;gm_code;opheffingsnorm\n2024;GM0197;7,5',
      'rij 2, kolom opheffingsnorm: "7,5" is geen geheel aantal',
      2,
      'opheffingsnorm'
    ],
    [
      'jaar;gm_code;opheffingsnorm\n2024;GM0197;75\n2025;GM0294;61',
      'rij 3, kolom jaar: 2025 wijkt af van het jaar 2024',
      3,
      'jaar'
    ],
    ['jaar;gm_code;opheffingsnorm\n24;GM0197;75', 'rij 2, kolom jaar: "24" is geen jaartal', 2, 'jaar'],
    [
      'jaar;gm_code;opheffingsnorm\n2024;GM0197;75\n2024;GM0197;80',
      'rij 3, kolom gm_code: gemeente GM0197 staat er al in',
      3,
      'gm_code'
    ],
    [
      'jaar;gm_code;opheffingsnorm;deelgebied;plaatsen\n2024;GM1955;69;Bergh;',
      'rij 2, kolom plaatsen: deelgebied "Bergh" heeft geen plaatsen',
      2,
      'plaatsen'
    ],
    [
      'jaar;gm_code;opheffingsnorm;deelgebied;plaatsen\n2024;GM1955;;Bergh;Beek',
      'rij 2, kolom opheffingsnorm: deelgebied "Bergh" heeft een norm nodig',
      2,
      'opheffingsnorm'
    ],
    [
      'jaar;gm_code;opheffingsnorm;deelgebied;plaatsen\n2024;GM1955;69;;Beek',
      'rij 2, kolom deelgebied: plaatsen zonder deelgebied',
      2,
      'deelgebied'
    ],
    [
      'jaar;gm_code;opheffingsnorm;deelgebied;plaatsen\n2024;GM1955;69;A;Beek\n2024;GM1955;70;B;beek',
      'rij 3, kolom plaatsen: plaats "beek" hoort al bij deelgebied "A" van GM1955',
      3,
      'plaatsen'
    ],
    ['jaar;gm_code;opheffingsnorm\n2024;"GM0197;75', 'rij 2: aanhalingsteken niet gesloten', 2, null],
    ['jaar;gm_code;opheffingsnorm\n2024;GM0197;75;x', 'rij 2: 4 velden, de kopregel heeft er 3', 2, null],
    ['gm_code;opheffingsnorm\nGM0197;75', 'het jaar van de normen ontbreekt', null, null],
    ['jaar;gm_code;opheffingsnorm\n', 'geen enkele norm gevonden', null, null]
  ];
  for (const [text, message, row, column] of cases) {
    it(`rejects: ${message}`, () => {
      let error: unknown;
      try {
        parseNormsCsv(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(NormsCsvError);
      expect((error as NormsCsvError).message).toContain(message);
      expect((error as NormsCsvError).row).toBe(row);
      expect((error as NormsCsvError).column).toBe(column);
    });
  }
});

describe('norms in the Achterhoek', () => {
  const bundle = loadRealBundle('achterhoek');
  const ev = createEvaluator(bundle, 'po');
  const s = ev.years([]);

  it("Montferland: Didam schools use 104, 's-Heerenberg schools 69 (sub-areas), in every year", () => {
    const montferland = ev.prepared.facilities
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.municipality === 'GM1955' && !f.context);
    const didam = montferland.filter(({ f }) => f.place === 'Didam');
    const heerenberg = montferland.filter(({ f }) => f.place === "'s-Heerenberg");
    expect(didam.length).toBeGreaterThanOrEqual(5);
    expect(heerenberg.length).toBeGreaterThanOrEqual(3);
    for (const { i } of didam) {
      expect(s.facilities.norm[i]).toBe(104);
      expect(s.facilities.normSource[i]).toBe('deelgebied');
    }
    for (const { i } of heerenberg) expect(s.facilities.norm[i]).toBe(69);
    // Sint Jozef in Didam (11DN00, 99 pupils in 2023) is below 104 from the first year.
    const jozef = ev.prepared.facilityById.get('11DN00')!;
    expect(s.facilities.firstYearBelowNorm[jozef]).toBe(2023);
    expect(s.facilities.ruleYear[jozef]).toBe(2025);
    for (let y = 0; y < s.years.length; y++) {
      const k = y * s.facilityCount + jozef;
      expect(s.facilities.normMargin[k]).toBeCloseTo(s.facilities.pupils[k] - 104, 9);
    }
  });

  it('a norms CSV of another year replaces the set', () => {
    const csv =
      'jaar;gm_code;opheffingsnorm;deelgebied;plaatsen\n' +
      bundle.norms.municipal.map((m) => `2025;${m.code};${m.norm === null ? '' : 40}`).join('\n') +
      "\n2025;GM1955;90;Didam;Didam|Loil|Nieuw-Dijk\n2025;GM1955;60;Bergh;'s-Heerenberg|Azewijn\n";
    const r = ev.years([], { norms: parseNormsCsv(csv) });
    expect(r.parameters.normsYear).toBe(2025);
    const id = (x: string) => ev.prepared.facilityById.get(x)!;
    expect(r.facilities.norm[id('11DN00')]).toBe(90);
    expect(r.facilities.norm[id('15BY00')]).toBe(60); // Azewijn
    expect(r.facilities.norm[id('07WK00')]).toBe(40); // Beek: not listed in this file's Bergh
    expect(r.totals.belowNorm[0]).toBeLessThan(s.totals.belowNorm[0]);
  });
});
