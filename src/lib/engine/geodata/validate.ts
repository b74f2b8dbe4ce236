/**
 * Shape check for a loaded region bundle (runs in node and in the browser). It checks the type of every field of
 * every record, but not polygon vertices beyond the first point, so the national bundle (30k cells) stays fast.
 * Loaders: `validateBundle(migrateBundle(raw, where), where)`.
 */
import { ALL_TRACK_BITS } from '../tracks/tracks';
import { AGE_BANDS, BUNDLE_SCHEMA_VERSION, type RegionBundle } from './schema';

/** A bundle that cannot be used. `where` is the file or URL, `path` the field, e.g. `facilities[12].lon`. */
export class BundleError extends Error {
  constructor(
    readonly where: string,
    readonly path: string,
    readonly problem: string
  ) {
    super(`${where}: ${path ? path + ': ' : ''}${problem}`);
    this.name = 'BundleError';
  }
}

type Obj = Record<string, unknown>;

const SECTORS = new Set(['po', 'vo', 'so']);
const REGION_TYPES = new Set(['krimpregio', 'anticipeerregio', 'land']);

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing (field missing)';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

/** `versionOf` for migrate.ts and the check below: the number, or a BundleError when it is not one. */
export function bundleVersion(data: unknown, where: string): number {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new BundleError(where, '', `expected a region bundle object, got ${describe(data)}`);
  const v = (data as Obj).schemaVersion;
  if (v === undefined) throw new BundleError(where, 'schemaVersion', 'missing (is this a region bundle?)');
  if (typeof v !== 'number')
    throw new BundleError(where, 'schemaVersion', `expected a number, got ${describe(v)}`);
  return v;
}

export function unsupportedVersion(where: string, v: number): BundleError {
  return new BundleError(
    where,
    'schemaVersion',
    `schemaVersion ${v} is not supported (expected ${BUNDLE_SCHEMA_VERSION}); rebuild with \`npm run geodata\``
  );
}

class Checker {
  constructor(readonly where: string) {}

  fail(path: string, what: string, v: unknown): never {
    throw new BundleError(this.where, path, `expected ${what}, got ${describe(v)}`);
  }

  obj(v: unknown, path: string): Obj {
    if (!v || typeof v !== 'object' || Array.isArray(v)) this.fail(path, 'an object', v);
    return v as Obj;
  }

  arr(v: unknown, path: string, minLength = 0): unknown[] {
    if (!Array.isArray(v)) this.fail(path, 'an array', v);
    if (v.length < minLength) this.fail(path, `an array with at least ${minLength} items`, v);
    return v;
  }

  str(o: Obj, key: string, path: string): void {
    if (typeof o[key] !== 'string') this.fail(`${path}.${key}`, 'text', o[key]);
  }

  strOrNull(o: Obj, key: string, path: string): void {
    if (o[key] !== null && typeof o[key] !== 'string') this.fail(`${path}.${key}`, 'text or null', o[key]);
  }

  num(o: Obj, key: string, path: string): void {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(`${path}.${key}`, 'a finite number', v);
  }

  numOrNull(o: Obj, key: string, path: string): void {
    const v = o[key];
    if (v !== null && (typeof v !== 'number' || !Number.isFinite(v)))
      this.fail(`${path}.${key}`, 'a finite number or null', v);
  }

  bool(o: Obj, key: string, path: string): void {
    if (typeof o[key] !== 'boolean') this.fail(`${path}.${key}`, 'true or false', o[key]);
  }

  oneOf(o: Obj, key: string, path: string, allowed: Set<string>): void {
    if (typeof o[key] !== 'string' || !allowed.has(o[key] as string))
      this.fail(`${path}.${key}`, [...allowed].join(' | '), o[key]);
  }

  lonLat(o: Obj, path: string, lonKey = 'lon', latKey = 'lat'): void {
    this.num(o, lonKey, path);
    this.num(o, latKey, path);
    if (Math.abs(o[lonKey] as number) > 180) this.fail(`${path}.${lonKey}`, 'a longitude', o[lonKey]);
    if (Math.abs(o[latKey] as number) > 90) this.fail(`${path}.${latKey}`, 'a latitude', o[latKey]);
  }

  /** A MultiPolygon: only the first vertex is checked (cheap). */
  multiPolygon(v: unknown, path: string): void {
    const polys = this.arr(v, path, 1);
    const ring = this.arr(this.arr(polys[0], `${path}[0]`, 1)[0], `${path}[0][0]`, 4);
    this.point(ring[0], `${path}[0][0][0]`);
  }

  point(v: unknown, path: string): void {
    const p = this.arr(v, path, 2);
    if (typeof p[0] !== 'number' || typeof p[1] !== 'number') this.fail(path, '[lon, lat] numbers', v);
  }
}

export function validateBundle(data: unknown, where: string): RegionBundle {
  const version = bundleVersion(data, where);
  if (version !== BUNDLE_SCHEMA_VERSION) throw unsupportedVersion(where, version);
  const c = new Checker(where);
  const root = data as Obj;

  const meta = c.obj(root.meta, 'meta');
  for (const k of ['id', 'name', 'builtAt']) c.str(meta, k, 'meta');
  c.oneOf(meta, 'type', 'meta', REGION_TYPES);
  c.strOrNull(meta, 'province', 'meta');
  c.bool(meta, 'active', 'meta');
  c.arr(meta.municipalities, 'meta.municipalities', 1).forEach((m, i) => {
    const p = `meta.municipalities[${i}]`;
    const o = c.obj(m, p);
    c.str(o, 'code', p);
    c.str(o, 'name', p);
  });
  const bbox = c.arr(meta.bbox, 'meta.bbox', 4);
  if (bbox.length !== 4 || bbox.some((v) => typeof v !== 'number')) c.fail('meta.bbox', '4 numbers', bbox);

  c.arr(root.municipalities, 'municipalities', 1).forEach((m, i) => {
    const p = `municipalities[${i}]`;
    const o = c.obj(m, p);
    c.str(o, 'code', p);
    c.str(o, 'name', p);
    c.multiPolygon(o.polygon, `${p}.polygon`);
    c.lonLat(o, p, 'labelLon', 'labelLat');
  });

  c.arr(root.postcodes, 'postcodes').forEach((v, i) => {
    const p = `postcodes[${i}]`;
    const o = c.obj(v, p);
    for (const k of ['id', 'municipality', 'place']) c.str(o, k, p);
    c.lonLat(o, p);
    c.num(o, 'x', p);
    c.num(o, 'y', p);
    c.num(o, 'total', p);
    if (o.polygon !== null) c.multiPolygon(o.polygon, `${p}.polygon`);
    const ages = c.obj(o.ages, `${p}.ages`);
    for (const b of AGE_BANDS) c.num(ages, b, `${p}.ages`);
    c.arr(o.suppressed, `${p}.suppressed`).forEach((b, k) => {
      if (!(AGE_BANDS as readonly unknown[]).includes(b)) c.fail(`${p}.suppressed[${k}]`, 'an age band', b);
    });
  });

  c.arr(root.demand, 'demand').forEach((v, i) => {
    const p = `demand[${i}]`;
    const o = c.obj(v, p);
    c.str(o, 'id', p);
    c.str(o, 'municipality', p);
    c.lonLat(o, p);
    for (const k of ['x', 'y', 'T', 'Y_LT15']) c.num(o, k, p);
    c.point(c.arr(o.polygon, `${p}.polygon`, 4)[0], `${p}.polygon[0]`);
  });

  const ids = new Set<string>();
  c.arr(root.facilities, 'facilities').forEach((v, i) => {
    const p = `facilities[${i}]`;
    const o = c.obj(v, p);
    for (const k of ['id', 'brin', 'name', 'type', 'denomination', 'address', 'postcode', 'place'])
      c.str(o, k, p);
    c.oneOf(o, 'sector', p, SECTORS);
    c.strOrNull(o, 'municipality', p);
    c.lonLat(o, p);
    c.num(o, 'x', p);
    c.num(o, 'y', p);
    c.numOrNull(o, 'pupils', p);
    c.bool(o, 'context', p);
    const tracks = o.tracks;
    if (typeof tracks !== 'number' || !Number.isInteger(tracks) || tracks < 0 || tracks > ALL_TRACK_BITS) {
      c.fail(`${p}.tracks`, `a track bitmask (integer 0-${ALL_TRACK_BITS})`, tracks);
    }
    if (ids.has(o.id as string)) throw new BundleError(where, `${p}.id`, `duplicate facility id "${o.id}"`);
    ids.add(o.id as string);
  });

  const norms = c.obj(root.norms, 'norms');
  c.num(norms, 'year', 'norms');
  c.arr(norms.municipal, 'norms.municipal').forEach((v, i) => {
    const p = `norms.municipal[${i}]`;
    const o = c.obj(v, p);
    for (const k of ['code', 'name', 'source']) c.str(o, k, p);
    c.numOrNull(o, 'norm', p);
    c.numOrNull(o, 'foundingNorm', p);
  });
  c.arr(norms.subAreas, 'norms.subAreas').forEach((v, i) => {
    const p = `norms.subAreas[${i}]`;
    const o = c.obj(v, p);
    c.str(o, 'municipality', p);
    c.str(o, 'area', p);
    c.num(o, 'norm', p);
    c.arr(o.places, `${p}.places`).forEach((s, k) => {
      if (typeof s !== 'string') c.fail(`${p}.places[${k}]`, 'text', s);
    });
  });

  return data as RegionBundle;
}
