/**
 * A region bundle as one binary file: the same content as the JSON bundle (decode(encode(b)) deep-equals b), with
 * coordinates, counts and offsets in typed arrays and the small parts (meta, norms) in the header. What the app
 * downloads (`/api/regions/<id>/bundle.<hash>.bin`, precompressed); the JSON stays for export, the CLI and tests.
 * Layout: binary-columns.ts and geodata/schema/README.md ("Binary bundle").
 *
 * Adding a field to a table (e.g. a facility column): add it to the table's column list below, bump
 * BUNDLE_SCHEMA_VERSION with a migration step in migrate.ts (which fills the field for older files), and keep a
 * frozen binary fixture of the old version. Readers need nothing else: the header describes every column.
 */
import {
  AGE_BANDS,
  BUNDLE_SCHEMA_VERSION,
  type DemandUnit,
  type Facility,
  type Municipality,
  type PostcodeArea,
  type RegionBundle
} from './schema';
import {
  encodeTable,
  readContainer,
  SectionWriter,
  type ColumnDef,
  type ColumnInfo,
  type Container
} from './binary-columns';
import { decodeTable } from './binary-read';
import { BundleError } from './validate';

const num = <T>(name: keyof T & string, delta = false): ColumnDef<T> => ({
  name,
  kind: 'number',
  delta,
  get: (r) => r[name]
});
const text = <T>(name: keyof T & string, nullable = false): ColumnDef<T> => ({
  name,
  kind: 'string',
  nullable,
  get: (r) => r[name]
});

/** The tables and their columns, in the field order of the JSON bundle. */
const MUNICIPALITY_COLUMNS: ColumnDef<Municipality>[] = [
  text('code'),
  text('name'),
  { name: 'polygon', kind: 'geometry', depth: 3, get: (m) => m.polygon },
  num('labelLon'),
  num('labelLat')
];

const POSTCODE_COLUMNS: ColumnDef<PostcodeArea>[] = [
  text('id'),
  num('lon'),
  num('lat'),
  num('x'),
  num('y'),
  text('municipality'),
  text('place'),
  { name: 'polygon', kind: 'geometry', depth: 3, nullable: true, get: (p) => p.polygon },
  num('total'),
  { name: 'ages', kind: 'record', keys: AGE_BANDS, get: (p) => p.ages },
  { name: 'suppressed', kind: 'set', values: AGE_BANDS, get: (p) => p.suppressed }
];

const DEMAND_COLUMNS: ColumnDef<DemandUnit>[] = [
  text('id'),
  // The cells come row by row: coordinates as differences compress to a fraction.
  num('lon', true),
  num('lat', true),
  num('x', true),
  num('y', true),
  { name: 'polygon', kind: 'geometry', depth: 1, get: (d) => d.polygon },
  num('T'),
  num('Y_LT15'),
  text('municipality')
];

const FACILITY_COLUMNS: ColumnDef<Facility>[] = [
  text('id'),
  text('brin'),
  text('name'),
  text('sector'),
  text('type'),
  text('denomination'),
  text('address'),
  text('postcode'),
  text('place'),
  num('lon'),
  num('lat'),
  { name: 'pupils', kind: 'number', nullable: true, get: (f) => f.pupils },
  text('municipality', true),
  num('x'),
  num('y'),
  num('tracks'),
  { name: 'context', kind: 'bool', get: (f) => f.context }
];

const TABLES = {
  municipalities: MUNICIPALITY_COLUMNS,
  demand: DEMAND_COLUMNS,
  facilities: FACILITY_COLUMNS,
  postcodes: POSTCODE_COLUMNS
} as Record<string, ColumnDef<never>[]>;

/** Stored types a field of each kind may have (the writer picks one). */
const STORED: Record<ColumnDef<never>['kind'], ColumnInfo['type'][]> = {
  number: ['int', 'f64'],
  string: ['str', 'dict'],
  bool: ['bool'],
  record: ['record'],
  set: ['set'],
  geometry: ['geometry']
};

/**
 * The header of a current-version file must describe every field of every table with a fitting type, and nulls
 * only where the schema allows them: then every decoded record has its fields with the right JavaScript types,
 * without a pass over the records. (Values, such as a longitude's range, are validateBundle's job.)
 */
function checkColumns(c: Container, where: string): void {
  for (const [table, defs] of Object.entries(TABLES)) {
    const info = c.header.tables[table];
    if (!info || !Array.isArray(info.columns)) throw new BundleError(where, table, 'table missing');
    for (const d of defs) {
      const col = info.columns.find((k) => k.name === d.name);
      const path = `${table}.${d.name}`;
      if (!col) throw new BundleError(where, path, 'column missing');
      if (!STORED[d.kind].includes(col.type))
        throw new BundleError(where, path, `stored as ${col.type}, expected ${STORED[d.kind].join(' or ')}`);
      const nullable = 'nullable' in col ? !!col.nullable : col.type === 'geometry' && !!col.nulls;
      if (nullable && !('nullable' in d && d.nullable))
        throw new BundleError(where, path, 'holds nulls, but the field cannot be null');
      if (d.kind === 'geometry' && col.type === 'geometry' && col.depth !== d.depth)
        throw new BundleError(where, path, `geometry of depth ${col.depth}, expected ${d.depth}`);
      if (d.kind === 'record' && col.type === 'record' && col.keys?.join() !== d.keys.join())
        throw new BundleError(where, path, 'other keys than the schema');
      if (d.kind === 'set' && col.type === 'set' && !col.values?.every((v) => d.values.includes(v)))
        throw new BundleError(where, path, 'values outside the schema');
    }
  }
}

/** The binary file of a (valid) bundle. */
export function encodeBundleBinary(bundle: RegionBundle): Uint8Array {
  const w = new SectionWriter();
  // Sections in the order the page needs them: what the map draws first, the postcode areas last.
  const tables = {
    municipalities: encodeTable(bundle.municipalities, MUNICIPALITY_COLUMNS, w),
    demand: encodeTable(bundle.demand, DEMAND_COLUMNS, w),
    facilities: encodeTable(bundle.facilities, FACILITY_COLUMNS, w),
    postcodes: encodeTable(bundle.postcodes, POSTCODE_COLUMNS, w)
  };
  return w.finish(bundle.schemaVersion, {
    schemaVersion: bundle.schemaVersion,
    meta: bundle.meta,
    norms: bundle.norms,
    tables
  });
}

export interface DecodeOptions {
  /**
   * Decode the postcode areas (their polygons are a third of the national file) only when first read: the page
   * draws its map without them; the import dialogs read them.
   */
  deferPostcodes?: boolean;
}

/**
 * The bundle object of a binary file, as it was written (for an older schemaVersion: the older shape). Load it
 * like the JSON: `validateBundle(migrateBundle(decodeBundleBinary(bytes, where), where), where)`. Throws
 * BundleError (with `where`) for a file that is not a binary bundle, is cut off, or has another format version.
 * A file of the current schemaVersion is checked against the schema's columns (checkColumns).
 */
export function decodeBundleBinary(
  bytes: ArrayBuffer | Uint8Array,
  where = 'bundle',
  options: DecodeOptions = {}
): unknown {
  const c = readContainer(bytes, where);
  const h = c.header;
  if (h.schemaVersion !== c.schemaVersion)
    throw new BundleError(where, 'schemaVersion', 'header and file disagree on the schema version');
  if (c.schemaVersion === BUNDLE_SCHEMA_VERSION) checkColumns(c, where);
  const out: Record<string, unknown> = { schemaVersion: c.schemaVersion, meta: h.meta };
  // The JSON key order: schemaVersion, meta, municipalities, postcodes, demand, facilities, norms.
  for (const t of ['municipalities', 'postcodes', 'demand', 'facilities']) {
    if (t === 'postcodes' && options.deferPostcodes) {
      Object.defineProperty(out, t, {
        enumerable: true,
        configurable: true,
        get() {
          const rows = decodeTable(c, t, where);
          Object.defineProperty(out, t, {
            value: rows,
            enumerable: true,
            writable: true,
            configurable: true
          });
          return rows;
        }
      });
    } else out[t] = decodeTable(c, t, where);
  }
  out.norms = h.norms;
  return out;
}
