import Papa from 'papaparse';

/**
 * A problem in one of the source files (missing, truncated, wrong column, not a number...). The message always names
 * the file and, where known, the line/column or field, so a person can open the file and fix it.
 */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly location: string | null,
    readonly problem: string
  ) {
    super(location ? `${file}, ${location}: ${problem}` : `${file}: ${problem}`);
    this.name = 'SourceError';
  }
}

/** A parsed CSV: the header, the raw string rows and typed accessors that fail with a useful message. */
export class CsvTable {
  private readonly index = new Map<string, number>();

  constructor(
    readonly file: string,
    readonly header: string[],
    readonly rows: string[][]
  ) {
    header.forEach((h, i) => this.index.set(h, i));
  }

  get length(): number {
    return this.rows.length;
  }

  /** Line number in the file of data row `r` (header is line 1). */
  line(r: number): number {
    return r + 2;
  }

  col(name: string): number {
    const i = this.index.get(name);
    if (i === undefined) throw new SourceError(this.file, null, `required column "${name}" is missing`);
    return i;
  }

  str(r: number, col: number): string {
    return this.rows[r][col] ?? '';
  }

  /** Number or throw; `allowEmpty` values (e.g. NA) come back as null. */
  num(r: number, col: number, allowEmpty: readonly string[] = []): number | null {
    const raw = this.rows[r][col] ?? '';
    const v = raw.trim();
    if (allowEmpty.includes(v)) return null;
    const n = v === '' ? NaN : Number(v);
    if (!Number.isFinite(n)) {
      throw new SourceError(
        this.file,
        `line ${this.line(r)}, column "${this.header[col]}"`,
        `"${raw}" is not a number`
      );
    }
    return n;
  }

  /** Like num but empty is an error too. */
  req(r: number, col: number): number {
    return this.num(r, col) as number;
  }
}

/**
 * Parse CSV text (comma separated, header row, UTF-8, quotes allowed). Checks that `required` columns exist and that
 * every row has as many fields as the header.
 */
export function parseCsv(text: string, file: string, required: readonly string[] = []): CsvTable {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const res = Papa.parse<string[]>(text, { skipEmptyLines: true, delimiter: ',' });
  const hardError = res.errors.find((e) => e.type === 'Quotes');
  if (hardError) {
    const line = hardError.row === undefined ? null : `line ${hardError.row + 1}`;
    throw new SourceError(file, line, `CSV syntax error: ${hardError.message}`);
  }
  const all = res.data;
  if (all.length === 0) throw new SourceError(file, null, 'file is empty (no header row)');
  const header = all[0].map((h) => h.trim());
  const rows = all.slice(1);
  for (let r = 0; r < rows.length; r++) {
    if (rows[r].length !== header.length) {
      throw new SourceError(
        file,
        `line ${r + 2}`,
        `expected ${header.length} fields like the header, found ${rows[r].length} (truncated or broken row?)`
      );
    }
  }
  const table = new CsvTable(file, header, rows);
  for (const c of required) table.col(c);
  return table;
}

/** JSON.parse with a SourceError that names the file instead of a bare SyntaxError. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new SourceError(file, null, `invalid JSON (truncated or corrupt file?): ${msg}`);
  }
}
