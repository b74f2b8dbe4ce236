/**
 * GeoJSON FeatureCollections (and TopoJSON, after topojson-client turned it into features) -> the neutral table.
 * Properties become columns, the geometry becomes one point per row. Polygons (a sports park drawn in the GIS)
 * become their centroid with a warning; lines cannot stand for a location and are refused.
 */
import { ProblemList } from './problems';
import { say } from './text';
import type { Cell, Crs, FileFormat, Problem, RawPoint, Table } from './types';
import { quote } from './values';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function cellOf(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return JSON.stringify(v);
}

const isPosition = (p: unknown): p is number[] =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  isFinite(p[0]) &&
  isFinite(p[1]);

/** Area-weighted centroid of a ring (shoelace); the vertex mean for degenerate rings. */
function ringCentroid(ring: number[][]): { point: [number, number]; area: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f;
    cx += (ring[j][0] + ring[i][0]) * f;
    cy += (ring[j][1] + ring[i][1]) * f;
  }
  if (Math.abs(a) < 1e-12) {
    const n = ring.length;
    return {
      point: [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n],
      area: 0
    };
  }
  return { point: [cx / (3 * a), cy / (3 * a)], area: Math.abs(a / 2) };
}

type PointResult = { point: RawPoint; code?: string; message?: string; warning?: boolean };

function pointOf(geometry: unknown): PointResult {
  if (geometry === null || geometry === undefined) return { point: null };
  if (!isObj(geometry))
    return { point: 'invalid', code: 'geometry-invalid', message: say('geojson.notObject') };
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  const bad = (): PointResult => ({
    point: 'invalid',
    code: 'coordinates-invalid',
    message: say('geojson.notPair', { coordinates: quote(JSON.stringify(coordinates) ?? '', 40) })
  });
  if (type === 'Point') return isPosition(coordinates) ? { point: [coordinates[0], coordinates[1]] } : bad();
  if (type === 'MultiPoint') {
    if (!Array.isArray(coordinates)) return bad();
    if (coordinates.length === 0) return { point: null };
    if (coordinates.length > 1) {
      return {
        point: 'invalid',
        code: 'geometry-multipoint',
        message: say('geojson.multipoint', { n: coordinates.length })
      };
    }
    return isPosition(coordinates[0]) ? { point: [coordinates[0][0], coordinates[0][1]] } : bad();
  }
  if (type === 'Polygon' || type === 'MultiPolygon') {
    const polygons = (type === 'Polygon' ? [coordinates] : coordinates) as unknown;
    const ok =
      Array.isArray(polygons) &&
      polygons.length > 0 &&
      polygons.every(
        (p) => Array.isArray(p) && Array.isArray(p[0]) && p[0].length >= 3 && p[0].every(isPosition)
      );
    if (!ok) return bad();
    const best = (polygons as number[][][][])
      .map((p) => ringCentroid(p[0]))
      .reduce((a, b) => (b.area > a.area ? b : a));
    return {
      point: best.point,
      code: 'geometry-centroid',
      warning: true,
      message: say('geojson.centroid', { type })
    };
  }
  return {
    point: 'invalid',
    code: 'geometry-type',
    message: say('geojson.geometryType', { type: quote(String(type)) })
  };
}

/** CRS named in a (pre-2016) GeoJSON `crs` member; 'unsupported' for anything but WGS84 and RD New. */
export function declaredCrs(value: Obj): Crs | 'unsupported' | undefined {
  const crs = value.crs;
  if (!isObj(crs) || !isObj(crs.properties)) return undefined;
  const name = String(crs.properties.name ?? '');
  if (/\b28992\b/.test(name)) return 'rd';
  if (/\b4326\b|CRS84/i.test(name)) return 'wgs84';
  return 'unsupported';
}

/** Features -> table. `format` only changes how places are named (features[i] or geometries[i]). */
export function featuresToTable(
  features: unknown[],
  format: FileFormat,
  extra: { declaredCrs?: Crs; title?: string } = {}
): { table: Table | null; problems: Problem[] } {
  const problems = new ProblemList();
  const label = format === 'topojson' ? 'geometries' : 'features';
  if (features.length === 0) {
    problems.error('no-rows', say('geojson.noObjects', { label: `'${label}'` }));
    return { table: null, problems: problems.done() };
  }
  const columns: string[] = [];
  const known = new Set<string>();
  const addColumn = (c: string) => {
    if (!known.has(c)) {
      known.add(c);
      columns.push(c);
    }
  };
  const rows: Record<string, Cell>[] = [];
  const rowNumbers: number[] = [];
  const geometry: RawPoint[] = [];
  features.forEach((f, i) => {
    const at = `${label}[${i}]`;
    if (!isObj(f) || f.type !== 'Feature') {
      problems.error('geojson-invalid', say('geojson.notFeature', { at }), { feature: i });
      return;
    }
    const props = f.properties;
    if (props !== null && props !== undefined && !isObj(props)) {
      problems.error('geojson-invalid', say('geojson.propertiesNotObject', { at }), { feature: i });
      return;
    }
    const row: Record<string, Cell> = {};
    for (const [k, v] of Object.entries(props ?? {})) {
      addColumn(k);
      row[k] = cellOf(v);
    }
    if (f.id !== undefined && !('id' in row)) {
      addColumn('id');
      row.id = cellOf(f.id);
    }
    const g = pointOf(f.geometry);
    if (g.code) {
      const place = { feature: i };
      const message = say('geojson.atMessage', { at, message: g.message ?? '' });
      if (g.warning) problems.warn(g.code, message, place);
      else problems.error(g.code, message, place);
    }
    rows.push(row);
    rowNumbers.push(i);
    geometry.push(g.point);
  });
  if (rows.length === 0) return { table: null, problems: problems.done() };
  for (const r of rows) for (const c of columns) if (!(c in r)) r[c] = null;
  const table: Table = { format, columns, rows, rowNumbers, geometry, decimal: '.' };
  if (extra.declaredCrs) table.declaredCrs = extra.declaredCrs;
  if (extra.title) table.title = extra.title;
  return { table, problems: problems.done() };
}

/** A parsed GeoJSON value (FeatureCollection or a single Feature) -> table. */
export function parseGeoJson(value: unknown): { table: Table | null; problems: Problem[] } {
  const problems = new ProblemList();
  if (!isObj(value)) {
    problems.error('geojson-invalid', say('geojson.notGeoJsonObject'));
    return { table: null, problems: problems.done() };
  }
  const crs = declaredCrs(value);
  if (crs === 'unsupported') {
    const name = String(((value.crs as Obj).properties as Obj).name);
    problems.error('crs-unsupported', say('geojson.crsUnsupported', { name: quote(name) }));
    return { table: null, problems: problems.done() };
  }
  let features: unknown[];
  if (value.type === 'Feature') features = [value];
  else if (Array.isArray(value.features)) features = value.features;
  else {
    problems.error('geojson-no-features', say('geojson.noFeatures'));
    return { table: null, problems: problems.done() };
  }
  const title = typeof value.name === 'string' ? value.name : undefined;
  return featuresToTable(features, 'geojson', { declaredCrs: crs, title });
}
