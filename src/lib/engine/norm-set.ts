/**
 * Replaceable opheffingsnormen: a NormSet (the shape of a bundle's `norms`) read from a small CSV, and the norm
 * of every facility of a scenario under a given NormSet. A loaded set replaces the bundle's set as a whole: a
 * municipality missing from it has no norm (its schools are never flagged).
 *
 * CSV (header required; separator `;`, `,` or tab, taken from the header line; UTF-8, optional BOM; lines that
 * start with `#` and empty lines are skipped; fields may be quoted with "):
 *
 *   jaar;gm_code;naam;opheffingsnorm;deelgebied;plaatsen
 *   2024;GM1955;Montferland;82;;
 *   2024;GM1955;Montferland;69;Bergh;'s-Heerenberg|Azewijn|Beek
 *
 * Required columns: gm_code (GM + 4 digits, or 4 digits), opheffingsnorm (whole number; empty on a municipal row
 * = unknown). Optional: jaar (the same on every row; else options.year), naam, deelgebied and plaatsen (a row
 * with a deelgebied is a sub-area: its BAG woonplaatsen separated by |). Errors are NormsCsvError with a Dutch
 * message naming the row (line number, the header is row 1) and the column.
 */
import type { MunicipalNorm, NormSet, SubAreaNorm } from './geodata/schema';
import { normFor } from './norms';
import { sectorNorm, type PreparedRegion } from './prepare';
import type { AddedFacility } from './types';

export class NormsCsvError extends Error {
  constructor(
    message: string,
    readonly row: number | null,
    readonly column: string | null
  ) {
    super(
      row === null
        ? message
        : column === null
          ? `rij ${row}: ${message}`
          : `rij ${row}, kolom ${column}: ${message}`
    );
    this.name = 'NormsCsvError';
  }
}

const COLUMNS = ['jaar', 'gm_code', 'naam', 'opheffingsnorm', 'deelgebied', 'plaatsen'] as const;
type Column = (typeof COLUMNS)[number];

/** One CSV line into fields (quotes with "" escapes); null when a quote is not closed. */
function splitLine(line: string, sep: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return null;
        field += line.slice(i, q);
        i = q + 1;
        if (line[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
      const next = line.indexOf(sep, i);
      field += next < 0 ? line.slice(i) : line.slice(i, next);
      i = next < 0 ? line.length + 1 : next + 1;
    } else {
      const next = line.indexOf(sep, i);
      field = next < 0 ? line.slice(i) : line.slice(i, next);
      i = next < 0 ? line.length + 1 : next + 1;
    }
    out.push(field.trim());
    if (i > line.length) return out;
  }
}

const placeKey = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export function parseNormsCsv(text: string, options: { year?: number; source?: string } = {}): NormSet {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let headerRow = lines.findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (headerRow < 0)
    throw new NormsCsvError(
      'het bestand is leeg: verwacht een kopregel met gm_code en opheffingsnorm',
      null,
      null
    );
  const headerLine = lines[headerRow];
  const sep = [';', '\t', ','].find((s) => headerLine.includes(s)) ?? ';';
  const header = splitLine(headerLine, sep) ?? [];
  headerRow += 1; // 1-based row number from here on
  const col = new Map<Column, number>();
  header.forEach((h, k) => {
    const name = h.toLowerCase() as Column;
    if (!(COLUMNS as readonly string[]).includes(name)) {
      throw new NormsCsvError(`onbekende kolom "${h}" (toegestaan: ${COLUMNS.join(', ')})`, headerRow, h);
    }
    if (col.has(name)) throw new NormsCsvError(`kolom "${h}" staat er twee keer in`, headerRow, h);
    col.set(name, k);
  });
  for (const required of ['gm_code', 'opheffingsnorm'] as const) {
    if (!col.has(required))
      throw new NormsCsvError(`verplichte kolom "${required}" ontbreekt`, headerRow, null);
  }

  const source = options.source ?? 'ingelezen normentabel';
  const municipal: MunicipalNorm[] = [];
  const subAreas: SubAreaNorm[] = [];
  const seenPlaces = new Map<string, string>(); // code + place -> sub-area
  let year: number | null = null;

  for (let k = headerRow; k < lines.length; k++) {
    const line = lines[k];
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const row = k + 1;
    const fields = splitLine(line, sep);
    if (fields === null) throw new NormsCsvError('aanhalingsteken niet gesloten', row, null);
    if (fields.length > header.length) {
      throw new NormsCsvError(`${fields.length} velden, de kopregel heeft er ${header.length}`, row, null);
    }
    const get = (c: Column): string => {
      const i = col.get(c);
      return i === undefined ? '' : (fields[i] ?? '');
    };
    const fail = (c: Column, message: string): never => {
      throw new NormsCsvError(message, row, c);
    };

    if (col.has('jaar')) {
      const v = get('jaar');
      const y = Number(v);
      if (!/^\d{4}$/.test(v) || y < 1900 || y > 2100) fail('jaar', `"${v}" is geen jaartal`);
      if (year !== null && y !== year) fail('jaar', `${y} wijkt af van het jaar ${year} op de eerdere rijen`);
      year = y;
    }
    let code = get('gm_code').toUpperCase();
    if (/^\d{4}$/.test(code)) code = `GM${code}`;
    if (!/^GM\d{4}$/.test(code))
      fail('gm_code', `"${get('gm_code')}" is geen CBS-gemeentecode (GM en 4 cijfers)`);
    const rawNorm = get('opheffingsnorm');
    let norm: number | null = null;
    if (rawNorm !== '') {
      if (!/^\d+$/.test(rawNorm) || Number(rawNorm) > 10_000) {
        fail('opheffingsnorm', `"${rawNorm}" is geen geheel aantal leerlingen van 0 tot 10000`);
      }
      norm = Number(rawNorm);
    }
    const area = get('deelgebied');
    const places = get('plaatsen')
      .split('|')
      .map((p) => p.trim())
      .filter((p) => p !== '');

    if (area === '') {
      if (places.length > 0) fail('deelgebied', 'plaatsen zonder deelgebied: geef het deelgebied een naam');
      if (municipal.some((m) => m.code === code)) fail('gm_code', `gemeente ${code} staat er al in`);
      municipal.push({ code, name: get('naam'), norm, foundingNorm: null, source });
    } else {
      if (norm === null) fail('opheffingsnorm', `deelgebied "${area}" heeft een norm nodig`);
      if (places.length === 0) fail('plaatsen', `deelgebied "${area}" heeft geen plaatsen (scheid ze met |)`);
      if (subAreas.some((s) => s.municipality === code && s.area === area)) {
        fail('deelgebied', `deelgebied "${area}" van ${code} staat er al in`);
      }
      for (const p of places) {
        const key = `${code}\u0000${placeKey(p)}`;
        const other = seenPlaces.get(key);
        if (other !== undefined)
          fail('plaatsen', `plaats "${p}" hoort al bij deelgebied "${other}" van ${code}`);
        seenPlaces.set(key, area);
      }
      subAreas.push({ municipality: code, area, norm: norm!, places });
    }
  }

  if (municipal.length === 0 && subAreas.length === 0) {
    throw new NormsCsvError('geen enkele norm gevonden onder de kopregel', null, null);
  }
  const y = year ?? options.year;
  if (y === undefined || !Number.isInteger(y)) {
    throw new NormsCsvError('het jaar van de normen ontbreekt: voeg een kolom jaar toe', null, null);
  }
  return { year: y, municipal, subAreas };
}

/** Norm per facility (base facilities in index order, then `added`) under `norms`; NaN where none applies. */
export function facilityNorms(
  prepared: PreparedRegion,
  added: readonly AddedFacility[],
  norms: NormSet
): { norm: Float64Array; source: ('deelgebied' | 'gemeente' | null)[] } {
  const n = prepared.facilities.length;
  const norm = new Float64Array(n + added.length);
  const source: ('deelgebied' | 'gemeente' | null)[] = [];
  const put = (i: number, m: ReturnType<typeof normFor>) => {
    norm[i] = m ? m.norm : NaN;
    source.push(m ? m.source : null);
  };
  prepared.facilities.forEach((f, i) => put(i, sectorNorm(prepared, f, norms)));
  added.forEach((a, k) =>
    put(n + k, sectorNorm(prepared, { municipality: a.municipality, place: a.place ?? '' }, norms))
  );
  return { norm, source };
}
