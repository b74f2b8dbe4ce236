/**
 * The problems of importing a user's own file in English: the page's language comes from `?lang=en` in the
 * address, so this file gives the modules an address before they load (each test file has its own modules).
 * The Dutch twin is import-problems-nl.test.ts (the CLI's and the Dutch page's text, unchanged).
 */
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  (globalThis as { location?: unknown }).location = { search: '?lang=en', href: 'http://x/?lang=en' };
});

import { LOCALE, t } from '../../src/lib/i18n/catalogue';
import { say } from '../../src/lib/import/text';
import { IMPORT_CASES, messagesOf } from './import-problems-cases';

describe('import problems in English', () => {
  it('speaks English', () => expect(LOCALE).toBe('en'));

  it('a CSV with bad cells, rows and coordinates', () => {
    expect(messagesOf(IMPORT_CASES.brokenCsv)).toEqual([
      'Row 8 has 7 fields, the header line 6.',
      "Row 3, column 'leerlingen': 'twaalf' is not a number.",
      "Row 4, column 'naam': the name is empty.",
      "Row 5, column 'lon': lon 0, lat 0 lies outside the Netherlands. Is there a 0 instead of an empty cell?",
      "Row 6, column 'lon': lon and lat appear to be swapped (52.1; 6.6).",
      "Row 7, column 'id': id '01' already appears in row 2."
    ]);
  });

  it('missing columns and file-level refusals', () => {
    expect(messagesOf(IMPORT_CASES.missingName)).toEqual([
      "Required column 'name' is missing. Found: id, lon, lat. In the mapping step, choose which column holds the name."
    ]);
    expect(messagesOf(IMPORT_CASES.excel)).toEqual([
      "'scholen.xlsx' is an Excel file. In Excel, choose 'Save as' > 'CSV (comma delimited)' and import that file."
    ]);
    expect(messagesOf(IMPORT_CASES.notJson)).toEqual([
      "'a.geojson' is named as a JSON file, but its content does not start with '{': it is not (Geo/Topo)JSON."
    ]);
    expect(messagesOf(IMPORT_CASES.geojsonLine)).toEqual([
      "features[0]: geometry type 'LineString' cannot be a location; Point (or Polygon) expected."
    ]);
    expect(messagesOf(IMPORT_CASES.tooLarge)).toEqual([
      'The file is 1.5 MB; the limit is 1 MB. It has not been read. Leave out columns and rows you do not need, or split the file.'
    ]);
  });

  it('a population table', () => {
    expect(messagesOf(IMPORT_CASES.demand)).toEqual([
      "Row 3, column 'inwoners': '-5' is negative.",
      "Row 4, column 'postcode': postcode 7101 appears twice."
    ]);
  });

  it('why a file was not applied', () => {
    expect(t('importing.applyProblems.notApplied', { error: 'Sector unknown.' })).toBe(
      'The file has not been applied: Sector unknown. Nothing has been changed.'
    );
    expect(t('importing.applyProblems.hasErrors')).toBe(
      'The file has errors (see the list). Nothing has been changed.'
    );
  });
});
