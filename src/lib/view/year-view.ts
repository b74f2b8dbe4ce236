/**
 * Pure reading of a year series pair for the panels: the figures of one year (baseline and scenario), the
 * below-norm list, the region chart's lines and one school's sparkline. No DOM, no svelte.
 */
import { t } from '$lib/i18n/catalogue';
import { yearSummary, type ScenarioYearOptions, type YearSeries, type YearSummary } from '$lib/engine';

export interface BelowNormItem {
  id: string;
  name: string;
  pupils: number;
  norm: number;
  /** Also below the norm in the baseline in that year. */
  inBaseline: boolean;
  ruleYear: number;
}

export interface YearFigures {
  year: number;
  baseline: YearSummary;
  scenario: YearSummary;
  belowNorm: BelowNormItem[];
}

export type NameOf = (id: string) => string;

/** Index of a year in a series, or -1. */
export function yearIndex(series: YearSeries, year: number): number {
  return series.years.indexOf(year);
}

/** The schools below their norm in `year` under the scenario, fewest pupils first. */
export function belowNormList(
  baseline: YearSeries,
  scenario: YearSeries,
  ids: readonly string[],
  year: number,
  nameOf: NameOf
): BelowNormItem[] {
  const y = yearIndex(scenario, year);
  if (y < 0) return [];
  const F = scenario.facilityCount;
  const FB = baseline.facilityCount;
  const yb = yearIndex(baseline, year);
  const out: BelowNormItem[] = [];
  for (let i = 0; i < F; i++) {
    if (scenario.facilities.belowNorm[y * F + i] !== 1) continue;
    const id = ids[i] ?? `#${i}`;
    out.push({
      id,
      name: nameOf(id),
      pupils: scenario.facilities.pupils[y * F + i],
      norm: scenario.facilities.norm[i],
      inBaseline: i < FB && yb >= 0 && baseline.facilities.belowNorm[yb * FB + i] === 1,
      ruleYear: scenario.facilities.ruleYear[i]
    });
  }
  return out.sort((a, b) => a.pupils - a.norm - (b.pupils - b.norm) || a.name.localeCompare(b.name, 'nl'));
}

export function yearFigures(
  baseline: YearSeries,
  scenario: YearSeries,
  ids: readonly string[],
  year: number,
  nameOf: NameOf
): YearFigures {
  return {
    year,
    baseline: yearSummary(baseline, year),
    scenario: yearSummary(scenario, year),
    belowNorm: belowNormList(baseline, scenario, ids, year, nameOf)
  };
}

/** Projected pupils per facility for one year (the map's symbol sizes), length facilityCount. */
export function pupilsOfYear(series: YearSeries, year: number): Float64Array {
  const y = Math.max(0, yearIndex(series, year));
  const F = series.facilityCount;
  return series.facilities.pupils.slice(y * F, (y + 1) * F);
}

/** Below-norm flags per facility for one year, length facilityCount. */
export function belowNormOfYear(series: YearSeries, year: number): Uint8Array {
  const y = Math.max(0, yearIndex(series, year));
  const F = series.facilityCount;
  return series.facilities.belowNorm.slice(y * F, (y + 1) * F);
}

export interface Spark {
  years: number[];
  pupils: number[];
  /** The band of the birth trend: the low and high variants' pupils per year. */
  low: number[];
  high: number[];
  /** NaN = no norm. */
  norm: number;
  firstYearBelowNorm: number;
  ruleYear: number;
}

/** One school's projected pupils per year with its norm; null when the id is not in the series. */
export function sparkOf(series: YearSeries, ids: readonly string[], id: string): Spark | null {
  const i = ids.indexOf(id);
  if (i < 0 || i >= series.facilityCount) return null;
  const F = series.facilityCount;
  return {
    years: [...series.years],
    pupils: series.years.map((_, y) => series.facilities.pupils[y * F + i]),
    low: series.years.map((_, y) => series.band.low.facilityPupils[y * F + i]),
    high: series.years.map((_, y) => series.band.high.facilityPupils[y * F + i]),
    norm: series.facilities.norm[i],
    firstYearBelowNorm: series.facilities.firstYearBelowNorm[i],
    ruleYear: series.facilities.ruleYear[i]
  };
}

/** "Valt onder de norm in 2027; opheffingsregel vanaf 2029.", or the reassuring variant; for VO why there is none. */
export function normSentence(s: Spark, sector?: string): string {
  if (!Number.isFinite(s.norm)) return sector === 'vo' ? t('years.norm.voNone') : t('years.norm.none');
  if (s.firstYearBelowNorm === 0) return t('years.norm.above', { year: String(s.years.at(-1)) });
  const year = String(s.firstYearBelowNorm);
  return s.ruleYear
    ? t('years.norm.belowRule', { year, rule: String(s.ruleYear) })
    : t('years.norm.belowNoRule', { year });
}

/** A closed polygon's points for a band between `low` and `high` (same box as linePoints). */
export function bandPoints(
  low: ArrayLike<number>,
  high: ArrayLike<number>,
  w: number,
  h: number,
  min: number,
  max: number
): string {
  const top = linePoints(high, w, h, min, max).split(' ');
  const bottom = linePoints(low, w, h, min, max).split(' ').reverse();
  return [...top, ...bottom].join(' ');
}

/** A polyline's points for values over years inside a w x h box with the given value range. */
export function linePoints(
  values: ArrayLike<number>,
  w: number,
  h: number,
  min: number,
  max: number
): string {
  const n = values.length;
  const span = max - min || 1;
  const pts: string[] = [];
  for (let k = 0; k < n; k++) {
    const x = n > 1 ? (k / (n - 1)) * w : w / 2;
    const y = h - ((values[k] - min) / span) * h;
    pts.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  }
  return pts.join(' ');
}

/** A rounded value range around the data for a chart axis. */
export function niceRange(values: ArrayLike<number>[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values)
    for (let k = 0; k < v.length; k++) {
      if (!Number.isFinite(v[k])) continue;
      lo = Math.min(lo, v[k]);
      hi = Math.max(hi, v[k]);
    }
  if (!Number.isFinite(lo)) return [0, 1];
  const pad = Math.max((hi - lo) * 0.1, 1);
  const step = 10 ** Math.floor(Math.log10(Math.max(hi - lo + 2 * pad, 1)));
  return [Math.max(0, Math.floor((lo - pad) / step) * step), Math.ceil((hi + pad) / step) * step];
}

/**
 * The year inputs as a scenario file's `parameters.years` (only what differs from the defaults), or undefined
 * when everything is the default: exported with the scenario.
 */
export function scenarioYears(inputs: {
  birthTrend: number | 'data';
  birthBand?: number;
  migration: number;
  transportKm: number;
  floor?: { fixedM2?: number; perPupilM2?: number };
  costs?: { perLocation?: number; perM2?: number; perTransportPupil?: number };
}): ScenarioYearOptions | undefined {
  const out: ScenarioYearOptions = {};
  if (inputs.birthTrend !== 'data' || inputs.migration !== 0 || inputs.birthBand !== undefined)
    out.prognosis = {
      birthTrend: inputs.birthTrend,
      migration: inputs.migration,
      ...(inputs.birthBand !== undefined ? { birthBand: inputs.birthBand } : {})
    };
  if (inputs.transportKm !== 6) out.transport = { thresholdM: Math.round(inputs.transportKm * 1000) };
  if (inputs.floor) out.floor = { ...inputs.floor };
  if (inputs.costs) out.costs = { ...inputs.costs };
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A scenario file's `parameters.years` back to the store's year inputs (the import side of scenarioYears). */
export function yearInputsOf(years: ScenarioYearOptions): {
  birthTrend?: number | 'data';
  birthBand?: number;
  migration?: number;
  transportKm?: number;
  floor?: { fixedM2?: number; perPupilM2?: number };
  costs?: { perLocation?: number; perM2?: number; perTransportPupil?: number };
} {
  return {
    ...(years.prognosis?.birthTrend !== undefined ? { birthTrend: years.prognosis.birthTrend } : {}),
    ...(years.prognosis?.migration !== undefined ? { migration: years.prognosis.migration } : {}),
    ...(years.prognosis?.birthBand !== undefined ? { birthBand: years.prognosis.birthBand } : {}),
    ...(years.transport?.thresholdM !== undefined ? { transportKm: years.transport.thresholdM / 1000 } : {}),
    ...(years.floor ? { floor: { ...years.floor } } : {}),
    ...(years.costs ? { costs: { ...years.costs } } : {})
  };
}
