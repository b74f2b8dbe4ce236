/**
 * Bytes -> table: size (before decoding), known binary formats, encoding, format, parser. Shared by the facility
 * and the demand import. Never throws: anything unexpected becomes an 'internal-error' problem.
 */
import { parseCsv } from './csv';
import {
  checkExtension,
  checkFileSize,
  decodeBytes,
  DEFAULT_MAX_BYTES,
  detectTextFormat,
  jsonFormat,
  looksBinary,
  parseJson,
  sniffBinary
} from './detect';
import { parseGeoJson } from './geojson';
import { parseTopoJson } from './topojson';
import { say } from './text';
import type { Encoding, FileFormat, ImportInput, Problem, Table } from './types';

export interface ParsedInput {
  table: Table | null;
  problems: Problem[];
  format: FileFormat | null;
  encoding: Encoding | null;
  bytes: number;
}

/** Size, bytes, encoding, format, parse: a table or the reasons there is none. Never throws. */
export function parseInput(input: ImportInput, options: { maxBytes?: number } = {}): ParsedInput {
  const bytes = input.bytes.byteLength;
  const out: ParsedInput = { table: null, problems: [], format: null, encoding: null, bytes };
  const stop = (p: Problem) => ({ ...out, problems: [p] });
  try {
    const early =
      checkFileSize(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES) ??
      checkExtension(input.name) ??
      sniffBinary(input.bytes);
    if (early) return stop(early);
    if (bytes === 0) return stop({ severity: 'fout', code: 'empty-file', message: say('read.empty') });
    const { text, encoding } = decodeBytes(input.bytes);
    out.encoding = encoding;
    if (looksBinary(text)) {
      return stop({
        severity: 'fout',
        code: 'binary-file',
        message: say('read.binary')
      });
    }
    if (text.trim() === '') return stop({ severity: 'fout', code: 'empty-file', message: say('read.empty') });
    const kind = detectTextFormat(input.name, text);
    if ('problem' in kind) return stop(kind.problem);
    if (kind.kind === 'csv') {
      out.format = 'csv';
      return { ...out, ...parseCsv(text) };
    }
    const json = parseJson(text);
    if ('problem' in json) return stop(json.problem);
    const format = jsonFormat(json.value);
    if ('problem' in format) return stop(format.problem);
    out.format = format.format;
    return {
      ...out,
      ...(format.format === 'topojson' ? parseTopoJson(json.value) : parseGeoJson(json.value))
    };
  } catch (e) {
    return stop(internalError(e));
  }
}

export function internalError(e: unknown): Problem {
  return {
    severity: 'fout',
    code: 'internal-error',
    message: say('read.internal', { error: e instanceof Error ? e.message : String(e) })
  };
}
