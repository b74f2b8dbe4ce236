/**
 * The problems of importing a user's own file in Dutch, as the CLI prints them and the Dutch page shows them: the
 * same cases as import-problems-en.test.ts, with the text the import gave before it went through the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { LOCALE } from '../../src/lib/i18n/catalogue';
import { IMPORT_CASES, messagesOf } from './import-problems-cases';

describe('import problems in Dutch (unchanged)', () => {
  it('speaks Dutch outside the browser', () => expect(LOCALE).toBe('nl'));

  it('a CSV with bad cells, rows and coordinates', () => {
    expect(messagesOf(IMPORT_CASES.brokenCsv)).toEqual([
      'Rij 8 heeft 7 velden, de kopregel 6.',
      "Rij 3, kolom 'leerlingen': 'twaalf' is geen getal.",
      "Rij 4, kolom 'naam': de naam is leeg.",
      "Rij 5, kolom 'lon': lon 0, lat 0 ligt buiten Nederland. Staat er 0 in plaats van een lege cel?",
      "Rij 6, kolom 'lon': lon en lat lijken verwisseld (52,1; 6,6).",
      "Rij 7, kolom 'id': id '01' komt al voor in rij 2."
    ]);
  });

  it('missing columns and file-level refusals', () => {
    expect(messagesOf(IMPORT_CASES.missingName)).toEqual([
      "Verplichte kolom 'naam' ontbreekt. Gevonden: id, lon, lat. Kies in de koppelstap welke kolom de naam bevat."
    ]);
    expect(messagesOf(IMPORT_CASES.excel)).toEqual([
      "'scholen.xlsx' is een Excel-bestand. Kies in Excel 'Opslaan als' > 'CSV (gescheiden door lijstscheidingsteken)' en importeer dat bestand."
    ]);
    expect(messagesOf(IMPORT_CASES.notJson)).toEqual([
      "'a.geojson' heet een JSON-bestand, maar de inhoud begint niet met '{': het is geen (Geo/Topo)JSON."
    ]);
    expect(messagesOf(IMPORT_CASES.geojsonLine)).toEqual([
      "features[0]: geometrietype 'LineString' kan geen locatie zijn; verwacht Point (of Polygon)."
    ]);
    expect(messagesOf(IMPORT_CASES.tooLarge)).toEqual([
      'Het bestand is 1,5 MB; de grens is 1 MB. Het is niet gelezen. Laat overbodige kolommen en rijen weg, of splits het bestand.'
    ]);
  });

  it('a population table', () => {
    expect(messagesOf(IMPORT_CASES.demand)).toEqual([
      "Rij 3, kolom 'inwoners': '-5' is negatief.",
      "Rij 4, kolom 'postcode': postcode 7101 komt twee keer voor."
    ]);
  });
});
