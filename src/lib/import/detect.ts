/**
 * What kind of file is this? Size first (before anything is decoded), then the bytes (Excel, PDF, binary), the
 * text encoding, and the format from the name and the content. Every "no" comes with a Dutch sentence that says
 * what to do instead.
 */
import type { Encoding, FileFormat, Problem } from './types';
import { say } from './text';
import { formatMB } from './values';

/** 5 MB: ~50 000 rows of a facility CSV, far more than any region has, small enough for a phone. */
export const DEFAULT_MAX_BYTES = 5_000_000;

const problem = (code: string, message: string): Problem => ({ severity: 'fout', code, message });

/** Call with File.size before reading the file; importFacilities calls it again on the bytes. */
export function checkFileSize(size: number, maxBytes: number = DEFAULT_MAX_BYTES): Problem | null {
  if (size <= maxBytes) return null;
  return problem('file-too-large', say('detect.tooLarge', { size: formatMB(size), max: formatMB(maxBytes) }));
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Known binary formats people drop by mistake, recognised by their first bytes. */
export function sniffBinary(bytes: Uint8Array): Problem | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return problem('excel-file', say('detect.excelBytes'));
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return problem('binary-file', say('detect.pdf'));
  }
  return null;
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, UTF-16 with a BOM, otherwise Windows-1252. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Excel on Windows saves "CSV" in the ANSI code page; every byte sequence is valid there.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252 bytes 0x80-0x9F (the rest equals Latin-1); undefined bytes stay C1 controls, as in WHATWG. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Our own table rather than TextDecoder('windows-1252'): Node decodes that label as Latin-1 (0x80 -> U+0080
 * instead of the euro sign), browsers do not, and the import must give the same text in both.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b))
    );
  }
  return out;
}

/** Control characters (other than tab and line breaks) in the decoded text mean it was never text. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return controls > Math.max(2, sample.length * 0.01);
}

const UNSUPPORTED: Record<string, string> = {
  shp: say('detect.shapefile'),
  dbf: say('detect.shapefile'),
  shx: say('detect.shapefile'),
  kml: say('detect.kml'),
  kmz: say('detect.kmz'),
  gpkg: say('detect.gpkg'),
  gpx: say('detect.gpx'),
  gml: say('detect.gml'),
  zip: say('detect.zip'),
  pdf: say('detect.pdf'),
  doc: say('detect.word'),
  docx: say('detect.word')
};
const EXCEL = new Set(['xlsx', 'xls', 'xlsm', 'ods']);
const JSON_EXT = new Set(['json', 'geojson', 'topojson']);

export function extensionOf(name: string): string {
  const i = name.lastIndexOf('.');
  return i < 0 ? '' : name.slice(i + 1).toLowerCase();
}

/** Refuse by name what cannot be read, before decoding. */
export function checkExtension(name: string): Problem | null {
  const ext = extensionOf(name);
  if (EXCEL.has(ext)) {
    return problem('excel-file', say('detect.excelName', { name: `'${name}'` }));
  }
  if (ext in UNSUPPORTED)
    return problem(
      'format-unsupported',
      say('detect.unsupported', { name: `'${name}'`, reason: UNSUPPORTED[ext] })
    );
  return null;
}

/** 'json' still has to be told apart into GeoJSON and TopoJSON after parsing. */
export function detectTextFormat(
  name: string,
  text: string
): { kind: 'csv' | 'json' } | { problem: Problem } {
  const head = text.trimStart().slice(0, 200);
  if (head.startsWith('{') || head.startsWith('[')) return { kind: 'json' };
  if (/^<(!doctype\s+html|html|head|body)\b/i.test(head)) {
    return {
      problem: problem('html-file', say('detect.html'))
    };
  }
  if (head.startsWith('<')) {
    return {
      problem: problem('format-unsupported', say('detect.xml'))
    };
  }
  if (JSON_EXT.has(extensionOf(name))) {
    return {
      problem: problem('json-invalid', say('detect.notJson', { name: `'${name}'`, brace: "'{'" }))
    };
  }
  return { kind: 'csv' };
}

/** Line (1-based) of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function parseJson(text: string): { value: unknown } | { problem: Problem } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const truncated =
      /end of (JSON|data) input|Unterminated/i.test(msg) || (pos && +pos[1] >= text.trimEnd().length);
    return {
      problem: problem(
        'json-invalid',
        truncated
          ? say('detect.jsonTruncated')
          : pos
            ? say('detect.jsonInvalidAt', { line: lineOf(text, +pos[1]) })
            : say('detect.jsonInvalid')
      )
    };
  }
}

/** JSON -> which of the two formats, or why neither. */
export function jsonFormat(value: unknown): { format: FileFormat } | { problem: Problem } {
  const type =
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as { type?: unknown }).type
      : undefined;
  if (type === 'Topology') return { format: 'topojson' };
  if (type === 'FeatureCollection' || type === 'Feature') return { format: 'geojson' };
  const geometryTypes = [
    'Point',
    'MultiPoint',
    'LineString',
    'MultiLineString',
    'Polygon',
    'MultiPolygon',
    'GeometryCollection'
  ];
  if (typeof type === 'string' && geometryTypes.includes(type)) {
    return {
      problem: problem('geojson-invalid', say('detect.bareGeometry', { type }))
    };
  }
  return {
    problem: problem('geojson-invalid', say('detect.notGeoJson'))
  };
}

const DELIMITERS = [';', '\t', ','] as const;

/** Delimiter of a CSV from its header line (quotes respected); null when none of ; tab , occurs. */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' | null {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: ',' | ';' | '\t' | null = null;
  for (const d of DELIMITERS) if (counts.get(d)! > (best ? counts.get(best)! : 0)) best = d;
  return best;
}
