/**
 * CSV exports of a Report: the facility table and the demand-cell table, in two dialects.
 *
 *   nl     `;` separator, decimal comma, UTF-8 with BOM, CRLF: opens correctly in Dutch Excel by double-click
 *   plain  `,` separator, decimal point, no BOM, CRLF (RFC 4180): for scripts, R, pandas, LibreOffice
 *
 * Numbers never get a thousands separator. Text cells that a spreadsheet would run as a formula (starting with
 * = + - @ tab or CR) get a leading apostrophe; numbers are written as numbers, so -3,5 stays a number. The
 * parsers read either dialect back (the round-trip test proves the table survives). Pure functions.
 *
 * The schools' tables (po, vo, so: DUO) keep their headers "vestigingscode", "leerlingen 2023", "leerlingen
 * scenario"; a sector of the user's own file names its id "id" and its counts in its own unit ("bezoekers
 * (bestand)", "bezoekers scenario"), which the facility import recognises, so an exported table reads back in.
 * Demand units of an imported population table are "eenheid", not the CBS grid's "cel".
 */
import Papa from 'papaparse';
import type { FacilityStatusText, Report, SectorId, YearReport } from '../engine/index';
import { PUPIL_YEAR } from '../engine/types';
import { sectorTerms, type SectorTerms } from '../sectors/terms';
import { humanColumns, humanHeader } from './csv-headers';

export type CsvDialect = 'nl' | 'plain';

export const CSV_MIME = 'text/csv;charset=utf-8';

const DIALECT = {
  nl: { sep: ';', decimal: ',', bom: '\uFEFF' },
  plain: { sep: ',', decimal: '.', bom: '' }
} as const;

export const STATUS_NL: Record<FacilityStatusText, string> = {
  open: 'open',
  closed: 'gesloten',
  merged: 'samengevoegd',
  new: 'nieuw'
};

/** One row of the facility table: the report's facility with the municipality name added. */
export interface FacilityRow {
  id: string;
  name: string;
  /** Facility type of an imported sector ("soort" column); absent for the schools (no such column). */
  type?: string | null;
  place: string | null;
  municipalityCode: string | null;
  /** Name of a region municipality; null for context facilities outside the region. */
  municipalityName: string | null;
  context: boolean;
  status: FacilityStatusText;
  pupilsBase: number | null;
  pupils: number;
  capacity: number | null;
  norm: number | null;
  belowNorm: boolean;
  lon: number;
  lat: number;
}

/** One row of the demand-cell table; distance rounded to whole metres, weight to 2 decimals. */
export interface DemandRow {
  id: string;
  lon: number;
  lat: number;
  weight: number;
  nearest: string;
  distanceM: number;
}

type Value = string | number | boolean | null;
type Kind = 'text' | 'number' | 'bool';

export interface Column<R> {
  header: string;
  kind: Kind;
  get: (r: R) => Value;
  key: keyof R;
}

/** The headers that depend on the sector: the id column and the two count columns. */
export interface FacilityHeaders {
  /** "vestigingscode" (DUO) or "id". */
  id: string;
  /** "leerlingen 2023" (DUO count of 1 October) or "bezoekers (bestand)" (the user's file). */
  base: string;
  /** "leerlingen scenario", "bezoekers scenario". */
  scenario: string;
  /** A "soort" column after the name (the facility types of an imported sector). */
  type?: boolean;
}

const SCHOOL_HEADERS = (year: number): FacilityHeaders => ({
  id: 'vestigingscode',
  base: `leerlingen ${year}`,
  scenario: 'leerlingen scenario'
});

/**
 * The sector's headers: the schools of DUO (po, vo, so) exactly as always; another sector's in its unit, e.g.
 * sport "id", "bezoekers (bestand)", "bezoekers scenario".
 */
export function facilityHeaders(t: SectorTerms, year: number = PUPIL_YEAR): FacilityHeaders {
  if (t.dataSource === 'real' && t.one === 'school') return SCHOOL_HEADERS(year);
  return { id: 'id', base: `${t.users} (bestand)`, scenario: `${t.users} scenario`, type: true };
}

function facilityColumns(h: FacilityHeaders): Column<FacilityRow>[] {
  const col = (header: string, kind: Kind, key: keyof FacilityRow): Column<FacilityRow> => ({
    header,
    kind,
    key,
    get: (r) => (key === 'status' ? STATUS_NL[r.status] : (r[key] ?? null))
  });
  return [
    col(h.id, 'text', 'id'),
    col('naam', 'text', 'name'),
    // Another sector's file has its types (sporthal, zwembad): kept, so the table imports back as it was.
    ...(h.type ? [col('soort', 'text', 'type')] : []),
    col('plaats', 'text', 'place'),
    col('gemeentecode', 'text', 'municipalityCode'),
    col('gemeente', 'text', 'municipalityName'),
    col('context', 'bool', 'context'),
    col('status', 'text', 'status'),
    col(h.base, 'number', 'pupilsBase'),
    col(h.scenario, 'number', 'pupils'),
    col('capaciteit', 'number', 'capacity'),
    col('norm', 'number', 'norm'),
    col('onder norm', 'bool', 'belowNorm'),
    col('lon', 'number', 'lon'),
    col('lat', 'number', 'lat')
  ];
}

/** The demand table's columns; the first names the unit: a CBS grid "cel" or an imported "eenheid". */
const demandColumns = (unit: 'cel' | 'eenheid'): Column<DemandRow>[] =>
  (
    [
      [unit, 'text', 'id'],
      ['lon', 'number', 'lon'],
      ['lat', 'number', 'lat'],
      ['gewicht', 'number', 'weight'],
      ['dichtstbijzijnde', 'text', 'nearest'],
      ['afstand m', 'number', 'distanceM']
    ] as const
  ).map(([header, kind, key]) => ({ header, kind, key, get: (r: DemandRow) => r[key] }));

export function facilityRows(report: Report<SectorId>): FacilityRow[] {
  const names = new Map(report.municipalities.map((m) => [m.code, m.name]));
  return report.facilities.map((f) => ({
    id: f.id,
    name: f.name,
    ...(f.type !== undefined ? { type: f.type } : {}),
    place: f.place,
    municipalityCode: f.municipality,
    municipalityName: (f.municipality && names.get(f.municipality)) ?? null,
    context: f.context,
    status: f.status,
    pupilsBase: f.pupilsBase,
    pupils: f.pupils,
    capacity: f.capacity,
    norm: f.norm,
    belowNorm: f.belowNorm,
    lon: f.lon,
    lat: f.lat
  }));
}

export function demandRows(report: Report<SectorId>): DemandRow[] {
  return report.demand.map((u) => ({
    id: u.id,
    lon: u.lon,
    lat: u.lat,
    weight: Math.round(u.weight * 100) / 100,
    nearest: u.nearest,
    distanceM: Math.round(u.distanceM)
  }));
}

/** Plain decimal notation (no exponent), so every spreadsheet reads it as a number. */
export function plainNumber(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', expText] = m;
  const exp = Number(expText);
  const digits = lead + frac;
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  return sign + digits + '0'.repeat(Math.max(0, exp - frac.length));
}

const FORMULA_START = /^'*[=+\-@\t\r]/;

function cell(v: Value, kind: Kind, dialect: CsvDialect): string {
  const { sep, decimal } = DIALECT[dialect];
  if (v === null || v === undefined) return '';
  let s: string;
  if (kind === 'number') {
    if (typeof v !== 'number' || !Number.isFinite(v)) return '';
    s = plainNumber(v);
    if (decimal === ',') s = s.replace('.', ',');
    return s;
  }
  if (kind === 'bool') return v ? 'ja' : 'nee';
  s = String(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  if (s.includes(sep) || /["\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** Rows as CSV in a dialect (header line first, formula-like text defused); also the live session's export. */
export function toCsv<R>(rows: readonly R[], columns: Column<R>[], dialect: CsvDialect): string {
  const { sep, bom } = DIALECT[dialect];
  const lines = [columns.map((c) => cell(c.header, 'text', dialect)).join(sep)];
  for (const r of rows) lines.push(columns.map((c) => cell(c.get(r), c.kind, dialect)).join(sep));
  return bom + lines.join('\r\n') + '\r\n';
}

/**
 * The facility table of a report (region and context facilities, new ones last), headed in the sector's words
 * (`terms`, default: those of `report.sector`).
 */
export function facilityCsv(
  report: Report<SectorId>,
  dialect: CsvDialect = 'nl',
  terms: SectorTerms = sectorTerms(report.sector)
): string {
  const columns = facilityColumns(facilityHeaders(terms, report.year));
  return toCsv(facilityRows(report), dialect === 'nl' ? humanColumns(columns) : columns, dialect);
}

/** A facility row with the prognosis of one year (from a year report, as `evaluate --year` prints it). */
export interface FacilityYearRow extends FacilityRow {
  pupilsProjected: number;
  normMargin: number | null;
  firstYearBelowNorm: number | null;
  ruleYear: number | null;
}

/** The year columns that follow the facility columns in a year export; `parseFacilityCsv` ignores them. */
function yearColumns(year: number): Column<FacilityYearRow>[] {
  const col = (header: string, key: keyof FacilityYearRow): Column<FacilityYearRow> => ({
    header,
    kind: 'number',
    key,
    get: (r) => r[key] as Value
  });
  return [
    col(`leerlingen prognose ${year}`, 'pupilsProjected'),
    col(`normmarge ${year}`, 'normMargin'),
    col('eerste jaar onder norm', 'firstYearBelowNorm'),
    col('opheffingsregel vanaf', 'ruleYear')
  ];
}

/**
 * The facility table with the prognosis of `year` (pupils projected, norm margin, first year below the norm, the
 * year the three-year rule bites). `pupils base` stays the DUO count of 1-10-2023.
 */
export function facilityYearCsv(report: YearReport, year: number, dialect: CsvDialect = 'nl'): string {
  const base = facilityRows(report as unknown as Report);
  const rows: FacilityYearRow[] = base.map((r, i) => {
    const f = report.facilities[i];
    return {
      ...r,
      pupilsProjected: Math.round(f.pupilsProjected * 10) / 10,
      normMargin: f.normMargin === null ? null : Math.round(f.normMargin * 10) / 10,
      firstYearBelowNorm: f.firstYearBelowNorm,
      ruleYear: f.ruleYear
    };
  });
  // The base columns keep the DUO count of 1-10-2023; the year's figures follow.
  const columns = [
    ...(facilityColumns(SCHOOL_HEADERS(PUPIL_YEAR)) as Column<FacilityYearRow>[]),
    ...yearColumns(year)
  ];
  return toCsv(rows, dialect === 'nl' ? humanColumns(columns) : columns, dialect);
}

/**
 * The demand table: per unit its weight, nearest open facility and distance. The CBS grid's units are "cel"; those
 * of an imported population table (`report.demandSource === 'import'`) "eenheid".
 */
export function demandCsv(report: Report<SectorId>, dialect: CsvDialect = 'nl'): string {
  const unit = report.demandSource === 'import' ? 'eenheid' : 'cel';
  const columns = demandColumns(unit);
  return toCsv(demandRows(report), dialect === 'nl' ? humanColumns(columns) : columns, dialect);
}

/** A CSV that is not one of our tables (wrong columns, bad number). Dutch message. */
export class CsvFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvFormatError';
  }
}

function parseTable<R>(text: string, columns: (header: string[]) => Column<R>[]): R[] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const dialect: CsvDialect = firstLine.includes(';') ? 'nl' : 'plain';
  const parsed = Papa.parse<string[]>(body, { delimiter: DIALECT[dialect].sep, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    throw new CsvFormatError(`CSV onleesbaar (regel ${(e.row ?? 0) + 1}): ${e.message}`);
  }
  const [header, ...data] = parsed.data;
  const cols = columns(header ?? []);
  const expected = cols.map((c) => c.header);
  // A year export carries the prognosis columns after ours; they are read past, not parsed.
  const extra = header ? header.length - expected.length : 0;
  const known = header ? header.slice(0, expected.length) : [];
  const yearTail = header ? header.slice(expected.length) : [];
  const prognosis = (h: string) => {
    const year = /\d{4}$/.exec(h)?.[0];
    const nl = `leerlingen prognose ${year}`;
    return year !== undefined && (h === nl || h === humanHeader(nl));
  };
  const tailOk = extra === 0 || (extra === 4 && prognosis(yearTail[0] ?? ''));
  // The human variant's headers are in the page's language (Dutch in Node); the plain variant's always Dutch.
  const matches = (names: string[]) => known.join('|') === names.join('|');
  if (!header || !(matches(expected) || matches(expected.map(humanHeader))) || !tailOk) {
    throw new CsvFormatError(`Onverwachte kolommen: verwacht ${expected.join(', ')}`);
  }
  return data.map((fields, i) => {
    if (fields.length !== cols.length + extra) {
      throw new CsvFormatError(`Regel ${i + 2}: ${fields.length} velden, verwacht ${cols.length + extra}`);
    }
    const row: Record<string, Value> = {};
    cols.forEach((c, k) => {
      const raw = fields[k];
      const at = () => `regel ${i + 2}, kolom "${c.header}"`;
      if (raw === '') row[c.key as string] = null;
      else if (c.kind === 'number') {
        const n = Number(dialect === 'nl' ? raw.replace(',', '.') : raw);
        if (!Number.isFinite(n)) throw new CsvFormatError(`${at()}: '${raw}' is geen getal`);
        row[c.key as string] = n;
      } else if (c.kind === 'bool') {
        if (raw !== 'ja' && raw !== 'nee') throw new CsvFormatError(`${at()}: verwacht ja of nee`);
        row[c.key as string] = raw === 'ja';
      } else row[c.key as string] = /^'+[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw;
    });
    return row as unknown as R;
  });
}

const STATUS_FROM_NL = new Map(Object.entries(STATUS_NL).map(([en, nl]) => [nl, en as FacilityStatusText]));

/**
 * The headers of a facility table as written: a school table ("leerlingen 2023") or another sector's ("bezoekers
 * (bestand)", any unit); anything else is expected to be a school table (and fails on the header check).
 */
function headersOf(header: string[]): FacilityHeaders {
  // Another sector's table has a "soort" column after the name: its count columns sit one further.
  const type = header[2] === 'soort';
  const own = /^(.+) \(bestand\)$/.exec(header[type ? 8 : 7] ?? '')?.[1];
  if (own) return { id: 'id', base: `${own} (bestand)`, scenario: `${own} scenario`, type };
  const school = /^(.+) (\d{4})$/.exec(header[7] ?? '');
  if (school) {
    return { id: 'vestigingscode', base: `${school[1]} ${school[2]}`, scenario: `${school[1]} scenario` };
  }
  return SCHOOL_HEADERS(PUPIL_YEAR);
}

/** Read a facility CSV of either dialect and any sector back into rows. Throws CsvFormatError. */
export function parseFacilityCsv(text: string): FacilityRow[] {
  const rows = parseTable<FacilityRow>(text, (header) => facilityColumns(headersOf(header)));
  return rows.map((r, i) => {
    const status = STATUS_FROM_NL.get(r.status as string);
    if (!status) throw new CsvFormatError(`Regel ${i + 2}: onbekende status '${r.status}'`);
    return { ...r, name: r.name ?? '', status };
  });
}

/** Read a demand CSV of either dialect (grid cells or imported units) back into rows. Throws CsvFormatError. */
export function parseDemandCsv(text: string): DemandRow[] {
  return parseTable<DemandRow>(text, (header) => demandColumns(header[0] === 'eenheid' ? 'eenheid' : 'cel'));
}
