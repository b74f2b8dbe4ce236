/**
 * CSV as spreadsheets write it: `;`, `,` or tab, quotes with "" inside, CRLF or LF, an optional Excel `sep=;`
 * first line. A small state machine rather than a library so every record knows the file line it starts on:
 * messages say "Rij 7" and Excel shows row 7.
 */
import { detectDelimiter } from './detect';
import { ProblemList } from './problems';
import { say } from './text';
import type { Cell, Problem, Table } from './types';
import { detectDecimal, quote } from './values';

interface CsvRecord {
  fields: string[];
  line: number;
}

/** Split into records; an unclosed quote stops the parse at the line where it opened. */
function records(
  text: string,
  delimiter: string,
  firstLine: number
): { records: CsvRecord[]; unclosedAt?: number } {
  const out: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let quoteLine = 0;
  let line = firstLine;
  let start = firstLine;
  const endRecord = () => {
    fields.push(field);
    out.push({ fields, line: start });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '') {
      field = '';
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += ch;
  }
  if (quoted) return { records: out, unclosedAt: quoteLine };
  if (field !== '' || fields.length > 0) endRecord();
  return { records: out };
}

const isBlank = (r: CsvRecord) => r.fields.every((f) => f.trim() === '');

export function parseCsv(text: string): { table: Table | null; problems: Problem[] } {
  const problems = new ProblemList();
  const fail = (code: string, message: string, place = {}) => {
    problems.error(code, message, place);
    return { table: null, problems: problems.done() };
  };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail('empty-file', say('read.empty'));

  let firstLine = 1;
  let forced: string | null = null;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    forced = sep[1];
    text = text.slice(sep[0].length);
    firstLine = 2;
  }
  const headerLine = text.split(/\r?\n|\r/).find((l) => l.trim() !== '') ?? '';
  const delimiter = (forced ?? detectDelimiter(headerLine)) as Table['delimiter'] | null;
  if (!delimiter || ![',', ';', '\t'].includes(delimiter)) {
    return fail('csv-no-delimiter', say('csv.noDelimiter', { header: quote(headerLine) }));
  }

  const parsed = records(text, delimiter, firstLine);
  if (parsed.unclosedAt !== undefined) {
    return fail('csv-unclosed-quote', say('csv.unclosedQuote', { row: parsed.unclosedAt }), {
      row: parsed.unclosedAt
    });
  }
  const all = parsed.records.filter((r) => !isBlank(r));
  const header = all.shift()!;

  const columns: string[] = [];
  const seen = new Map<string, number>();
  header.fields.forEach((raw, i) => {
    let name = raw.trim();
    if (name === '') {
      name = say('csv.unnamedColumn', { n: i + 1 });
      // Trailing empty header cells (Excel "a;b;c;;") are common and harmless.
      if (i < header.fields.length - 1 || header.fields.length === 1)
        problems.warn(
          'column-name-empty',
          say('csv.columnNameEmpty', { row: header.line, n: i + 1, name: `'${name}'` }),
          {
            row: header.line
          }
        );
    }
    const before = seen.get(name.toLowerCase());
    if (before !== undefined) {
      problems.error(
        'duplicate-column',
        say('csv.duplicateColumn', {
          row: header.line,
          name: `'${name}'`,
          first: before + 1,
          second: i + 1
        }),
        { row: header.line, column: name }
      );
    }
    seen.set(name.toLowerCase(), i);
    columns.push(name);
  });
  if (problems.hasErrors) return { table: null, problems: problems.done() };
  if (all.length === 0) {
    return fail('no-rows', say('csv.noRows'));
  }

  const rows: Record<string, Cell>[] = [];
  const rowNumbers: number[] = [];
  for (const r of all) {
    let fields = r.fields;
    while (fields.length > columns.length && fields[fields.length - 1].trim() === '')
      fields = fields.slice(0, -1);
    if (fields.length !== columns.length) {
      const comma = fields.length > columns.length && delimiter === ',';
      problems.error(
        'csv-field-count',
        say(comma ? 'csv.fieldCountComma' : 'csv.fieldCount', {
          row: r.line,
          fields: fields.length,
          columns: columns.length
        }),
        { row: r.line }
      );
      continue;
    }
    const row: Record<string, Cell> = {};
    columns.forEach((c, i) => {
      const v = fields[i].trim();
      row[c] = v === '' ? null : v;
    });
    rows.push(row);
    rowNumbers.push(r.line);
  }
  const decimal = detectDecimal(
    rows.flatMap((r) => Object.values(r)),
    delimiter === ';' ? ',' : '.'
  );
  return {
    table: { format: 'csv', columns, rows, rowNumbers, decimal, delimiter },
    problems: problems.done()
  };
}
