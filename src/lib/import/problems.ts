/**
 * Collecting problems with their place in the file. Messages start with the place ("Rij 7, kolom 'leerlingen': ")
 * so a user can find the cell in Excel or the feature in QGIS without reading the rest.
 */
import { say } from './text';
import type { Problem, Severity, Table } from './types';

/** One bad file should not produce a million lines; after this many the rest is counted, not listed. */
export const MAX_PROBLEMS = 500;

export interface Place {
  row?: number;
  column?: string;
  feature?: number;
  property?: string;
}

/** The place of row `index` of a table (and a column or property in it), with its prefix in the page's language. */
export function placeOf(table: Table, index: number, column?: string): { place: Place; prefix: string } {
  const n = table.rowNumbers[index];
  if (table.format === 'csv') {
    const place: Place = { row: n };
    if (column !== undefined) place.column = column;
    return {
      place,
      prefix:
        column === undefined
          ? say('place.row', { row: n })
          : say('place.rowColumn', { row: n, column: `'${column}'` })
    };
  }
  const feature = table.format === 'topojson' ? `geometries[${n}]` : `features[${n}]`;
  const place: Place = { feature: n };
  if (column !== undefined) place.property = column;
  return {
    place,
    prefix: column === undefined ? feature : say('place.featureProperty', { feature, column: `'${column}'` })
  };
}

/** Column (CSV) or property (GeoJSON) without a row, e.g. a missing column. */
export function columnPlace(table: Table, column: string): { place: Place } {
  return table.format === 'csv' ? { place: { column } } : { place: { property: column } };
}

export class ProblemList {
  readonly list: Problem[] = [];
  private errors = 0;
  private dropped = 0;

  constructor(private readonly max = MAX_PROBLEMS) {}

  add(severity: Severity, code: string, message: string, place: Place = {}): void {
    if (severity === 'fout') this.errors++;
    if (this.list.length >= this.max) {
      this.dropped++;
      return;
    }
    this.list.push({ severity, code, message, ...place });
  }

  error(code: string, message: string, place?: Place): void {
    this.add('fout', code, message, place);
  }

  warn(code: string, message: string, place?: Place): void {
    this.add('waarschuwing', code, message, place);
  }

  /** Problem at row `index` of `table`: the message is prefixed with the place. */
  at(
    table: Table,
    index: number,
    column: string | undefined,
    severity: Severity,
    code: string,
    text: string
  ) {
    const { place, prefix } = placeOf(table, index, column);
    this.add(severity, code, `${prefix}: ${text}`, place);
  }

  addAll(problems: readonly Problem[]): void {
    for (const p of problems) {
      const { severity, code, message, ...place } = p;
      this.add(severity, code, message, place);
    }
  }

  get hasErrors(): boolean {
    return this.errors > 0;
  }

  /** The list, with a closing line when problems were dropped. */
  done(): Problem[] {
    if (this.dropped === 0) return this.list;
    return [
      ...this.list,
      {
        severity: this.errors > 0 ? 'fout' : 'waarschuwing',
        code: 'problems-truncated',
        message: say('truncated', { n: this.dropped })
      }
    ];
  }
}
