/**
 * Region bundles from parsed open data. Pure: no file I/O (see src/cli/lib/geodata-build.ts for that).
 *
 * Every record is placed by location in the generalised 1-1-2016 municipality polygons, once for the whole country
 * (`prepareNational`); a region bundle is then a filter on the 2016 CBS codes of its municipalities
 * (`buildRegionBundle`). Names are never used as join keys.
 */
import { tracksOfFacility } from '../tracks/tracks';
import KDBush from 'kdbush';
import proj4 from 'proj4';
import { toRD } from '../projection';
import {
  BUNDLE_SCHEMA_VERSION,
  type DemandUnit,
  type Facility,
  type MultiPolygonCoords,
  type Municipality,
  type NormSet,
  type PostcodeArea,
  type RegionBundle
} from './schema';
import { SourceError } from './csv';
import { bboxOf, labelPoint, PolygonIndex, round1, round6, roundCoords, unionBBox } from './geometry';
import type { GridCell, Pc4Row, RegionDef, SchoolRow, SourceMunicipality } from './sources';

/** ETRS89-LAEA Europe, the CRS of the Eurostat census grid. */
export const EPSG_3035 =
  '+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

export interface GeodataSources {
  /** File name of the regions CSV, for error messages. */
  regionsFile: string;
  regions: RegionDef[];
  municipalities: SourceMunicipality[];
  pc4: Pc4Row[];
  pc4Polygons: Map<string, MultiPolygonCoords>;
  grid: GridCell[];
  schools: SchoolRow[];
  norms: NormSet;
}

export interface BuildOptions {
  /** Facilities outside the region within this straight-line distance of a demand unit centre are context. */
  contextKm?: number;
  /**
   * Schools and PC4 points just outside every generalised polygon go to the nearest polygon within this distance
   * (metres, default 3500: the largest gap in the data is Marken, 2.9 km (school) and 3.1 km (PC4 1156) from the
   * simplified Waterland polygon).
   */
  nearestFallbackM?: number;
}

/** Special whole-country bundle id. */
export const NEDERLAND_ID = 'nederland';

/** Facts about the national placement, for the build log and the README. */
export interface PlacementStats {
  gridCells: number;
  gridCellsOutside: number;
  pc4Rows: number;
  /** PC4 points outside every polygon, placed in the nearest one. */
  pc4Nearest: { id: string; municipality: string; metres: number }[];
  /** PC4 points outside every polygon and further than the fallback distance: left out. */
  pc4Outside: string[];
  pc4WithoutPolygon: string[];
  schools: number;
  /** Schools outside every polygon, placed in the nearest one (id, municipality, metres). */
  schoolsNearest: { id: string; municipality: string; metres: number }[];
  /** Schools outside every polygon and further than the fallback distance: municipality null. */
  schoolsUnplaced: string[];
}

export interface National {
  municipalities: Municipality[];
  byCode: Map<string, Municipality>;
  postcodes: PostcodeArea[];
  demand: DemandUnit[];
  facilities: Facility[];
  norms: NormSet;
  regions: RegionDef[];
  stats: PlacementStats;
}

/** Place every source record in a 2016 municipality polygon, convert coordinates, round. */
export function prepareNational(src: GeodataSources, opts: BuildOptions = {}): National {
  const fallbackM = opts.nearestFallbackM ?? 3500;
  const municipalities: Municipality[] = src.municipalities.map((m) => {
    const [labelLon, labelLat] = labelPoint(m.polygon);
    return {
      code: m.code,
      name: m.name,
      polygon: roundCoords(m.polygon),
      labelLon: round6(labelLon),
      labelLat: round6(labelLat)
    };
  });
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  for (const reg of src.regions)
    for (const code of reg.codes)
      if (!byCode.has(code))
        throw new SourceError(
          src.regionsFile,
          `region ${reg.id}`,
          `municipality ${code} has no 2016 boundary`
        );

  // Point-in-polygon on the source (unrounded) polygons.
  const index = new PolygonIndex(src.municipalities.map((m) => m.polygon));
  const codeAt = (lon: number, lat: number): string | null => {
    const i = index.find(lon, lat);
    return i < 0 ? null : src.municipalities[i].code;
  };
  const stats: PlacementStats = {
    gridCells: src.grid.length,
    gridCellsOutside: 0,
    pc4Rows: src.pc4.length,
    pc4Nearest: [],
    pc4Outside: [],
    pc4WithoutPolygon: [],
    schools: src.schools.length,
    schoolsNearest: [],
    schoolsUnplaced: []
  };

  /** Containing polygon, else the nearest within the fallback distance (logged in `list`), else null. */
  const place = (lon: number, lat: number, id: string, list: PlacementStats['pc4Nearest']): string | null => {
    const inside = codeAt(lon, lat);
    if (inside) return inside;
    const near = index.nearest(lon, lat, fallbackM);
    if (!near) return null;
    const municipality = src.municipalities[near.index].code;
    list.push({ id, municipality, metres: Math.round(near.metres) });
    return municipality;
  };

  const postcodes: PostcodeArea[] = [];
  for (const p of src.pc4) {
    const municipality = place(p.lon, p.lat, p.id, stats.pc4Nearest);
    if (!municipality) {
      stats.pc4Outside.push(p.id);
      continue;
    }
    const polygon = src.pc4Polygons.get(p.id) ?? null;
    if (!polygon) stats.pc4WithoutPolygon.push(p.id);
    postcodes.push({
      id: p.id,
      lon: round6(p.lon),
      lat: round6(p.lat),
      x: round1(p.x),
      y: round1(p.y),
      municipality,
      place: p.place,
      polygon: polygon && roundCoords(polygon),
      total: p.total,
      ages: p.ages,
      suppressed: p.suppressed
    });
  }

  const laea = proj4(EPSG_3035, 'EPSG:4326');
  const demand: DemandUnit[] = [];
  for (const c of src.grid) {
    const municipality = codeAt(c.lon, c.lat);
    if (!municipality) {
      stats.gridCellsOutside++;
      continue;
    }
    const [x, y] = toRD(c.lon, c.lat);
    const corners = [
      [c.xll, c.yll],
      [c.xll + 1000, c.yll],
      [c.xll + 1000, c.yll + 1000],
      [c.xll, c.yll + 1000]
    ].map((p) => laea.forward(p).map(round6));
    demand.push({
      id: c.id,
      lon: round6(c.lon),
      lat: round6(c.lat),
      x: round1(x),
      y: round1(y),
      polygon: [...corners, corners[0]],
      T: c.T,
      Y_LT15: c.Y_LT15,
      municipality
    });
  }

  const facilities: Facility[] = src.schools.map((s) => {
    const municipality = place(s.lon, s.lat, s.id, stats.schoolsNearest);
    if (!municipality) stats.schoolsUnplaced.push(s.id);
    const [x, y] = toRD(s.lon, s.lat);
    return {
      ...s,
      municipality,
      lon: round6(s.lon),
      lat: round6(s.lat),
      x: round1(x),
      y: round1(y),
      tracks: tracksOfFacility(s),
      context: false
    };
  });

  return {
    municipalities,
    byCode,
    postcodes,
    demand,
    facilities,
    norms: src.norms,
    regions: src.regions,
    stats
  };
}

/** The ids that `buildRegionBundle` accepts: the actieplan regions plus `nederland`. */
export function bundleIds(nat: National): string[] {
  return [...nat.regions.map((r) => r.id), NEDERLAND_ID];
}

export function buildRegionBundle(
  nat: National,
  id: string,
  builtAt: string,
  opts: BuildOptions = {}
): RegionBundle {
  const contextM = (opts.contextKm ?? 10) * 1000;
  const isLand = id === NEDERLAND_ID;
  const reg = isLand ? null : nat.regions.find((r) => r.id === id);
  if (!isLand && !reg) throw new Error(`unknown region "${id}" (known: ${bundleIds(nat).join(', ')})`);
  const codes = reg ? reg.codes : [...nat.byCode.keys()].sort();
  const inRegion = new Set(codes);
  const municipalities = codes.map((c) => nat.byCode.get(c) as Municipality);

  const demand = nat.demand.filter((d) => inRegion.has(d.municipality));
  const own = nat.facilities.filter((f) => f.municipality !== null && inRegion.has(f.municipality));
  const context: Facility[] = [];
  if (!isLand && demand.length > 0) {
    const kd = new KDBush(demand.length);
    for (const d of demand) kd.add(d.x, d.y);
    kd.finish();
    for (const f of nat.facilities) {
      if (f.municipality !== null && inRegion.has(f.municipality)) continue;
      if (kd.within(f.x, f.y, contextM).length > 0) context.push({ ...f, context: true });
    }
  }
  // Schools that no polygon could place still belong to the country.
  const landExtra = isLand ? nat.facilities.filter((f) => f.municipality === null) : [];

  return {
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    meta: {
      id,
      name: reg ? reg.name : 'Nederland',
      type: reg ? reg.type : 'land',
      province: reg ? reg.province : null,
      active: reg ? reg.active : true,
      municipalities: municipalities.map((m) => ({ code: m.code, name: m.name })),
      bbox: unionBBox(municipalities.map((m) => bboxOf(m.polygon))).map(round6) as [
        number,
        number,
        number,
        number
      ],
      builtAt
    },
    municipalities,
    postcodes: nat.postcodes
      .filter((p) => inRegion.has(p.municipality))
      .sort((a, b) => a.id.localeCompare(b.id)),
    demand,
    facilities: [...own, ...landExtra, ...context],
    norms: {
      year: nat.norms.year,
      municipal: codes
        .map((c) => nat.norms.municipal.find((n) => n.code === c))
        .filter((n): n is NonNullable<typeof n> => n !== undefined),
      subAreas: nat.norms.subAreas.filter((s) => inRegion.has(s.municipality))
    }
  };
}
