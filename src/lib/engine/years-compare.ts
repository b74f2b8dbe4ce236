/**
 * Reading a year series: one year as a plain object (panels, CLI) and the difference between two series
 * (baseline vs scenario, for the region chart and the cost comparison).
 */
import type { YearSeries, YearTotals } from './years';

/** The figures of one year of a series as a plain object (the CLI's and the panels' shape). */
export interface YearSummary {
  year: number;
  openFacilities: number;
  pupils: number;
  pupilsToContext: number;
  demand: number;
  belowNorm: number;
  ruleReached: number;
  transportChildren: number;
  floorArea: { buildingM2: number; neededM2: number; surplusM2: number; shortageM2: number };
  costs: { locations: number; floor: number; transport: number; total: number };
}

export function yearSummary(series: YearSeries, year: number): YearSummary {
  const y = series.years.indexOf(year);
  if (y < 0)
    throw new RangeError(`year ${year} is not in the series ${series.years[0]}-${series.years.at(-1)}`);
  const t = series.totals;
  return {
    year,
    openFacilities: series.openFacilities,
    pupils: t.pupils[y],
    pupilsToContext: t.pupilsToContext[y],
    demand: t.demand[y],
    belowNorm: t.belowNorm[y],
    ruleReached: t.ruleReached[y],
    transportChildren: t.transportChildren[y],
    floorArea: {
      buildingM2: t.floorBuildingM2[y],
      neededM2: t.floorNeededM2[y],
      surplusM2: t.floorSurplusM2[y],
      shortageM2: t.floorShortageM2[y]
    },
    costs: {
      locations: t.costLocations[y],
      floor: t.costFloor[y],
      transport: t.costTransport[y],
      total: t.costTotal[y]
    }
  };
}

const TOTAL_KEYS = [
  'pupils',
  'pupilsToContext',
  'demand',
  'belowNorm',
  'ruleReached',
  'transportChildren',
  'floorBuildingM2',
  'floorNeededM2',
  'floorSurplusM2',
  'floorShortageM2',
  'costLocations',
  'costFloor',
  'costTransport',
  'costTotal'
] as const satisfies readonly (keyof YearTotals)[];

export type YearDifference = { [K in keyof YearTotals]: Float64Array };

/** Scenario minus baseline per year for every total; both series must cover the same years. */
export function compareYears(
  baseline: YearSeries,
  scenario: YearSeries
): { years: number[]; baseline: YearTotals; scenario: YearTotals; difference: YearDifference } {
  if (baseline.years.join() !== scenario.years.join()) {
    throw new RangeError('compareYears: both series must cover the same years');
  }
  const difference = {} as YearDifference;
  for (const key of TOTAL_KEYS) {
    const a = baseline.totals[key];
    const b = scenario.totals[key];
    const d = new Float64Array(a.length);
    for (let y = 0; y < d.length; y++) d[y] = b[y] - a[y];
    difference[key] = d;
  }
  return { years: [...baseline.years], baseline: baseline.totals, scenario: scenario.totals, difference };
}

/** The buffers of a series' typed arrays, for `postMessage(series, transferablesOf(series))` in the worker. */
export function transferablesOf(series: YearSeries): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (v: unknown) => {
    if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.add(v.buffer);
  };
  Object.values(series.totals).forEach(add);
  Object.values(series.facilities).forEach(add);
  Object.values(series.demand).forEach(add);
  for (const b of [series.band.low, series.band.high]) [b.pupils, b.facilityPupils].forEach(add);
  return [...out];
}
