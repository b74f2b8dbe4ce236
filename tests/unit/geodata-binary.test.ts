/**
 * The binary region bundle (src/lib/engine/geodata/binary.ts): exact round trip on the real bundles, the frozen
 * v1 fixture, the schema-version discipline, and damaged files that fail loudly with the file and the column.
 * The fixture tests/fixtures/geodata/bundle_v1_tiny.bin was written once by encodeBundleBinary from
 * bundle_v1_tiny.json and is never regenerated: it stands for the files already out there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBundleBinary, encodeBundleBinary } from '../../src/lib/engine/geodata/binary';
import { isBinaryBundle, readContainer } from '../../src/lib/engine/geodata/binary-columns';
import { migrateBundle } from '../../src/lib/engine/geodata/migrate';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import { BundleError, validateBundle } from '../../src/lib/engine/geodata/validate';
import { loadRealBundle } from '../fixtures/engine/helpers';

const FIXTURES = join(__dirname, '../fixtures/geodata');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
/** The tiny v1 fixture as written (schemaVersion 1). */
const tinyV1 = (): RegionBundle => JSON.parse(fixture('bundle_v1_tiny.json').toString('utf8'));
/** The same bundle in the current schema (migrated: VO tracks derived from the DUO type). */
const tiny = (): RegionBundle => migrateBundle(tinyV1(), 'tiny') as RegionBundle;
const load = (bytes: Uint8Array | ArrayBuffer, where = 'x.bin') =>
  validateBundle(migrateBundle(decodeBundleBinary(bytes, where), where), where);

function caught(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

/** A copy of `bin` with its header JSON replaced by `edit(header)` (sections keep their offsets). */
function withHeader(bin: Uint8Array, edit: (h: Record<string, any>) => void): Uint8Array {
  const c = readContainer(bin, 'x');
  const header = structuredClone(c.header);
  edit(header);
  const json = new TextEncoder().encode(JSON.stringify(header));
  const dataStart = Math.ceil((12 + json.length) / 8) * 8;
  const out = new Uint8Array(dataStart + (bin.length - c.dataStart));
  out.set(bin.subarray(0, 12));
  new DataView(out.buffer).setUint32(8, json.length, true);
  out.set(json, 12);
  out.set(bin.subarray(c.dataStart), dataStart);
  return out;
}

describe('binary bundle: round trip', () => {
  it('decodes the real Achterhoek bundle to exactly the JSON bundle (same values, same key order)', () => {
    const b = loadRealBundle('achterhoek');
    const bin = encodeBundleBinary(b);
    const back = load(bin);
    expect(back).toEqual(b);
    expect(JSON.stringify(back)).toBe(JSON.stringify(b));
    // Typed arrays and a small header: well under half the JSON text.
    expect(bin.byteLength).toBeLessThan(JSON.stringify(b).length / 2);
  });

  it('the file written by npm run geodata decodes to its JSON twin', () => {
    const bin = readFileSync(join(__dirname, '../../geodata/bundles/achterhoek.bin'));
    expect(isBinaryBundle(bin)).toBe(true);
    expect(load(bin)).toEqual(loadRealBundle('achterhoek'));
  });

  it('keeps nulls, context flags, suppressed bands and polygons without a PC4 polygon', () => {
    const b = tiny();
    b.facilities[0].pupils = null;
    b.facilities[1].municipality = null;
    b.facilities[2].context = true;
    b.postcodes[0].polygon = null;
    b.postcodes[0].suppressed = ['a_90_94', 'a_95plus'];
    expect(load(encodeBundleBinary(b))).toEqual(b);
  });

  it('stores a coordinate that has more than 6 decimals exactly (as Float64)', () => {
    const b = tiny();
    b.facilities[0].lon = 6.0123456789;
    b.municipalities[0].polygon[0][0][1] = [6.1000000001, 52];
    const back = load(encodeBundleBinary(b));
    expect(back.facilities[0].lon).toBe(6.0123456789);
    expect(back.municipalities[0].polygon[0][0][1]).toEqual([6.1000000001, 52]);
  });

  it('does not change the bundle it encodes', () => {
    const b = tiny();
    const before = JSON.stringify(b);
    encodeBundleBinary(b);
    expect(JSON.stringify(b)).toBe(before);
  });

  it('decodes the postcode areas on first read when deferred, with the same result', () => {
    const b = loadRealBundle('achterhoek');
    const bin = encodeBundleBinary(b);
    const lazy = decodeBundleBinary(bin, 'x', { deferPostcodes: true }) as RegionBundle;
    expect(Object.getOwnPropertyDescriptor(lazy, 'postcodes')?.get).toBeTypeOf('function');
    expect(Object.keys(lazy)).toEqual(Object.keys(b));
    expect(lazy.postcodes).toEqual(b.postcodes);
    expect(Object.getOwnPropertyDescriptor(lazy, 'postcodes')?.value).toBe(lazy.postcodes);
  });
});

describe('binary bundle: versions', () => {
  it('the frozen v1 fixture still loads and equals its JSON twin', () => {
    const b = load(fixture('bundle_v1_tiny.bin'), 'bundle_v1_tiny.bin');
    expect(b).toEqual(tiny());
    expect(b.facilities).toHaveLength(3);
  });

  it('an unknown schemaVersion fails with the same message as a JSON bundle', () => {
    const v99 = { ...tiny(), schemaVersion: 99 };
    const e = caught(() => load(encodeBundleBinary(v99 as unknown as RegionBundle), 'v99.bin'));
    expect(e).toBeInstanceOf(BundleError);
    expect(e.message).toMatch(/^v99\.bin: schemaVersion: schemaVersion 99 is not supported \(expected 2\)/);
  });

  it('another container format version is refused before anything is read', () => {
    const bin = encodeBundleBinary(tiny());
    new DataView(bin.buffer).setUint16(4, 9, true);
    expect(caught(() => load(bin, 'f.bin')).message).toBe(
      'f.bin: binary format 9 is not supported (expected 1); rebuild with `npm run geodata`'
    );
  });
});

describe('binary bundle: damaged files', () => {
  const bin = encodeBundleBinary(tiny());

  it('JSON or any other file is not taken for a binary bundle', () => {
    const json = fixture('bundle_v1_tiny.json');
    expect(isBinaryBundle(json)).toBe(false);
    expect(caught(() => load(json, 'a.bin')).message).toBe(
      'a.bin: not a binary region bundle (expected the file to start with "TAGB")'
    );
  });

  it('a cut-off file names the table and column it stops in', () => {
    const e = caught(() => load(bin.slice(0, bin.length - 100), 'cut.bin'));
    expect(e).toBeInstanceOf(BundleError);
    expect(e.message).toMatch(/^cut\.bin: postcodes\.\w+: the file is cut off/);
    expect(caught(() => load(bin.slice(0, 40), 'cut.bin')).message).toMatch(
      /^cut\.bin: the file is cut off \(header of \d+ bytes does not fit\)/
    );
  });

  it('a header without a column of the schema, or with nulls where none may be, is refused', () => {
    const noName = withHeader(bin, (h) => {
      h.tables.facilities.columns = h.tables.facilities.columns.filter((c: any) => c.name !== 'name');
    });
    expect(caught(() => load(noName, 'h.bin')).message).toBe('h.bin: facilities.name: column missing');
    const nullId = withHeader(bin, (h) => {
      const col = h.tables.facilities.columns.find((c: any) => c.name === 'lon');
      col.nullable = true;
    });
    expect(caught(() => load(nullId, 'h.bin')).message).toBe(
      'h.bin: facilities.lon: holds nulls, but the field cannot be null'
    );
  });

  it('offsets that do not add up are refused instead of drawing wrong polygons', () => {
    const bad = withHeader(bin, (h) => {
      const col = h.tables.demand.columns.find((c: any) => c.name === 'polygon');
      col.offsets[0] = h.tables.facilities.columns[0].at;
    });
    expect(caught(() => load(bad, 'o.bin')).message).toMatch(/^o\.bin: demand\.polygon: /);
  });

  it('values are still validated after decoding (a latitude out of range)', () => {
    const b = tiny();
    b.facilities[1].lat = 152;
    expect(caught(() => load(encodeBundleBinary(b), 'v.bin')).message).toBe(
      'v.bin: facilities[1].lat: expected a latitude, got number 152'
    );
  });
});
