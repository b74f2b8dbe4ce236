/**
 * Reading single values the way Dutch spreadsheets write them: decimal comma or point, thousands separators,
 * ja/nee, postcodes with or without letters. Pure functions, no locale APIs (they differ between Node and browsers).
 */
import { DECIMAL_MARK } from './text';
import type { Cell } from './types';

/** Decimal separator of one number, when the text decides it; null when ambiguous (e.g. "1.234" or "12"). */
function decimalEvidence(s: string): ',' | '.' | null {
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(s)) return ',';
  if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(s)) return '.';
  const m = /^-?\d*([.,])(\d+)$/.exec(s);
  if (!m || m[2].length === 3) return null; // 3 digits after the mark may be a thousands separator
  return m[1] as ',' | '.';
}

/**
 * The decimal separator most numbers among `values` use; `fallback` when none decides it (a ';' CSV from Dutch
 * Excel uses a comma, a ',' CSV a point).
 */
export function detectDecimal(values: Iterable<Cell>, fallback: ',' | '.'): ',' | '.' {
  let comma = 0;
  let point = 0;
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const e = decimalEvidence(v.replace(/\s/g, ''));
    if (e === ',') comma++;
    else if (e === '.') point++;
  }
  if (comma === point) return fallback;
  return comma > point ? ',' : '.';
}

/**
 * A number from a cell: `null` when empty, NaN when it is not a number. Accepts "1.234,5" and "1,234.5", spaces
 * and non-breaking spaces as thousands separators, and a lone separator with other than 3 digits after it either
 * way ("6,71" and "6.71"). `decimal` decides the ambiguous "1.234".
 */
export function parseNumber(cell: Cell, decimal: ',' | '.'): number | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : NaN;
  let s = cell.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return null;
  if (s.startsWith('+')) s = s.slice(1);
  const evidence = decimalEvidence(s);
  const dec = evidence ?? decimal;
  const thousands = dec === ',' ? '.' : ',';
  if (new RegExp(`^-?\\d{1,3}(\\${thousands}\\d{3})+(\\${dec}\\d+)?$`).test(s))
    s = s.split(thousands).join('');
  if (dec === ',') s = s.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return NaN;
  const n = Number(s);
  return Number.isFinite(n) ? n : NaN;
}

const TRUE = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x', 'context']);
const FALSE = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', '-']);

/** ja/nee, true/false, 1/0, x; empty is false; undefined when it is none of these. */
export function parseBoolean(cell: Cell): boolean | undefined {
  if (cell === null) return false;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  const s = cell.trim().toLowerCase();
  if (s === '') return false;
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return undefined;
}

/** "7101 CE", "7101ce", "7101" -> "7101"; null for anything that is not a Dutch postcode. */
export function pc4Of(cell: Cell): string | null {
  const s = cellText(cell).replace(/\s+/g, '').toUpperCase();
  const m = /^([1-9]\d{3})([A-Z]{2})?$/.exec(s);
  return m ? m[1] : null;
}

/** Cell as trimmed text ('' for null). */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

/** How column names are compared: lower case, no accents, words separated by single spaces. */
export function headerKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/**
 * Markup or script in a text field. The text is kept verbatim (the UI renders text nodes, never HTML); this only
 * decides whether to warn that the file may not be what it seems.
 */
export function looksLikeMarkup(s: string): boolean {
  return /<\s*\/?\s*[a-z!][^>]*>?/i.test(s) || /javascript\s*:/i.test(s) || /\bon[a-z]+\s*=/i.test(s);
}

/** Starts like a spreadsheet formula: harmless here, dangerous when the text goes back into Excel. */
export function looksLikeFormula(s: string): boolean {
  return /^[=@]|^\+[^\d]/.test(s);
}

/** A value quoted for a message, shortened so one bad cell cannot flood the report. */
export function quote(cell: Cell, max = 60): string {
  const s = cell === null ? '' : String(cell);
  return `'${s.length > max ? s.slice(0, max - 1) + '…' : s}'`;
}

/** 5_300_000 -> "5,3 MB" (the decimal mark of the page's language). */
export function formatMB(bytes: number): string {
  const mb = bytes / 1_000_000;
  const s =
    mb >= 10 ? String(Math.round(mb)) : (Math.round(mb * 10) / 10).toString().replace('.', DECIMAL_MARK);
  return `${s} MB`;
}

/** A number for messages, without grouping: 1234.5 -> "1234,5" (Dutch), "1234.5" (English). */
export function formatNumber(n: number, digits = 6): string {
  return String(Number(n.toFixed(digits))).replace('.', DECIMAL_MARK);
}
