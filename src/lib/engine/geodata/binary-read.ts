/**
 * Reading the tables of a binary container (binary-columns.ts) back into plain records. Every section is checked
 * against the file before it is viewed, so a cut-off or damaged file fails with a BundleError naming the table
 * and column instead of returning wrong numbers.
 */
import type { ColumnInfo, Container, Section } from './binary-columns';
import { BundleError } from './validate';

type Row = Record<string, unknown>;
type ArrayType =
  typeof Int32Array | typeof Uint32Array | typeof Uint16Array | typeof Uint8Array | typeof Float64Array;

const INT_NULL = -0x80000000;
const DICT_NULL = 0xffff;

class Reader {
  constructor(
    readonly c: Container,
    readonly where: string,
    readonly path: string
  ) {}

  fail(problem: string): never {
    throw new BundleError(this.where, this.path, problem);
  }

  view<A extends ArrayType>(Type: A, at: Section, count?: number): InstanceType<A> {
    if (!Array.isArray(at) || at.length !== 2) this.fail('section without [offset, length]');
    const [offset, length] = at;
    const start = this.c.dataStart + offset;
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0)
      this.fail('section with an invalid offset or length');
    if (start + length > this.c.buffer.byteLength) this.fail('the file is cut off (section beyond its end)');
    if (start % Type.BYTES_PER_ELEMENT !== 0 || length % Type.BYTES_PER_ELEMENT !== 0)
      this.fail('section not aligned to its element size');
    const n = length / Type.BYTES_PER_ELEMENT;
    if (count !== undefined && n !== count) this.fail(`expected ${count} values, found ${n}`);
    return new Type(this.c.buffer, start, n) as InstanceType<A>;
  }
}

function numbers(r: Reader, col: Extract<ColumnInfo, { type: 'int' | 'f64' }>, count: number) {
  if (col.type === 'f64') {
    const v = r.view(Float64Array, col.at, count);
    const out = new Array<number | null>(count);
    for (let i = 0; i < count; i++) out[i] = col.nullable && Number.isNaN(v[i]) ? null : v[i];
    return out;
  }
  const v = r.view(Int32Array, col.at, count);
  const scale = col.scale;
  if (!(scale > 0)) r.fail('integer column without a positive scale');
  const out = new Array<number | null>(count);
  let sum = 0;
  for (let i = 0; i < count; i++) {
    if (col.delta) sum += v[i];
    const n = col.delta ? sum : v[i];
    out[i] = col.nullable && n === INT_NULL ? null : scale === 1 ? n : n / scale;
  }
  return out;
}

function strings(r: Reader, at: Section, count: number): string[] {
  const bytes = r.view(Uint8Array, at);
  const out = count === 0 ? [] : new TextDecoder().decode(bytes).split('\u0000');
  if (out.length !== count) r.fail(`expected ${count} texts, found ${out.length}`);
  return out;
}

/** Offsets of one level: count + 1 non-decreasing values, the last within `limit`. */
function offsets(r: Reader, at: Section, count: number, limit: number): Uint32Array {
  const o = r.view(Uint32Array, at, count + 1);
  for (let i = 0; i < count; i++) if (o[i + 1] < o[i]) r.fail('geometry offsets go backwards');
  if (o[0] !== 0 || o[count] !== limit) r.fail('geometry offsets do not match the coordinates');
  return o;
}

function geometry(r: Reader, col: Extract<ColumnInfo, { type: 'geometry' }>, count: number) {
  const raw = col.coordType === 'f64' ? r.view(Float64Array, col.coords) : r.view(Int32Array, col.coords);
  if (raw.length % 2 !== 0) r.fail('an odd number of coordinates');
  const points = raw.length / 2;
  const xy = new Float64Array(raw.length);
  if (col.coordType === 'f64') xy.set(raw);
  else {
    let x = 0;
    let y = 0;
    for (let k = 0; k < raw.length; k += 2) {
      x += raw[k];
      y += raw[k + 1];
      xy[k] = x / col.scale;
      xy[k + 1] = y / col.scale;
    }
  }
  if (col.depth !== 1 && col.depth !== 3) r.fail(`geometry depth ${col.depth} is not 1 or 3`);
  if (!Array.isArray(col.offsets) || col.offsets.length !== col.depth) r.fail('geometry without its offsets');
  const ring = (from: number, to: number) => {
    const out = new Array<number[]>(to - from);
    for (let p = from; p < to; p++) out[p - from] = [xy[2 * p], xy[2 * p + 1]];
    return out;
  };
  const nulls = col.nulls ? r.view(Uint8Array, col.nulls, count) : null;
  const out = new Array<unknown>(count);
  if (col.depth === 1) {
    const pts = offsets(r, col.offsets[0], count, points);
    for (let i = 0; i < count; i++) out[i] = nulls?.[i] ? null : ring(pts[i], pts[i + 1]);
    return out;
  }
  // Sizes of the inner levels are the last offset of the level above.
  const polys = r.view(Uint32Array, col.offsets[0], count + 1);
  const rings = r.view(Uint32Array, col.offsets[1]);
  const pts = offsets(r, col.offsets[2], rings.length > 0 ? rings[rings.length - 1] : 0, points);
  offsets(r, col.offsets[1], rings.length - 1, pts.length - 1);
  offsets(r, col.offsets[0], count, rings.length - 1);
  for (let i = 0; i < count; i++) {
    if (nulls?.[i]) {
      out[i] = null;
      continue;
    }
    const mp = new Array<number[][][]>(polys[i + 1] - polys[i]);
    for (let p = polys[i]; p < polys[i + 1]; p++) {
      const poly = new Array<number[][]>(rings[p + 1] - rings[p]);
      for (let k = rings[p]; k < rings[p + 1]; k++) poly[k - rings[p]] = ring(pts[k], pts[k + 1]);
      mp[p - polys[i]] = poly;
    }
    out[i] = mp;
  }
  return out;
}

/** The values of one column, one per record. */
function column(r: Reader, col: ColumnInfo, count: number): unknown[] {
  switch (col.type) {
    case 'int':
    case 'f64':
      return numbers(r, col, count);
    case 'bool':
      return Array.from(r.view(Uint8Array, col.at, count), (v) => v === 1);
    case 'str':
      return strings(r, col.at, count);
    case 'dict': {
      const idx = r.view(Uint16Array, col.at, count);
      if (!Array.isArray(col.values)) r.fail('text list missing');
      return Array.from(idx, (k) => {
        if (k === DICT_NULL && col.nullable) return null;
        if (k >= col.values.length) r.fail(`index ${k} outside its list of ${col.values.length} texts`);
        return col.values[k];
      });
    }
    case 'record': {
      const keys = col.keys;
      const v = r.view(Int32Array, col.at, count * keys.length);
      return Array.from({ length: count }, (_, i) => {
        const o: Record<string, number> = {};
        for (let j = 0; j < keys.length; j++) o[keys[j]] = v[i * keys.length + j];
        return o;
      });
    }
    case 'set': {
      const v = r.view(Uint32Array, col.at, count);
      return Array.from(v, (bits) => col.values.filter((_, k) => (bits >>> k) & 1));
    }
    case 'geometry':
      return geometry(r, col, count);
    default:
      return r.fail(`unknown column type ${String((col as { type: unknown }).type)}`);
  }
}

/** The records of a table, fields in column order; an empty list when the file has no such table. */
export function decodeTable(c: Container, table: string, where: string): Row[] {
  const info = c.header.tables[table];
  if (!info) throw new BundleError(where, table, 'table missing');
  if (!Number.isInteger(info.count) || info.count < 0 || !Array.isArray(info.columns))
    throw new BundleError(where, table, 'table without count or columns');
  const rows: Row[] = Array.from({ length: info.count }, () => ({}));
  for (const col of info.columns) {
    const values = column(new Reader(c, where, `${table}.${col.name}`), col, info.count);
    for (let i = 0; i < info.count; i++) rows[i][col.name] = values[i];
  }
  return rows;
}
