/**
 * Import of facilities (and demand, see demand.ts) from what municipalities really have: CSV from Excel, GeoJSON
 * or TopoJSON from their GIS, in RD New or WGS84, or with postcodes instead of coordinates.
 *
 * Pure: bytes in, a report out. No DOM, no fs, nothing global is changed and the inputs are never mutated, so
 * the same code runs in the browser (drag and drop, file picker), in a Worker and in the CLI (`--facilities`).
 * "A failed import changes nothing" is the caller's half of the contract: apply `report.facilities` only when
 * `report.ok`, and only after the user confirmed the mapping and the detected coordinate system.
 *
 * Flow for the UI: checkFileSize(file.size) before reading -> previewImport(bytes) for the table and a suggested
 * mapping -> the user edits the mapping -> importFacilities(bytes, {preset, mapping, postcodes, regionBbox}) for
 * the map preview and the problem list -> apply when ok.
 */
import type { PostcodeArea } from '../engine/geodata/schema';
import { suggestMapping, type MappingSuggestion } from './mapping';
import { ProblemList } from './problems';
import { internalError, parseInput, type ParsedInput } from './read';
import type {
  Encoding,
  FileFormat,
  ImportInput,
  ImportOptions,
  ImportReport,
  ImportStats,
  PostcodeLookup,
  Problem,
  Table
} from './types';
import { applyMapping } from './validate';

export interface ImportPreview {
  /** A table could be read (there may still be warnings). */
  ok: boolean;
  table: Table | null;
  suggestion: MappingSuggestion;
  problems: Problem[];
  format: FileFormat | null;
  encoding: Encoding | null;
  bytes: number;
}

/** Read the file and suggest a mapping, without applying anything: the first screen of the mapping dialog. */
export function previewImport(input: ImportInput, options: { maxBytes?: number } = {}): ImportPreview {
  const parsed = parseInput(input, options);
  const suggestion = parsed.table
    ? suggestMapping(parsed.table.columns, !!parsed.table.geometry)
    : { mapping: {}, missing: [] };
  return {
    ok: parsed.table !== null && !parsed.problems.some((p) => p.severity === 'fout'),
    table: parsed.table,
    suggestion,
    problems: parsed.problems,
    format: parsed.format,
    encoding: parsed.encoding,
    bytes: parsed.bytes
  };
}

function emptyStats(parsed: ParsedInput): ImportStats {
  return {
    format: parsed.format,
    encoding: parsed.encoding,
    bytes: parsed.bytes,
    rows: parsed.table?.rows.length ?? 0,
    facilities: 0,
    placedByPostcode: 0,
    crs: null,
    crsSource: null,
    swapped: false,
    outsideRegion: 0,
    example: false
  };
}

/** Read, map and validate in one go. Never throws; apply `facilities` only when `ok`. */
export function importFacilities(input: ImportInput, options: ImportOptions): ImportReport {
  const parsed = parseInput(input, options);
  const problems = new ProblemList();
  problems.addAll(parsed.problems);
  const stats = emptyStats(parsed);
  const table = parsed.table;
  const mapping = {
    ...(options.mapping ?? (table ? suggestMapping(table.columns, !!table.geometry).mapping : {}))
  };
  if (!table) return { ok: false, facilities: [], problems: problems.done(), stats, mapping };
  try {
    const applied = applyMapping(table, mapping, options);
    problems.addAll(applied.problems);
    const ok = !problems.hasErrors;
    return {
      ok,
      facilities: applied.facilities,
      problems: problems.done(),
      stats: { ...stats, ...applied.stats },
      mapping
    };
  } catch (e) {
    problems.addAll([internalError(e)]);
    return { ok: false, facilities: [], problems: problems.done(), stats, mapping };
  }
}

/** PC4 -> point lookup from a region bundle's postcode areas. */
export function postcodeLookup(postcodes: readonly PostcodeArea[]): PostcodeLookup {
  return new Map(postcodes.map((p) => [p.id, { lon: p.lon, lat: p.lat }]));
}

export { checkFileSize, DEFAULT_MAX_BYTES } from './detect';
export { parseInput, type ParsedInput } from './read';
export {
  suggestMapping,
  checkMapping,
  FIELD_LABEL,
  REQUIRED_FIELDS,
  type MappingSuggestion
} from './mapping';
export { applyMapping, DEFAULT_REGION_MARGIN_KM, type MappingContext } from './validate';
export { CRS_LABEL, classifyPair } from './coordinates';
export { importDemand, type DemandReport, type DemandOptions } from './demand';
export { MAPPING_FIELDS } from './types';
export type {
  Bbox,
  Cell,
  Crs,
  Encoding,
  FileFormat,
  ImportedDemandUnit,
  ImportedFacility,
  ImportInput,
  ImportOptions,
  ImportReport,
  ImportStats,
  Mapping,
  MappingField,
  PostcodeLookup,
  Problem,
  Severity,
  Table
} from './types';
