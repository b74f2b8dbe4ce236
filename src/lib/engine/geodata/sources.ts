/**
 * Parsers for the open-data source files. Each takes the file text plus the file name (for error messages) and
 * returns plain records; no file I/O here so they run on small fixtures in tests. Field meanings are documented in
 * the PROVENANCE.md next to each source file.
 */
import { AGE_BANDS, type AgeBand, type MultiPolygonCoords, type RegionType, type Sector } from './schema';
import { parseCsv, parseJson, SourceError } from './csv';

export interface RegionDef {
  id: string;
  name: string;
  type: RegionType;
  province: string | null;
  active: boolean;
  /** 2016 CBS codes in file order. */
  codes: string[];
}

export interface SourceMunicipality {
  code: string;
  name: string;
  polygon: MultiPolygonCoords;
}

export interface Pc4Row {
  id: string;
  place: string;
  lon: number;
  lat: number;
  x: number;
  y: number;
  total: number;
  ages: Record<AgeBand, number>;
  suppressed: AgeBand[];
}

export interface GridCell {
  id: string;
  /** Lower-left corner, EPSG:3035 metres. */
  xll: number;
  yll: number;
  lon: number;
  lat: number;
  T: number;
  Y_LT15: number;
}

export interface SchoolRow {
  id: string;
  brin: string;
  name: string;
  sector: Sector;
  type: string;
  denomination: string;
  address: string;
  postcode: string;
  place: string;
  lon: number;
  lat: number;
  pupils: number | null;
}

const GM_CODE = /^GM\d{4}$/;

// ---------------------------------------------------------------------------------------------- actieplan regions

export function parseRegions(text: string, file: string): RegionDef[] {
  const t = parseCsv(text, file, [
    'region_id',
    'region_name',
    'region_type',
    'provincie',
    'actief_in_actieplan',
    'gm_code_2016'
  ]);
  const [cId, cName, cType, cProv, cAct, cCode] = [
    'region_id',
    'region_name',
    'region_type',
    'provincie',
    'actief_in_actieplan',
    'gm_code_2016'
  ].map((c) => t.col(c));
  const byId = new Map<string, RegionDef>();
  for (let r = 0; r < t.length; r++) {
    const where = (c: number) => `line ${t.line(r)}, column "${t.header[c]}"`;
    const id = t.str(r, cId).trim();
    const type = t.str(r, cType).trim();
    const code = t.str(r, cCode).trim();
    const active = t.str(r, cAct).trim();
    if (!/^[a-z0-9-]+$/.test(id)) throw new SourceError(file, where(cId), `"${id}" is not a region slug`);
    if (type !== 'krimpregio' && type !== 'anticipeerregio')
      throw new SourceError(file, where(cType), `"${type}" is not krimpregio or anticipeerregio`);
    if (!GM_CODE.test(code)) throw new SourceError(file, where(cCode), `"${code}" is not a GMxxxx code`);
    if (active !== 'ja' && active !== 'nee')
      throw new SourceError(file, where(cAct), `"${active}" is not ja/nee`);
    let reg = byId.get(id);
    if (!reg) {
      reg = {
        id,
        name: t.str(r, cName).trim(),
        type,
        province: t.str(r, cProv).trim() || null,
        active: active === 'ja',
        codes: []
      };
      byId.set(id, reg);
    }
    reg.codes.push(code);
  }
  return [...byId.values()];
}

// ---------------------------------------------------------------------------------------------- GeoJSON helpers

function features(text: string, file: string): { f: Record<string, unknown>; i: number }[] {
  const data = parseJson(text, file) as { type?: unknown; features?: unknown };
  if (!data || typeof data !== 'object' || !Array.isArray(data.features))
    throw new SourceError(file, 'features', 'not a GeoJSON FeatureCollection (no features array)');
  return (data.features as unknown[]).map((f, i) => {
    if (!f || typeof f !== 'object') throw new SourceError(file, `features[${i}]`, 'not an object');
    return { f: f as Record<string, unknown>, i };
  });
}

function props(file: string, f: Record<string, unknown>, i: number): Record<string, unknown> {
  const p = f.properties;
  if (!p || typeof p !== 'object') throw new SourceError(file, `features[${i}].properties`, 'missing');
  return p as Record<string, unknown>;
}

function propStr(file: string, p: Record<string, unknown>, i: number, key: string, optional = false): string {
  const v = p[key];
  if (v === null || v === undefined) {
    if (optional) return '';
    throw new SourceError(file, `features[${i}].properties.${key}`, 'missing');
  }
  if (typeof v !== 'string' && typeof v !== 'number')
    throw new SourceError(file, `features[${i}].properties.${key}`, `expected text, got ${typeof v}`);
  return String(v).trim();
}

/** Polygon or MultiPolygon geometry -> MultiPolygon coords, checking the first coordinate of each ring. */
function multiPolygon(file: string, f: Record<string, unknown>, i: number): MultiPolygonCoords | null {
  const g = f.geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g) return null;
  const path = `features[${i}].geometry`;
  let polys: unknown;
  if (g.type === 'Polygon') polys = [g.coordinates];
  else if (g.type === 'MultiPolygon') polys = g.coordinates;
  else throw new SourceError(file, `${path}.type`, `expected Polygon or MultiPolygon, got ${String(g.type)}`);
  if (!Array.isArray(polys)) throw new SourceError(file, `${path}.coordinates`, 'not an array');
  for (const poly of polys) {
    if (!Array.isArray(poly)) throw new SourceError(file, `${path}.coordinates`, 'polygon is not an array');
    for (const ring of poly) {
      const p0 = Array.isArray(ring) ? ring[0] : undefined;
      if (!Array.isArray(p0) || typeof p0[0] !== 'number' || typeof p0[1] !== 'number')
        throw new SourceError(file, `${path}.coordinates`, 'ring without [lon, lat] numbers');
    }
  }
  return polys as MultiPolygonCoords;
}

// ---------------------------------------------------------------------------------------------- 2016 municipalities

/** CBS 2016 municipality polygons (gemeente_2016_wgs84.geojson, properties statcode/statnaam). */
export function parseMunicipalities(text: string, file: string): SourceMunicipality[] {
  const out: SourceMunicipality[] = [];
  for (const { f, i } of features(text, file)) {
    const p = props(file, f, i);
    const code = propStr(file, p, i, 'statcode');
    if (!GM_CODE.test(code))
      throw new SourceError(file, `features[${i}].properties.statcode`, `"${code}" is not a GMxxxx code`);
    const polygon = multiPolygon(file, f, i);
    if (!polygon) throw new SourceError(file, `features[${i}].geometry`, 'missing');
    out.push({ code, name: propStr(file, p, i, 'statnaam'), polygon });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- PC4

/**
 * pc4_2021_inwoners_leeftijd.csv: one row per PC4 with representative point and age bands. Rows without any
 * location (9 codes with 0 inhabitants and no polygon in the 2021 file) are returned in `unlocated`, not as rows.
 */
export function parsePc4Table(text: string, file: string): { rows: Pc4Row[]; unlocated: string[] } {
  const t = parseCsv(text, file, [
    'pc4',
    'plaats',
    'inwoners_2021',
    'rd_x',
    'rd_y',
    'lon',
    'lat',
    ...AGE_BANDS
  ]);
  const [cPc, cPlace, cTot, cX, cY, cLon, cLat] = [
    'pc4',
    'plaats',
    'inwoners_2021',
    'rd_x',
    'rd_y',
    'lon',
    'lat'
  ].map((c) => t.col(c));
  const bandCols = AGE_BANDS.map((b) => t.col(b));
  const out: Pc4Row[] = [];
  const unlocated: string[] = [];
  for (let r = 0; r < t.length; r++) {
    const id = t.str(r, cPc).trim();
    if (!/^\d{4}$/.test(id))
      throw new SourceError(file, `line ${t.line(r)}, column "pc4"`, `"${id}" is not a 4-digit postcode`);
    if ([cLon, cLat, cX, cY].every((c) => t.str(r, c).trim() === '')) {
      unlocated.push(id);
      continue;
    }
    const ages = {} as Record<AgeBand, number>;
    const suppressed: AgeBand[] = [];
    AGE_BANDS.forEach((b, k) => {
      const v = t.num(r, bandCols[k], ['', 'NA']);
      if (v === null) suppressed.push(b);
      ages[b] = v ?? 0;
    });
    out.push({
      id,
      place: t.str(r, cPlace).trim(),
      lon: t.req(r, cLon),
      lat: t.req(r, cLat),
      x: t.req(r, cX),
      y: t.req(r, cY),
      total: t.num(r, cTot, ['', 'NA']) ?? 0,
      ages,
      suppressed
    });
  }
  return { rows: out, unlocated };
}

/** pc4_2021_wgs84.geojson: postcode -> polygon. */
export function parsePc4Polygons(text: string, file: string): Map<string, MultiPolygonCoords> {
  const out = new Map<string, MultiPolygonCoords>();
  for (const { f, i } of features(text, file)) {
    const id = propStr(file, props(file, f, i), i, 'postcode');
    const poly = multiPolygon(file, f, i);
    if (poly && !out.has(id)) out.set(id, poly);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- 1 km grid

export function parseGrid(text: string, file: string): GridCell[] {
  const cols = ['cell_id', 'x_ll_epsg3035', 'y_ll_epsg3035', 'lon_centre', 'lat_centre', 'T', 'Y_LT15'];
  const t = parseCsv(text, file, cols);
  const [cId, cX, cY, cLon, cLat, cT, cY15] = cols.map((c) => t.col(c));
  const out: GridCell[] = new Array(t.length);
  for (let r = 0; r < t.length; r++) {
    out[r] = {
      id: t.str(r, cId).trim(),
      xll: t.req(r, cX),
      yll: t.req(r, cY),
      lon: t.req(r, cLon),
      lat: t.req(r, cLat),
      T: t.req(r, cT),
      Y_LT15: t.req(r, cY15)
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- schools

const SO_TYPES = new Set(['SBAO', 'SO', 'VSO', '(V)SO']);

export function sectorOf(type: string): Sector {
  if (type === 'basisschool') return 'po';
  return SO_TYPES.has(type) ? 'so' : 'vo';
}

/**
 * DUO/BAG school GeoJSON. Deduplicates by vestigingscode (first feature wins: the source repeats a vestiging when
 * BAG gave several address points). Returns the unique schools and the number of dropped duplicates.
 */
export function parseSchools(text: string, file: string): { schools: SchoolRow[]; duplicates: number } {
  const seen = new Set<string>();
  const schools: SchoolRow[] = [];
  let duplicates = 0;
  for (const { f, i } of features(text, file)) {
    const p = props(file, f, i);
    const id = propStr(file, p, i, 'vestigingscode');
    if (seen.has(id)) {
      duplicates++;
      continue;
    }
    seen.add(id);
    const g = f.geometry as { type?: unknown; coordinates?: unknown } | null;
    const c = g?.coordinates;
    if (!g || g.type !== 'Point' || !Array.isArray(c) || !Number.isFinite(c[0]) || !Number.isFinite(c[1]))
      throw new SourceError(file, `features[${i}].geometry`, 'expected a Point with numeric [lon, lat]');
    const pupils = p.leerlingen;
    if (pupils !== null && pupils !== undefined && (typeof pupils !== 'number' || !Number.isFinite(pupils)))
      throw new SourceError(
        file,
        `features[${i}].properties.leerlingen`,
        `"${String(pupils)}" is not a number`
      );
    const type = propStr(file, p, i, 'type');
    const letter = propStr(file, p, i, 'huisletter', true);
    const addition = propStr(file, p, i, 'huisnummertoevoeging', true);
    const address =
      `${propStr(file, p, i, 'straat', true)} ${propStr(file, p, i, 'huisnummer', true)}${letter}${
        addition ? '-' + addition : ''
      }`.trim();
    schools.push({
      id,
      brin: propStr(file, p, i, 'brin_nummer'),
      name: propStr(file, p, i, 'naam'),
      sector: sectorOf(type),
      type,
      denomination: propStr(file, p, i, 'denominatie', true),
      address,
      postcode: propStr(file, p, i, 'postcode', true),
      place: propStr(file, p, i, 'plaats', true),
      lon: c[0] as number,
      lat: c[1] as number,
      pupils: typeof pupils === 'number' ? pupils : null
    });
  }
  return { schools, duplicates };
}
