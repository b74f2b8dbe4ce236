/**
 * The "Prognose per jaar" section of the scenario report: per year 2023-2035 the projected pupils, schools below
 * the norm, children beyond the transport threshold and total costs, current policy next to the scenario. Pure:
 * rows come from the engine's two year series; the writer only lays them out.
 */
import '$lib/i18n/parts/pdfText';
import '$lib/i18n/parts/pdf';
import type { YearSeries } from '../engine/index';
import { formatPupils } from '../text/report-text';
import { INTL_LOCALE, t } from '$lib/i18n/catalogue';
import { BETTER, WORSE, type Column, type PdfWriter } from './pdf-layout';

export interface PdfYearRow {
  year: number;
  /** [current policy, scenario] */
  pupils: [number, number];
  belowNorm: [number, number];
  transport: [number, number];
  costs: [number, number];
}

export interface PdfYears {
  /** One sentence on the prognosis parameters (birth trend, migration, threshold). */
  note: string;
  rows: PdfYearRow[];
}

/** Rows from the baseline and scenario series of the same years. */
export function yearRows(baseline: YearSeries, scenario: YearSeries): PdfYearRow[] {
  return scenario.years.map((year, y) => ({
    year,
    pupils: [baseline.totals.pupils[y], scenario.totals.pupils[y]],
    belowNorm: [baseline.totals.belowNorm[y], scenario.totals.belowNorm[y]],
    transport: [baseline.totals.transportChildren[y], scenario.totals.transportChildren[y]],
    costs: [baseline.totals.costTotal[y], scenario.totals.costTotal[y]]
  }));
}

/**
 * The sentence on the prognosis parameters above the table; the figures come formatted ("-0,5", "2,5"), the
 * threshold in km as typed.
 */
export function yearNote(birth: { fromData: boolean; trend: string }, migration: string, km: string): string {
  const trend = t(birth.fromData ? 'pdfText.yearsNoteData' : 'pdfText.yearsNoteFixed', {
    trend: birth.trend
  });
  return t('pdfText.yearsNote', { birth: trend, migration, km });
}

const euro = new Intl.NumberFormat(INTL_LOCALE, { maximumFractionDigits: 0 });

function costDifference(r: PdfYearRow): string {
  const d = Math.round(r.costs[1] - r.costs[0]);
  return d === 0 ? '0' : `${d > 0 ? '+' : '-'} € ${euro.format(Math.abs(d))}`;
}

export function yearSection(w: PdfWriter, years: PdfYears): void {
  w.heading(t('pdf.years'));
  w.paragraph(years.note);
  const round = (n: number) => formatPupils(Math.round(n));
  const cols: Column<PdfYearRow>[] = [
    { header: t('pdf.year'), width: 14, text: (r) => String(r.year) },
    { header: t('pdf.pupilsNow'), width: 24, align: 'right', text: (r) => round(r.pupils[0]) },
    { header: t('pdf.pupilsScenario'), width: 26, align: 'right', text: (r) => round(r.pupils[1]) },
    { header: t('pdf.belowNormNow'), width: 20, align: 'right', text: (r) => String(r.belowNorm[0]) },
    {
      header: t('pdf.belowNormScenario'),
      width: 22,
      align: 'right',
      text: (r) => String(r.belowNorm[1]),
      color: (r) =>
        r.belowNorm[1] > r.belowNorm[0] ? WORSE : r.belowNorm[1] < r.belowNorm[0] ? BETTER : null
    },
    { header: t('pdf.transportNow'), width: 18, align: 'right', text: (r) => round(r.transport[0]) },
    { header: t('pdf.transportScenario'), width: 20, align: 'right', text: (r) => round(r.transport[1]) },
    {
      header: t('pdf.costDifference'),
      width: 30,
      align: 'right',
      text: costDifference,
      color: (r) => (r.costs[1] > r.costs[0] ? WORSE : r.costs[1] < r.costs[0] ? BETTER : null)
    }
  ];
  w.table(cols, years.rows, { size: 9 });
}
