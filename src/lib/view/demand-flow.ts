/**
 * Pure helpers of the population import (DemandDialog, DemandData, RegionFacts): whether a file is a fictitious
 * example, the summary and source lines (namespace `importing`), the age bands as people write them, and the problem list with the
 * expected "bands do not add up" warnings of a file that gives only some bands folded into one line. No DOM state.
 */
import { AGE_BANDS, type AgeBand } from '$lib/engine/geodata/schema';
import type { Table } from '$lib/import/types';
import type { DemandReport } from '$lib/import/demand';
import type { DemandDataset } from '$lib/state/store';
import { formatCount } from '$lib/i18n';
import { t } from '$lib/i18n/catalogue';
import { CRS_TEXT } from './import-flow';

/** Example population tables per region id (served from static/voorbeelden). */
export const DEMAND_EXAMPLES: Readonly<Record<string, string>> = {
  achterhoek: '/voorbeelden/bevolking-achterhoek-voorbeeld.csv'
};

/** The line when no file is loaded: the bundle's CBS estimate. */
export const CBS_DEMAND_LABEL = t('importing.cbs');

/**
 * The file says it holds fictitious example data: a title (GeoJSON `name`) with "fictief", or a `bron`/`source`
 * column that says "fictief" on every row. The same rule as the facility import.
 */
export function isDemandExample(table: Table | null): boolean {
  if (!table) return false;
  const fictional = (s: unknown) => typeof s === 'string' && /fictief/i.test(s);
  if (table.title && fictional(table.title)) return true;
  const bron = table.columns.find((c) => /^(bron|source)$/i.test(c.trim()));
  if (!bron || table.rows.length === 0) return false;
  return table.rows.every((r) => fictional(String(r[bron] ?? '')));
}

/** 'a_0_4' -> '0-4', 'a_95plus' -> '95+'. */
export function bandLabel(band: AgeBand): string {
  return band === 'a_95plus' ? '95+' : band.slice(2).replace('_', '-');
}

/** The bands in CBS order as text: "0-4, 5-9, 10-14 jaar", or "alle leeftijdsklassen" when all 20 are given. */
export function bandsText(bands: readonly AgeBand[]): string {
  if (bands.length === 0) return t('importing.bandsNone');
  if (AGE_BANDS.every((b) => bands.includes(b))) return t('importing.bandsAll');
  const sorted = AGE_BANDS.filter((b) => bands.includes(b));
  return t('importing.bandsSome', { bands: sorted.map(bandLabel).join(', ') });
}

/** "93 postcodegebieden" / "1 punt". */
export function unitsText(kind: 'pc4' | 'point', n: number): string {
  const key =
    kind === 'pc4'
      ? n === 1
        ? 'importing.pc4One'
        : 'importing.pc4Many'
      : n === 1
        ? 'importing.pointOne'
        : 'importing.pointMany';
  return t(key, { n: formatCount(n) });
}

/**
 * The dialog's summary of an ok report, or null (nothing read yet, or errors): "93 postcodegebieden, samen 293.272
 * inwoners. Gegeven: leeftijdsklassen 0-4, 5-9 jaar. 93 rijen geplaatst op het midden van de postcode (PC4)."
 */
export function demandSummary(report: DemandReport): string | null {
  const { kind, total, bands } = report.stats;
  if (!report.ok || !kind || report.units.length === 0) return null;
  const parts = [
    t('importing.summaryUnits', { units: unitsText(kind, report.units.length), total: formatCount(total) }),
    t('importing.summaryGiven', { bands: bandsText(bands) })
  ];
  if (kind === 'pc4') {
    const n = report.units.length;
    parts.push(n === 1 ? t('importing.placedOne') : t('importing.placedMany', { n: formatCount(n) }));
  }
  return parts.join(' ');
}

/** The question about the detected coordinate system of point data, or null (PC4 tables have none). */
export function demandCrsQuestion(report: DemandReport): string | null {
  const { kind, crs } = report.stats;
  if (kind !== 'point' || !crs) return null;
  return t('importing.looks', { crs: CRS_TEXT[crs] });
}

/** Where the demand comes from, for the side panel. */
export function demandSourceText(dataset: DemandDataset | null): string {
  if (!dataset) return CBS_DEMAND_LABEL;
  const total = dataset.units.reduce((s, u) => s + u.total, 0);
  return t('importing.demandSource', {
    name: dataset.source.name,
    units: unitsText(dataset.kind, dataset.units.length),
    total: formatCount(total)
  });
}

/** The inhabitants note of the region facts: the file or the 1 km grid. */
export function inhabitantsNote(
  dataset: DemandDataset | null,
  cells: number,
  childrenKnown: boolean
): string {
  if (dataset) {
    const file = t(
      dataset.source.example ? 'importing.inhabitantsFileExample' : 'importing.inhabitantsFile',
      {
        name: dataset.source.name,
        units: unitsText(dataset.kind, dataset.units.length)
      }
    );
    return childrenKnown ? file : `${file} ${t('importing.noChildren')}`;
  }
  if (!childrenKnown) return t('importing.inhabitantsOwn');
  return t('importing.inhabitantsGrid', { cells: formatCount(cells) });
}

/** The message when the engine refused the units. */
export function demandApplyFailure(message: string): string {
  return t('importing.demandFailed', { reason: message });
}
