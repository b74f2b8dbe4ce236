/**
 * The import building blocks on small hand-made inputs: numbers as spreadsheets write them, encoding and
 * delimiter detection, the CSV state machine, header synonyms, CRS detection by range, postcode placement, and
 * that nothing passed in is ever mutated.
 */
import { describe, expect, it } from 'vitest';
import { toRD } from '../../src/lib/engine/projection';
import { classifyPair, decideCrs } from '../../src/lib/import/coordinates';
import { parseCsv } from '../../src/lib/import/csv';
import { checkFileSize, decodeBytes, detectDelimiter } from '../../src/lib/import/detect';
import {
  applyMapping,
  importFacilities,
  previewImport,
  suggestMapping,
  type ImportOptions,
  type Table
} from '../../src/lib/import';
import {
  detectDecimal,
  looksLikeMarkup,
  parseBoolean,
  parseNumber,
  pc4Of
} from '../../src/lib/import/values';
import { getPreset } from '../../src/lib/sectors';

const enc = (s: string) => new TextEncoder().encode(s);
const po = getPreset('po')!;

describe('values', () => {
  it('parses numbers with decimal comma or point and thousands separators', () => {
    expect(parseNumber('6,71', '.')).toBe(6.71);
    expect(parseNumber('6.71', ',')).toBe(6.71);
    expect(parseNumber('1.234', ',')).toBe(1234);
    expect(parseNumber('1.234', '.')).toBe(1.234);
    expect(parseNumber('1.234,5', '.')).toBe(1234.5);
    expect(parseNumber('1,234.5', ',')).toBe(1234.5);
    expect(parseNumber('12 345', ',')).toBe(12345);
    expect(parseNumber('-7000', ',')).toBe(-7000);
    expect(parseNumber(' ', ',')).toBeNull();
    expect(parseNumber(null, ',')).toBeNull();
    expect(parseNumber(42, ',')).toBe(42);
    for (const bad of ['twaalf', 'NaN', 'Infinity', '1e999', '2,1,2', '12a', '--1']) {
      expect(parseNumber(bad, ','), bad).toBeNaN();
    }
  });

  it('detects the decimal separator per column, falling back for the ambiguous', () => {
    expect(detectDecimal(['6,71', '52,1', '7'], '.')).toBe(',');
    expect(detectDecimal(['6.71', '52.1'], ',')).toBe('.');
    expect(detectDecimal(['1.234', '12'], ',')).toBe(',');
    expect(detectDecimal(['1.234', '12'], '.')).toBe('.');
  });

  it('reads ja/nee, postcodes and spots markup', () => {
    expect([parseBoolean('Ja'), parseBoolean('nee'), parseBoolean(null), parseBoolean('misschien')]).toEqual([
      true,
      false,
      false,
      undefined
    ]);
    expect([pc4Of('7101 CE'), pc4Of('7101ce'), pc4Of('7101'), pc4Of('0123'), pc4Of('ABCD')]).toEqual([
      '7101',
      '7101',
      '7101',
      null,
      null
    ]);
    expect(looksLikeMarkup('<b>x</b>')).toBe(true);
    expect(looksLikeMarkup('Sport & Spel <3 jaar')).toBe(false);
    expect(looksLikeMarkup("'t Prisma")).toBe(false);
  });
});

describe('detection', () => {
  it('decodes UTF-8 with and without BOM, UTF-16 and Windows-1252', () => {
    expect(decodeBytes(enc('naïef'))).toEqual({ text: 'naïef', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('ë')]))).toEqual({
      text: 'ë',
      encoding: 'utf-8-bom'
    });
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0xeb, 0x00]))).toEqual({
      text: 'ë',
      encoding: 'utf-16le'
    });
    expect(decodeBytes(new Uint8Array([0x4f, 0xeb, 0x6c, 0x80]))).toEqual({
      text: 'Oël€',
      encoding: 'windows-1252'
    });
  });

  it('finds the delimiter in the header, ignoring quoted text', () => {
    expect(detectDelimiter('id;naam;lon;lat')).toBe(';');
    expect(detectDelimiter('id,naam,lon,lat')).toBe(',');
    expect(detectDelimiter('id\tnaam\tlon')).toBe('\t');
    expect(detectDelimiter('"a,b,c";naam')).toBe(';');
    expect(detectDelimiter('naam')).toBeNull();
  });

  it('checks the size before reading', () => {
    expect(checkFileSize(5_000_000)).toBeNull();
    expect(checkFileSize(12_345_678)?.message).toContain('Het bestand is 12 MB; de grens is 5 MB');
  });
});

describe('CSV', () => {
  it('keeps quoted delimiters, quotes and line breaks, and file line numbers', () => {
    const { table, problems } = parseCsv('id;naam\r\n1;"A; ""B"""\r\n\r\n2;"regel\neen"\r\n3;C\r\n');
    expect(problems).toEqual([]);
    expect(table!.rows.map((r) => r.naam)).toEqual(['A; "B"', 'regel\neen', 'C']);
    expect(table!.rowNumbers).toEqual([2, 4, 6]);
  });

  it('accepts an Excel sep= line and tab-separated text', () => {
    expect(parseCsv('sep=,\nid,naam\n1,a\n').table!.rowNumbers).toEqual([3]);
    expect(parseCsv('id\tnaam\n1\ta\n').table!.delimiter).toBe('\t');
  });
});

describe('mapping suggestion', () => {
  it('maps Dutch and English headers, case- and accent-insensitive', () => {
    const s = suggestMapping([
      'Vestigingscode',
      'NAAM',
      'Soort',
      'X-coördinaat',
      'Y-coördinaat',
      'Postcode',
      'Woonplaats'
    ]);
    expect(s.mapping).toEqual({
      id: 'Vestigingscode',
      name: 'NAAM',
      type: 'Soort',
      x: 'X-coördinaat',
      y: 'Y-coördinaat',
      postcode: 'Postcode',
      place: 'Woonplaats'
    });
    expect(s.missing).toEqual([]);
    const en = suggestMapping(['ID', 'Name', 'Category', 'Longitude', 'Latitude', 'Visitors', 'Capacity']);
    expect(en.mapping).toMatchObject({
      id: 'ID',
      name: 'Name',
      type: 'Category',
      lon: 'Longitude',
      lat: 'Latitude'
    });
    expect(en.mapping).toMatchObject({ pupils: 'Visitors', capacity: 'Capacity' });
  });

  it('says what is missing and never suggests derived scenario columns', () => {
    const s = suggestMapping(['naam', 'leerlingen scenario', 'onder norm']);
    expect(s.mapping).toEqual({ name: 'naam' });
    expect(s.missing).toEqual(['id', 'lon', 'lat']);
    expect(suggestMapping(['id', 'naam', 'x', 'y'], true).mapping).toEqual({ id: 'id', name: 'naam' });
  });
});

describe('coordinate systems', () => {
  it('classifies a pair by range', () => {
    const [x, y] = toRD(6.5, 52);
    expect(classifyPair(6.5, 52)).toBe('wgs84');
    expect(classifyPair(52, 6.5)).toBe('wgs84-swapped');
    expect(classifyPair(x, y)).toBe('rd');
    expect(classifyPair(y, x)).toBe('rd-swapped');
    expect(classifyPair(2.35, 48.85)).toBe('none');
  });

  it('lets the majority decide, and the user override', () => {
    expect(
      decideCrs(
        [
          [6.5, 52],
          [6.6, 52.1],
          [52, 6.5]
        ],
        {}
      )
    ).toMatchObject({ crs: 'wgs84', swapped: false });
    expect(
      decideCrs(
        [
          [52, 6.5],
          [52.1, 6.6]
        ],
        {}
      )
    ).toMatchObject({ crs: 'wgs84', swapped: true });
    expect(decideCrs([[52, 6.5]], { swapAxes: false })).toMatchObject({ swapped: false });
    expect(decideCrs([[6.5, 52]], { crs: 'rd' })).toMatchObject({ crs: 'rd', source: 'option' });
    expect(decideCrs([[0, 0]], {})).toMatchObject({ crs: null });
  });

  it('imports RD x/y columns and converts to lon/lat', () => {
    const [x, y] = toRD(6.617298, 52.136459);
    const csv = `id;naam;x;y\r\n1;De Bolster;${x.toFixed(2).replace('.', ',')};${y.toFixed(2).replace('.', ',')}\r\n`;
    const r = importFacilities({ name: 'rd.csv', bytes: enc(csv) }, { preset: po });
    expect(r.ok).toBe(true);
    expect(r.stats).toMatchObject({ crs: 'rd', crsSource: 'detected' });
    expect(r.facilities[0].lon).toBeCloseTo(6.617298, 5);
    expect(r.facilities[0].lat).toBeCloseTo(52.136459, 5);
  });

  it('imports lon/lat values from columns named x and y (detected by range, not by name)', () => {
    const r = importFacilities(
      { name: 'xy.csv', bytes: enc('id;naam;x;y\n1;A;6,61;52,13\n') },
      { preset: po }
    );
    expect(r.ok).toBe(true);
    expect(r.stats.crs).toBe('wgs84');
  });
});

describe('postcode placement and the region', () => {
  const postcodes = new Map([['7101', { lon: 6.7213, lat: 51.9716 }]]);

  it('places rows without coordinates at the PC4 point and counts them', () => {
    const csv = 'id;naam;postcode;lon;lat\n1;A;7101 CE;;\n2;B;7141;6,61;52,04\n';
    const r = importFacilities({ name: 'pc.csv', bytes: enc(csv) }, { preset: po, postcodes });
    expect(r.ok).toBe(true);
    expect(r.stats.placedByPostcode).toBe(1);
    expect(r.facilities[0]).toMatchObject({
      placement: 'postcode',
      lon: 6.7213,
      lat: 51.9716,
      postcode: '7101 CE'
    });
    expect(r.facilities[1].placement).toBe('coordinates');
  });

  it('flags points far outside the region but keeps them (the user decides)', () => {
    const csv = 'id;naam;lon;lat\n1;Winterswijk;6,72;51,97\n2;Maastricht;5,69;50,85\n';
    const r = importFacilities(
      { name: 'r.csv', bytes: enc(csv) },
      { preset: po, regionBbox: [6.09, 51.83, 6.83, 52.18] }
    );
    expect(r.ok).toBe(true);
    expect(r.facilities.map((f) => f.outsideRegion)).toEqual([false, true]);
    expect(r.stats.outsideRegion).toBe(1);
  });
});

describe('purity', () => {
  it('never mutates the table, the mapping or the options', () => {
    const csv =
      'id;naam;type;postcode;leerlingen;lon;lat\n1;<b>A</b>;sporthal;7101;12;;\n1;B;ijsbaan;;x;6,6;52\n';
    const preview = previewImport({ name: 'p.csv', bytes: enc(csv) });
    const table = preview.table as Table;
    const mapping = { ...preview.suggestion.mapping, pupils: 'leerlingen' };
    const options: ImportOptions = {
      preset: getPreset('sport')!,
      postcodes: new Map([['7101', { lon: 6.72, lat: 51.97 }]]),
      regionBbox: [6.09, 51.83, 6.83, 52.18]
    };
    const snapshot = structuredClone({ table, mapping, options });
    const r = applyMapping(table, mapping, options);
    expect(r.problems.length).toBeGreaterThan(2);
    expect({ table, mapping, options }).toEqual(snapshot);
    const bytes = enc(csv);
    const copy = bytes.slice();
    const report = importFacilities({ name: 'p.csv', bytes }, { ...options, mapping });
    expect(bytes).toEqual(copy);
    expect({ mapping, options }).toEqual({ mapping: snapshot.mapping, options: snapshot.options });
    // The report's mapping is a copy: editing it in the dialog does not touch the caller's object.
    report.mapping.name = 'iets anders';
    expect(mapping.name).toBe('naam');
  });

  it('keeps markup verbatim as text', () => {
    const r = importFacilities(
      { name: 'h.csv', bytes: enc('id;naam;lon;lat\n1;"<img src=x onerror=alert(1)>";6,6;52\n') },
      { preset: po }
    );
    expect(r.ok).toBe(true);
    expect(r.facilities[0].name).toBe('<img src=x onerror=alert(1)>');
  });
});
