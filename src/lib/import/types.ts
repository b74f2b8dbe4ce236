/**
 * Types shared by the import modules. Everything is plain serialisable data, so a report can cross a Worker
 * boundary or be shown in the mapping dialog as it is.
 */
import type { AgeBand } from '../engine/geodata/schema';
import type { SectorPreset } from '../engine/sectors/presets';

/** A file as the browser (File.arrayBuffer) or the CLI (fs.readFileSync) hands it over. */
export interface ImportInput {
  /** File name with extension; used for format detection and in messages. */
  name: string;
  bytes: Uint8Array;
}

export type FileFormat = 'csv' | 'geojson' | 'topojson';
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Crs = 'wgs84' | 'rd';

/** A cell after parsing: CSV cells are trimmed strings (empty -> null); GeoJSON keeps numbers as numbers. */
export type Cell = string | number | null;

/** A point geometry as read from the file, in the file's CRS (not yet checked); 'invalid' was reported. */
export type RawPoint = [number, number] | null | 'invalid';

/** The neutral table every parser produces. */
export interface Table {
  format: FileFormat;
  columns: string[];
  rows: Record<string, Cell>[];
  /** CSV: 1-based line number in the file where the row starts. GeoJSON/TopoJSON: 0-based feature index. */
  rowNumbers: number[];
  /** GeoJSON/TopoJSON only: one point per row. */
  geometry?: RawPoint[];
  /** CRS declared by the file (GeoJSON `crs` member); detection by range still checks it. */
  declaredCrs?: Crs;
  /** Decimal separator used by most numbers in the file (CSV); GeoJSON numbers are already numbers. */
  decimal: ',' | '.';
  delimiter?: ',' | ';' | '\t';
  /** Top-level `name` of a GeoJSON FeatureCollection, or the TopoJSON object name. */
  title?: string;
}

export type Severity = 'fout' | 'waarschuwing';

/**
 * One problem, always with a Dutch message that names the place: CSV row (file line) and column, or GeoJSON
 * feature index and property. A 'fout' makes the import fail; a 'waarschuwing' is shown and the user decides.
 */
export interface Problem {
  severity: Severity;
  code: string;
  message: string;
  row?: number;
  column?: string;
  feature?: number;
  property?: string;
}

/** Facility fields a column can be mapped to. */
export const MAPPING_FIELDS = [
  'id',
  'name',
  'type',
  'lon',
  'lat',
  'x',
  'y',
  'postcode',
  'place',
  'municipality',
  'pupils',
  'capacity',
  'context'
] as const;
export type MappingField = (typeof MAPPING_FIELDS)[number];

/** Field -> column name in the table. Unmapped fields are absent. */
export type Mapping = Partial<Record<MappingField, string>>;

/** PC4 -> representative point, e.g. from `postcodeLookup(bundle.postcodes)`. */
export type PostcodeLookup = ReadonlyMap<string, { readonly lon: number; readonly lat: number }>;

/** [minLon, minLat, maxLon, maxLat], as RegionMeta.bbox. */
export type Bbox = readonly [number, number, number, number];

export interface ImportOptions {
  preset: SectorPreset;
  /** Column mapping chosen by the user; default: `suggestMapping(table.columns)`. */
  mapping?: Mapping;
  /** Used for rows without coordinates but with a postcode. */
  postcodes?: PostcodeLookup;
  /** Region extent; points far outside it get a warning. */
  regionBbox?: Bbox;
  /** Distance beyond the bbox before a point counts as "far outside the region"; default 15 km. */
  regionMarginKm?: number;
  /** Size limit in bytes, checked before anything is decoded; default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
  /** CRS confirmed by the user; default: detect by range. */
  crs?: Crs;
  /** Swap the two coordinate columns (confirmed by the user); default: detect. */
  swapAxes?: boolean;
}

export interface ImportedFacility {
  id: string;
  name: string;
  /** Preset id, e.g. 'sport'. */
  sector: string;
  /** Facility type id of the preset, e.g. 'zwembad'. */
  type: string;
  lon: number;
  lat: number;
  /** RD New metres. */
  x: number;
  y: number;
  /** Users served, in the preset's capacity unit (leerlingen, bezoekers...); null when not given. */
  pupils: number | null;
  capacity: number | null;
  postcode: string;
  place: string;
  /** As written in the file (name or code); the engine assigns the CBS code by location. */
  municipality: string;
  context: boolean;
  /** How the point was found. */
  placement: 'coordinates' | 'postcode';
  /** More than regionMarginKm outside the region bbox (a warning was given; the user decides). */
  outsideRegion: boolean;
  /** From a file marked "voorbeeld (fictief)": the UI labels it and never mixes it with real data silently. */
  example: boolean;
  /** Where in the file: CSV line or feature index. */
  row?: number;
  feature?: number;
}

export interface ImportStats {
  format: FileFormat | null;
  encoding: Encoding | null;
  bytes: number;
  /** Data rows or features read. */
  rows: number;
  facilities: number;
  placedByPostcode: number;
  /** CRS of the coordinates (detected or given); null when no row had coordinates. */
  crs: Crs | null;
  /** How the CRS was decided: by the value ranges, by the file's `crs` member, or by the caller. */
  crsSource: 'detected' | 'declared' | 'option' | null;
  /** The two coordinates were swapped (lat/lon instead of lon/lat, or y/x). */
  swapped: boolean;
  outsideRegion: number;
  /** The file says it holds fictitious example data ("voorbeeld (fictief)"). */
  example: boolean;
}

export interface ImportReport {
  /** No 'fout' problems. Apply `facilities` only when ok: a failed import must change nothing. */
  ok: boolean;
  /** Valid rows only (for the preview); complete only when ok. */
  facilities: ImportedFacility[];
  problems: Problem[];
  stats: ImportStats;
  mapping: Mapping;
}

/** A demand unit from an imported population table: per PC4 or per point. */
export interface ImportedDemandUnit {
  id: string;
  postcode: string | null;
  lon: number;
  lat: number;
  x: number;
  y: number;
  total: number;
  /** Inhabitants per age band, when the file has age-band columns. */
  ages: Partial<Record<AgeBand, number>> | null;
  row?: number;
  feature?: number;
}
