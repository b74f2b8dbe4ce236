/**
 * The texts of scenarios, compare and import in both languages: Dutch exactly as before, English exactly. Node
 * speaks Dutch; English is checked by switching svelte-i18n's locale for the functions that ask the catalogue
 * when called (numbers stay formatted the page's way, Dutch here).
 */
import { locale } from 'svelte-i18n';
import { afterEach, describe, expect, it } from 'vitest';
import type { DemandDataset } from '../../src/lib/state/store';
import { editCount, importedText } from '../../src/lib/text/scenario-text';
import { sectorWords } from '../../src/lib/text/sector-words';
import { postcodeLine, problemPlace, sourceLabel } from '../../src/lib/view/import-flow';
import { bandsText, demandApplyFailure, inhabitantsNote, unitsText } from '../../src/lib/view/demand-flow';
import type { ImportReport } from '../../src/lib/import/types';
import { crsQuestion } from '../../src/lib/view/import-flow';

const dataset = (example: boolean): DemandDataset => ({
  id: 'd1',
  source: { name: 'bevolking.csv', example, importedAt: '2026-01-01T00:00:00.000Z' },
  kind: 'pc4',
  units: [{ id: '7101', postcode: '7101', lon: 6.7, lat: 51.97, x: 0, y: 0, total: 120, ages: null }]
});
const report = (stats: Partial<ImportReport['stats']>) => ({ stats }) as unknown as ImportReport;

afterEach(() => locale.set('nl'));

describe('scenario, compare and import texts', () => {
  it('Dutch, as before', () => {
    expect(editCount(1)).toBe('1 ingreep');
    expect(editCount(1223)).toBe('1223 ingrepen');
    expect(importedText(2, 'a.json', false)).toBe('2 scenario’s geïmporteerd uit a.json.');
    expect(importedText(1, 'a.json', true)).toBe(
      '1 scenario geïmporteerd uit a.json (oud bestandsformaat, omgezet).'
    );
    expect(sectorWords('po')).toEqual({ one: 'school', many: 'scholen', users: 'leerlingen' });
    expect(sectorWords('sport')).toEqual({ one: 'voorziening', many: 'voorzieningen', users: 'bezoekers' });
    expect(problemPlace({ severity: 'fout', code: 'x', message: '', row: 7, column: 'leerlingen' })).toBe(
      'rij 7, kolom leerlingen'
    );
    expect(sourceLabel({ name: 'a.csv', example: false })).toBe('Eigen bestand: a.csv');
    expect(postcodeLine(report({ placedByPostcode: 3 }))).toBe(
      '3 rijen geplaatst op het midden van de postcode (PC4).'
    );
    expect(crsQuestion(report({ crs: 'rd', swapped: true, crsSource: 'declared' }))).toBe(
      'Het bestand zegt RD New (x/y in meters), met de twee kolommen verwisseld — klopt dat?'
    );
    expect(bandsText(['a_0_4', 'a_5_9'])).toBe('leeftijdsklassen 0-4, 5-9 jaar');
    expect(unitsText('point', 1)).toBe('1 punt');
    expect(inhabitantsNote(dataset(true), 1, false)).toBe(
      'Inwoners: eigen bestand bevolking.csv (1 postcodegebied, voorbeeld (fictief)). Kinderen: niet in het bestand.'
    );
    expect(demandApplyFailure('x.')).toBe('Het bestand is niet toegepast: x. Er is niets veranderd.');
  });

  it('English', () => {
    locale.set('en');
    expect(editCount(1)).toBe('1 change');
    expect(editCount(3)).toBe('3 changes');
    expect(importedText(2, 'a.json', false)).toBe('2 scenarios imported from a.json.');
    expect(importedText(1, 'a.json', true)).toBe(
      '1 scenario imported from a.json (old file format, converted).'
    );
    expect(sectorWords('po')).toEqual({ one: 'school', many: 'schools', users: 'pupils' });
    expect(sectorWords('sport')).toEqual({ one: 'facility', many: 'facilities', users: 'visitors' });
    expect(problemPlace({ severity: 'fout', code: 'x', message: '', feature: 3, property: 'naam' })).toBe(
      'feature 3, property naam'
    );
    expect(sourceLabel({ name: 'a.csv', example: true })).toBe('Example (fictitious)');
    expect(postcodeLine(report({ placedByPostcode: 1 }))).toBe(
      '1 row placed at the centre of its postcode (PC4).'
    );
    expect(bandsText(['a_0_4', 'a_5_9'])).toBe('age bands 0-4, 5-9 years');
    expect(unitsText('pc4', 2)).toBe('2 postcode areas');
    expect(inhabitantsNote(dataset(false), 1, true)).toBe(
      'Inhabitants: own file bevolking.csv (1 postcode area).'
    );
    expect(demandApplyFailure('x.')).toBe('The file has not been applied: x. Nothing has changed.');
  });
});
