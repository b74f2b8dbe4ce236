/**
 * Which coordinate system a file uses, decided by the value ranges: WGS84 lon/lat in the Netherlands is
 * (3.2..7.3, 50.7..53.6), RD New x/y is (-7000..300000, 289000..629000). The ranges do not overlap, so one pair
 * tells the system and whether its two numbers are swapped. The majority of rows decides for the file; rows that
 * disagree are reported. The caller shows the result and lets the user confirm (or override with options.crs).
 */
import { fromRD, RD_BOUNDS, toRD } from '../engine/projection';
import type { Bbox, Crs, Table } from './types';
import { CRS_LABEL } from './crs';
import { say } from './text';
import { cellText, detectDecimal, formatNumber, parseNumber } from './values';

export const NL_LONLAT = { minLon: 3.2, maxLon: 7.3, minLat: 50.7, maxLat: 53.6 } as const;

export type PairClass = 'wgs84' | 'wgs84-swapped' | 'rd' | 'rd-swapped' | 'none';

const inLon = (v: number) => v >= NL_LONLAT.minLon && v <= NL_LONLAT.maxLon;
const inLat = (v: number) => v >= NL_LONLAT.minLat && v <= NL_LONLAT.maxLat;
const inX = (v: number) => v >= RD_BOUNDS.minX && v <= RD_BOUNDS.maxX;
const inY = (v: number) => v >= RD_BOUNDS.minY && v <= RD_BOUNDS.maxY;

export function classifyPair(a: number, b: number): PairClass {
  if (inLon(a) && inLat(b)) return 'wgs84';
  if (inLat(a) && inLon(b)) return 'wgs84-swapped';
  if (inX(a) && inY(b)) return 'rd';
  if (inY(a) && inX(b)) return 'rd-swapped';
  return 'none';
}

export interface CrsDecision {
  crs: Crs | null;
  swapped: boolean;
  source: 'detected' | 'declared' | 'option' | null;
  /** The file's `crs` member named a system its numbers do not fit. */
  declaredMismatch: boolean;
}

export function decideCrs(
  pairs: readonly [number, number][],
  opts: { crs?: Crs; swapAxes?: boolean; declared?: Crs }
): CrsDecision {
  const counts: Record<PairClass, number> = { wgs84: 0, 'wgs84-swapped': 0, rd: 0, 'rd-swapped': 0, none: 0 };
  for (const [a, b] of pairs) counts[classifyPair(a, b)]++;
  const total = (c: Crs) => counts[c] + counts[`${c}-swapped`];
  const swappedFor = (c: Crs) => opts.swapAxes ?? counts[`${c}-swapped`] > counts[c];
  if (opts.crs)
    return { crs: opts.crs, swapped: swappedFor(opts.crs), source: 'option', declaredMismatch: false };
  const detected: Crs | null =
    total('wgs84') === 0 && total('rd') === 0 ? null : total('wgs84') >= total('rd') ? 'wgs84' : 'rd';
  if (opts.declared) {
    const mismatch = detected !== null && total(opts.declared) === 0;
    const crs = mismatch ? detected : opts.declared;
    return {
      crs,
      swapped: swappedFor(crs!),
      source: mismatch ? 'detected' : 'declared',
      declaredMismatch: mismatch
    };
  }
  if (detected === null) return { crs: null, swapped: false, source: null, declaredMismatch: false };
  return { crs: detected, swapped: swappedFor(detected), source: 'detected', declaredMismatch: false };
}

export interface Placed {
  lon: number;
  lat: number;
  x: number;
  y: number;
}

const AXES: Record<Crs, [string, string]> = { wgs84: ['lon', 'lat'], rd: ['x', 'y'] };
export { CRS_LABEL };

/**
 * One pair under the file's decision: the point, or the reason it cannot be placed (without a prefix).
 * `crs` null means no row of the file was inside the Netherlands.
 */
export function placePair(
  a: number,
  b: number,
  decision: CrsDecision
): { point: Placed } | { code: string; message: string } {
  const crs = decision.crs ?? 'wgs84';
  const cls = classifyPair(a, b);
  const expected: PairClass = decision.swapped ? `${crs}-swapped` : crs;
  const [p, q] = AXES[crs];
  const pair = `(${formatNumber(a)}; ${formatNumber(b)})`;
  if (cls === expected) {
    const [u, v] = decision.swapped ? [b, a] : [a, b];
    if (crs === 'wgs84') {
      const [x, y] = toRD(u, v);
      return { point: { lon: u, lat: v, x, y } };
    }
    const [lon, lat] = fromRD(u, v);
    return { point: { lon, lat, x: u, y: v } };
  }
  if (cls === 'none') {
    const values = { p, a: formatNumber(a), q, b: formatNumber(b) };
    return {
      code: 'outside-netherlands',
      message: say(a === 0 && b === 0 ? 'coordinates.outsideZero' : 'coordinates.outside', values)
    };
  }
  if (cls.startsWith(crs)) {
    return {
      code: 'coordinates-swapped',
      message: say(decision.swapped ? 'coordinates.swappedOrder' : 'coordinates.swapped', { pair, p, q })
    };
  }
  const other: Crs = crs === 'wgs84' ? 'rd' : 'wgs84';
  return {
    code: 'crs-mixed',
    message: say('coordinates.mixed', { pair, other: CRS_LABEL[other], crs: CRS_LABEL[crs] })
  };
}

/** Kilometres from a point to a lon/lat box (0 inside); equirectangular, fine at these distances. */
export function kmOutsideBbox(lon: number, lat: number, bbox: Bbox): number {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const dLon = Math.max(minLon - lon, 0, lon - maxLon);
  const dLat = Math.max(minLat - lat, 0, lat - maxLat);
  return Math.hypot(dLon * 111.32 * Math.cos((lat * Math.PI) / 180), dLat * 110.57);
}

export type RawPair =
  | { kind: 'pair'; a: number; b: number }
  | { kind: 'empty' }
  | { kind: 'partial'; column: string }
  | { kind: 'invalid'; column?: string; value?: string }
  | { kind: 'geometry-invalid' };

/** The coordinate pair of every row, before the CRS is known. */
export function readPairs(table: Table, cols: [string, string] | null): RawPair[] {
  if (!cols) {
    return (table.geometry ?? table.rows.map(() => null)).map((g): RawPair =>
      g === null
        ? { kind: 'empty' }
        : g === 'invalid'
          ? { kind: 'geometry-invalid' }
          : { kind: 'pair', a: g[0], b: g[1] }
    );
  }
  const decimals = cols.map((c) =>
    detectDecimal(
      table.rows.map((r) => r[c]),
      table.decimal
    )
  );
  return table.rows.map((row): RawPair => {
    const [a, b] = cols.map((c, k) => parseNumber(row[c], decimals[k]));
    if (a === null && b === null) return { kind: 'empty' };
    if (a === null || b === null) return { kind: 'partial', column: cols[a === null ? 0 : 1] };
    const bad = Number.isNaN(a) ? cols[0] : Number.isNaN(b) ? cols[1] : null;
    if (bad !== null) return { kind: 'invalid', column: bad, value: cellText(row[bad]) };
    return { kind: 'pair', a, b };
  });
}
