/**
 * Pure helpers of the import dialog: reading a File with the size check first, the question about the detected
 * coordinate system, the far-outside choice. No DOM state; the dialog holds the steps, these functions only
 * compute. Texts from the message catalogue (namespace `importing`).
 */
// The small modules, not the $lib/import index: that one brings the file readers (papaparse, TopoJSON), which the
// page loads only with an import dialog.
import { t } from '$lib/i18n/catalogue';
import { CRS_LABEL } from '$lib/import/crs';
import type { Crs, ImportedFacility, ImportReport, Problem } from '$lib/import/types';

/** How the dialogs name a coordinate system: "lon/lat (WGS84)", "RD New (x/y in meters)" (the import's own words). */
export const CRS_TEXT: Readonly<Record<Crs, string>> = CRS_LABEL;

/** What a read gives: the bytes, or the one problem that stopped it (too large, unreadable). */
export type ReadResult = { bytes: Uint8Array } | { problem: Problem };

/** Checks File.size before reading anything, so a 2 GB drop is refused without touching its content. */
export async function readChecked(file: Pick<File, 'size' | 'arrayBuffer'>): Promise<ReadResult> {
  // The format detection loads with the first file (the dialogs), not with the page.
  const { checkFileSize } = await import('$lib/import/detect');
  const tooLarge = checkFileSize(file.size);
  if (tooLarge) return { problem: tooLarge };
  try {
    return { bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return {
      problem: {
        severity: 'fout',
        code: 'read-failed',
        message: t('importing.readFailed')
      }
    };
  }
}

/** The question the user must answer before applying, or null when the file has no coordinates. */
export function crsQuestion(report: ImportReport): string | null {
  const { crs, swapped, crsSource } = report.stats;
  if (!crs) return null;
  const declared = crsSource === 'declared';
  const key = declared
    ? swapped
      ? 'importing.declaredSwapped'
      : 'importing.declared'
    : swapped
      ? 'importing.looksSwapped'
      : 'importing.looks';
  return t(key, { crs: CRS_TEXT[crs] });
}

/** "N rijen geplaatst op het midden van de postcode (PC4)", or null when none were. */
export function postcodeLine(report: ImportReport): string | null {
  const n = report.stats.placedByPostcode;
  if (n === 0) return null;
  return n === 1 ? t('importing.placedOne') : t('importing.placedMany', { n: String(n) });
}

/** Facilities to apply: far-outside ones kept as context, or dropped. Never mutates the report. */
export function withOutsideChoice(
  facilities: readonly ImportedFacility[],
  keepOutside: boolean
): ImportedFacility[] {
  return keepOutside
    ? facilities.map((f) => (f.outsideRegion ? { ...f, context: true } : { ...f }))
    : facilities.filter((f) => !f.outsideRegion).map((f) => ({ ...f }));
}

/**
 * The preset's example file when it is made for this region (its name says the region: `sport-achterhoek-…`), else
 * null: an example of another region would put every location far outside the map.
 */
export function exampleForRegion(example: string | undefined, region: string): string | null {
  if (!example) return null;
  const name = example.split('/').pop() ?? '';
  return name.includes(`-${region}-`) ? example : null;
}

/** Fetches an example file (a URL under static/voorbeelden) as a File; throws "HTTP <status>" when it is not there. */
export async function exampleFile(url: string, fallbackName: string): Promise<File> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new File([await response.blob()], url.split('/').pop() ?? fallbackName);
}

/** A new mapping with `field` read from `column` ('' leaves the field unmapped). Never mutates `mapping`. */
export function withColumn<M extends object>(mapping: M, field: keyof M, column: string): M {
  const next = { ...mapping };
  if (column) (next as Record<keyof M, unknown>)[field] = column;
  else delete next[field];
  return next;
}

/** Where a problem is, in the page's language: "rij 7, kolom leerlingen" or "object 3, eigenschap naam". */
export function problemPlace(p: Problem): string {
  const parts: string[] = [];
  if (p.row !== undefined) parts.push(t('importing.row', { n: String(p.row) }));
  if (p.feature !== undefined) parts.push(t('importing.feature', { n: String(p.feature) }));
  if (p.column !== undefined) parts.push(t('importing.column', { name: p.column }));
  if (p.property !== undefined) parts.push(t('importing.property', { name: p.property }));
  return parts.join(', ');
}

/** Where a sector's facilities come from: the user's file or an example ("voorbeeld (fictief)"). */
export interface ImportSource {
  name: string;
  example: boolean;
}

/** The label in the sector header and legend. */
export function sourceLabel(source: ImportSource): string {
  return source.example ? t('importing.exampleTitle') : t('importing.ownFile', { name: source.name });
}

/** A point of PointsInset. open: filled; closed: hollow grey; outside: orange (far outside the region). */
export interface InsetPoint {
  lon: number;
  lat: number;
  kind: 'open' | 'closed' | 'outside';
}
