/**
 * A small self-describing container of typed-array columns: the binary form of a region bundle
 * (geodata/schema/README.md, "Binary bundle"). Pure: no I/O, runs in Node, the worker and the page.
 *
 *   0   4 bytes  magic "TAGB"
 *   4   u16      container format version (BINARY_FORMAT_VERSION)
 *   6   u16      bundle schemaVersion
 *   8   u32      header length H in bytes
 *   12  H bytes  header: UTF-8 JSON { ...plain parts, tables: { name: { count, columns: [descriptor] } } }
 *       zero padding to a multiple of 8: the data block starts here
 *       sections, each at a multiple of 8 from the data block start, little-endian
 *
 * A column descriptor names its field, its type and where its sections are (`[offset from the data block, byte
 * length]`), so a reader needs no table definitions: it rebuilds the records from the header alone. Columns are
 * chosen per bundle by the writer (`number` becomes scaled Int32 when every value survives the round trip, else
 * Float64), and every value round-trips exactly: decode(encode(rows)) deep-equals rows.
 */
import { BundleError } from './validate';

export const BINARY_MAGIC = 'TAGB';
export const BINARY_FORMAT_VERSION = 1;

/** [offset from the data block start, byte length]. */
export type Section = [number, number];

/** The header's description of one column (see the README for each type). */
export type ColumnInfo =
  | { name: string; type: 'int'; at: Section; scale: number; delta?: boolean; nullable?: boolean }
  | { name: string; type: 'f64'; at: Section; nullable?: boolean }
  | { name: string; type: 'bool'; at: Section }
  | { name: string; type: 'str'; at: Section }
  | { name: string; type: 'dict'; at: Section; values: string[]; nullable?: boolean }
  | { name: string; type: 'record'; at: Section; keys: string[] }
  | { name: string; type: 'set'; at: Section; values: string[] }
  | {
      name: string;
      type: 'geometry';
      /** 1: a ring of [lon, lat] points; 3: a MultiPolygon (polygons > rings > points). */
      depth: 1 | 3;
      /** Uint32 offsets per level (count + 1 each): record > polygons > rings > points. */
      offsets: Section[];
      coords: Section;
      /** Int32 scaled and delta-coded, or plain Float64 when a coordinate would not round-trip. */
      coordType: 'i32' | 'f64';
      scale: number;
      /** Uint8 per record, 1 = null (only when a record has no geometry). */
      nulls?: Section;
    };

export interface TableInfo {
  count: number;
  columns: ColumnInfo[];
}

/** What the writer is told about a field; it picks the stored type. */
export type ColumnKind =
  | { kind: 'number'; nullable?: boolean; delta?: boolean }
  | { kind: 'string'; nullable?: boolean }
  | { kind: 'bool' }
  | { kind: 'record'; keys: readonly string[] }
  | { kind: 'set'; values: readonly string[] }
  | { kind: 'geometry'; depth: 1 | 3; nullable?: boolean };

export type ColumnDef<T> = ColumnKind & { name: string; get: (row: T) => unknown };

const INT_NULL = -0x80000000;
const DICT_NULL = 0xffff;
const SCALES = [1, 10, 100, 1000, 1e4, 1e5, 1e6];
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Collects the sections of the data block while the header is being written. */
export class SectionWriter {
  private parts: Uint8Array[] = [];
  private size = 0;

  add(view: ArrayBufferView): Section {
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    const at: Section = [this.size, bytes.byteLength];
    this.parts.push(bytes);
    this.size += bytes.byteLength;
    const pad = (8 - (this.size % 8)) % 8;
    if (pad) {
      this.parts.push(new Uint8Array(pad));
      this.size += pad;
    }
    return at;
  }

  /** The whole file: fixed fields, header JSON, padding, data block. */
  finish(schemaVersion: number, header: unknown): Uint8Array {
    if (!LITTLE_ENDIAN) throw new Error('binary bundles are written on little-endian machines only');
    const json = new TextEncoder().encode(JSON.stringify(header));
    const dataStart = Math.ceil((12 + json.byteLength) / 8) * 8;
    const out = new Uint8Array(dataStart + this.size);
    out.set(new TextEncoder().encode(BINARY_MAGIC), 0);
    const dv = new DataView(out.buffer);
    dv.setUint16(4, BINARY_FORMAT_VERSION, true);
    dv.setUint16(6, schemaVersion, true);
    dv.setUint32(8, json.byteLength, true);
    out.set(json, 12);
    let at = dataStart;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.byteLength;
    }
    return out;
  }
}

/** The smallest scale at which every value is an exact Int32, or null (then Float64). */
function intScale(values: readonly (number | null)[]): number | null {
  for (const scale of SCALES) {
    let ok = true;
    for (const v of values) {
      if (v === null) continue;
      const n = Math.round(v * scale);
      if (!Number.isFinite(v) || n / scale !== v || n <= INT_NULL || n > 0x7fffffff) {
        ok = false;
        break;
      }
    }
    if (ok) return scale;
  }
  return null;
}

function encodeNumbers(
  name: string,
  values: (number | null)[],
  w: SectionWriter,
  kind: { nullable?: boolean; delta?: boolean }
): ColumnInfo {
  const nullable = values.includes(null);
  if (nullable && !kind.nullable) throw new Error(`column ${name}: null in a column that cannot be null`);
  const scale = intScale(values);
  if (scale === null) {
    const out = Float64Array.from(values, (v) => (v === null ? NaN : v));
    return { name, type: 'f64', at: w.add(out), ...(nullable ? { nullable } : {}) };
  }
  const out = new Int32Array(values.length);
  // Deltas only where there are no nulls: the running sum would have to skip them.
  const delta = !!kind.delta && !nullable;
  let prev = 0;
  values.forEach((v, i) => {
    const n = v === null ? INT_NULL : Math.round(v * scale);
    out[i] = delta ? n - prev : n;
    prev = n;
  });
  return {
    name,
    type: 'int',
    at: w.add(out),
    scale,
    ...(delta ? { delta } : {}),
    ...(nullable ? { nullable } : {})
  };
}

function encodeStrings(name: string, values: unknown[], w: SectionWriter, nullable: boolean): ColumnInfo {
  const distinct = new Map<string | null, number>();
  for (const v of values) {
    if (v === null && !nullable) throw new Error(`column ${name}: null in a column that cannot be null`);
    if (v !== null && typeof v !== 'string')
      throw new Error(`column ${name}: expected text, got ${typeof v}`);
    if (v !== null && v.includes('\u0000')) throw new Error(`column ${name}: text contains U+0000`);
    if (!distinct.has(v as string | null)) distinct.set(v as string | null, distinct.size);
  }
  // Few distinct values (sector, place, municipality): an index into a list in the header.
  if (nullable || (distinct.size < DICT_NULL && distinct.size * 4 <= values.length)) {
    const list = [...distinct.keys()].filter((v) => v !== null);
    const index = new Map(list.map((v, i) => [v, i]));
    if (list.length >= DICT_NULL) throw new Error(`column ${name}: too many distinct values`);
    const out = Uint16Array.from(values, (v) =>
      v === null ? DICT_NULL : (index.get(v as string) as number)
    );
    const hasNull = distinct.has(null);
    return { name, type: 'dict', at: w.add(out), values: list, ...(hasNull ? { nullable: true } : {}) };
  }
  return { name, type: 'str', at: w.add(new TextEncoder().encode((values as string[]).join('\u0000'))) };
}

/** Offsets and coordinates of rings (depth 1) or MultiPolygons (depth 3). */
function encodeGeometry(
  name: string,
  values: unknown[],
  w: SectionWriter,
  depth: 1 | 3,
  nullable: boolean
): ColumnInfo {
  const levels: number[][] = Array.from({ length: depth }, () => [0]);
  const coords: number[] = [];
  const nulls = new Uint8Array(values.length);
  const walk = (v: unknown, level: number, path: string): void => {
    if (!Array.isArray(v)) throw new Error(`column ${name}: ${path} is not an array`);
    if (level === depth) {
      for (const p of v) {
        if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number')
          throw new Error(`column ${name}: ${path} holds a point that is not [lon, lat]`);
        coords.push(p[0], p[1]);
      }
      levels[level - 1].push(coords.length / 2);
      return;
    }
    for (const child of v) walk(child, level + 1, path);
    levels[level - 1].push(levels[level].length - 1);
  };
  values.forEach((v, i) => {
    if (v === null && nullable) {
      nulls[i] = 1;
      levels[0].push(levels[0][levels[0].length - 1]);
    } else walk(v, 1, `row ${i}`);
  });
  const scale = intScale(coords);
  let at: Section;
  if (scale === null) at = w.add(Float64Array.from(coords));
  else {
    // Neighbouring points are close: deltas of lon and lat separately are small numbers that compress well.
    const out = new Int32Array(coords.length);
    let px = 0;
    let py = 0;
    for (let k = 0; k < coords.length; k += 2) {
      const x = Math.round(coords[k] * scale);
      const y = Math.round(coords[k + 1] * scale);
      out[k] = x - px;
      out[k + 1] = y - py;
      px = x;
      py = y;
    }
    at = w.add(out);
  }
  return {
    name,
    type: 'geometry',
    depth,
    offsets: levels.map((l) => w.add(Uint32Array.from(l))),
    coords: at,
    coordType: scale === null ? 'f64' : 'i32',
    scale: scale ?? 1,
    ...(nulls.some((n) => n === 1) ? { nulls: w.add(nulls) } : {})
  };
}

/** Writes the columns of one table; returns its header entry. */
export function encodeTable<T>(
  rows: readonly T[],
  defs: readonly ColumnDef<T>[],
  w: SectionWriter
): TableInfo {
  const columns = defs.map((d): ColumnInfo => {
    const values = rows.map((r) => d.get(r));
    switch (d.kind) {
      case 'number':
        for (const v of values)
          if (v !== null && typeof v !== 'number') throw new Error(`column ${d.name}: expected a number`);
        return encodeNumbers(d.name, values as (number | null)[], w, d);
      case 'string':
        return encodeStrings(d.name, values, w, !!d.nullable);
      case 'bool':
        return { name: d.name, type: 'bool', at: w.add(Uint8Array.from(values, (v) => (v ? 1 : 0))) };
      case 'record': {
        const out = new Int32Array(rows.length * d.keys.length);
        values.forEach((v, i) =>
          d.keys.forEach((k, j) => {
            const n = (v as Record<string, number>)[k];
            if (!Number.isInteger(n)) throw new Error(`column ${d.name}: ${k} of row ${i} is not an integer`);
            out[i * d.keys.length + j] = n;
          })
        );
        return { name: d.name, type: 'record', at: w.add(out), keys: [...d.keys] };
      }
      case 'set': {
        if (d.values.length > 32) throw new Error(`column ${d.name}: a set holds at most 32 values`);
        const out = Uint32Array.from(values, (v) =>
          (v as string[]).reduce((bits, s) => {
            const k = d.values.indexOf(s);
            if (k < 0) throw new Error(`column ${d.name}: unknown value ${s}`);
            return (bits | (1 << k)) >>> 0;
          }, 0)
        );
        return { name: d.name, type: 'set', at: w.add(out), values: [...d.values] };
      }
      case 'geometry':
        return encodeGeometry(d.name, values, w, d.depth, !!d.nullable);
    }
  });
  return { count: rows.length, columns };
}

/** A parsed container: the header and typed views on the data block (no copies). */
export interface Container {
  formatVersion: number;
  schemaVersion: number;
  header: Record<string, unknown> & { tables: Record<string, TableInfo> };
  buffer: ArrayBuffer;
  dataStart: number;
}

/** True when the bytes start with the container's magic (a binary bundle rather than JSON). */
export function isBinaryBundle(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && String.fromCharCode(...bytes.subarray(0, 4)) === BINARY_MAGIC;
}

/** Reads the fixed fields and the header; throws BundleError for anything that is not a container. */
export function readContainer(input: ArrayBuffer | Uint8Array, where: string): Container {
  // Views need aligned offsets: a Uint8Array somewhere inside a larger buffer is copied once.
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const buffer =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? (bytes.buffer as ArrayBuffer)
      : (bytes.slice().buffer as ArrayBuffer);
  const fail = (problem: string): never => {
    throw new BundleError(where, '', problem);
  };
  if (!LITTLE_ENDIAN) fail('binary bundles need a little-endian machine');
  if (buffer.byteLength < 12 || !isBinaryBundle(new Uint8Array(buffer, 0, 4)))
    fail(`not a binary region bundle (expected the file to start with "${BINARY_MAGIC}")`);
  const dv = new DataView(buffer);
  const formatVersion = dv.getUint16(4, true);
  if (formatVersion !== BINARY_FORMAT_VERSION)
    fail(
      `binary format ${formatVersion} is not supported (expected ${BINARY_FORMAT_VERSION}); rebuild with \`npm run geodata\``
    );
  const length = dv.getUint32(8, true);
  if (12 + length > buffer.byteLength) fail(`the file is cut off (header of ${length} bytes does not fit)`);
  let header: Container['header'] | null = null;
  try {
    header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 12, length)));
  } catch {
    fail('the header is not valid JSON');
  }
  if (!header || typeof header !== 'object' || !header.tables || typeof header.tables !== 'object')
    fail('the header has no tables');
  return {
    formatVersion,
    schemaVersion: dv.getUint16(6, true),
    header: header as Container['header'],
    buffer,
    dataStart: Math.ceil((12 + length) / 8) * 8
  };
}
