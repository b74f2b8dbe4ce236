/**
 * The JSON report of one year (`npm run evaluate -- --year Y --json`): the schema-1 report with the demand of year
 * Y, the projected pupils and the year figures added. Without a year the CLI prints `buildReport` unchanged.
 *
 * The schema-1 fields keep their meaning, evaluated in year Y: demand weights, distance statistics and
 * municipality `demand` use year Y's children; `belowNorm` and municipality `pupils` use the projected pupils;
 * `summary.pupilsTotal` is the projected pupils at the region's open facilities plus those moved to context
 * facilities (no longer constant across scenarios: each catchment grows or shrinks in its own way). A facility's
 * `pupils` stays its 2023 count after the scenario's moves; `pupilsProjected` is year Y's.
 */
import { computeIndicators } from './indicators';
import type { PreparedRegion } from './prepare';
import { PROGNOSIS_BASE_YEAR, YEAR_MAX, YEAR_MIN, type PrognosisParameters } from './prognosis';
import type { ReachState } from './reachability';
import { buildReport } from './report';
import type { ScenarioState } from './scenario';
import { assumptions, type Assumption } from './costs';
import { compareYears, yearSummary } from './years-compare';
import {
  computeYearSeries,
  SMALL_CATCHMENT_CHILDREN,
  RULE_YEARS,
  type YearBand,
  type YearOptions,
  type YearSeries,
  type YearTotals
} from './years';
import type { Report, ReportDemandUnit, ReportFacility, Summary } from './types';

export interface YearReportFacility extends ReportFacility {
  /** Pupils in the report year (0 for closed facilities). */
  pupilsProjected: number;
  /** pupilsProjected - norm; null when closed, without norm or with an unknown DUO count. */
  normMargin: number | null;
  /** First year of 2023-2035 below the norm; null when never. */
  firstYearBelowNorm: number | null;
  /** Third consecutive year below the norm within 2023-2035; null when never. */
  ruleYear: number | null;
  /** Normative floor area of the building (2023 pupils); null for closed and context facilities. */
  floorAreaM2: number | null;
  /** Normative floor area for the projected pupils; null for closed and context facilities. */
  floorNeededM2: number | null;
  /** The catchment held fewer than 50 children in 2023: the pupils follow the municipality's growth. */
  municipalGrowth: boolean;
  /** Pupils in the report year in the low and high birth-trend variants (the band). */
  pupilsProjectedLow: number;
  pupilsProjectedHigh: number;
}

export interface YearReportDemandUnit extends ReportDemandUnit {
  /** The nearest open facility lies beyond the transport threshold. */
  beyondTransport: boolean;
}

export interface YearReportSummary extends Summary {
  /** Children of the sector's ages in cells beyond the transport threshold. */
  transportChildren: number;
  /** Open region facilities whose rule year is the report year or earlier. */
  ruleReached: number;
  floorArea: { buildingM2: number; neededM2: number; surplusM2: number; shortageM2: number };
  /** Euro per year. */
  costs: { locations: number; floor: number; transport: number; total: number };
}

type SeriesBlock = { [K in keyof YearTotals]: number[] };

/** One variant of the band in the year report: its birth trend, the year's pupils and the series. */
export interface YearReportBand {
  birthTrend: number;
  pupils: number;
  series: number[];
}

export interface YearReport extends Omit<Report, 'summary' | 'facilities' | 'demand'> {
  prognosis: PrognosisParameters & {
    baseYear: number;
    /** The yearly birth trend of the region's PC4 areas together, and per municipality code (as used). */
    birthTrendRegion: number;
    birthTrends: Record<string, number>;
    horizon: [number, number];
    smallCatchmentChildren: number;
    ruleYears: number;
  };
  /** The scenario's pupils at the region's open facilities in the low and high birth-trend variants. */
  band: { low: YearReportBand; high: YearReportBand };
  norms: { year: number; replaced: boolean };
  summary: YearReportSummary;
  facilities: YearReportFacility[];
  demand: YearReportDemandUnit[];
  /** Region totals per year of the horizon: baseline, this scenario, and scenario minus baseline. */
  series: { years: number[]; baseline: SeriesBlock; scenario: SeriesBlock; difference: SeriesBlock };
  assumptions: Assumption[];
}

const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);
const yearOrNull = (v: number): number | null => (v === 0 ? null : v);

function block(t: { [K in keyof YearTotals]: ArrayLike<number> }): SeriesBlock {
  return Object.fromEntries(
    Object.entries(t).map(([k, v]) => [k, Array.from(v as ArrayLike<number>)])
  ) as SeriesBlock;
}

const bandOf = (b: YearBand, y: number): YearReportBand => ({
  birthTrend: b.birthTrend,
  pupils: b.pupils[y],
  series: Array.from(b.pupils)
});

export function buildYearReport(
  prepared: PreparedRegion,
  scenario: { state: ScenarioState; reach: ReachState },
  baseline: { state: ScenarioState; reach: ReachState },
  year: number,
  options?: YearOptions
): YearReport {
  if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) {
    throw new RangeError(`year must be from ${YEAR_MIN} to ${YEAR_MAX}, got ${String(year)}`);
  }
  const horizon = { ...options, fromYear: YEAR_MIN, toYear: YEAR_MAX };
  const series = computeYearSeries(prepared, scenario.state, scenario.reach, horizon);
  const base: YearSeries =
    baseline.state === scenario.state
      ? series
      : computeYearSeries(prepared, baseline.state, baseline.reach, horizon);
  const y = year - YEAR_MIN;
  const n = prepared.facilities.length;
  const F = series.facilityCount;
  const U = series.demandCount;
  const f = series.facilities;

  // Year Y seen through the schema-1 report: the same functions on year Y's weights, norms and pupils.
  const yPrepared: PreparedRegion = {
    ...prepared,
    weight: series.demand.weight.slice(y * U, (y + 1) * U),
    norm: f.norm.slice(0, n),
    normSource: f.normSource.slice(0, n)
  };
  const projected = f.pupils.slice(y * F, (y + 1) * F);
  const yState: ScenarioState = {
    ...scenario.state,
    pupils: projected,
    added: scenario.state.added.map((a, k) => ({
      ...a,
      norm: orNull(f.norm[n + k]),
      normSource: f.normSource[n + k]
    }))
  };
  const indicators = computeIndicators(yPrepared, yState, scenario.reach);
  const report = buildReport(yPrepared, yState, scenario.reach, indicators);

  const facilities: YearReportFacility[] = report.facilities.map((r, i) => {
    const k = y * F + i;
    const building = f.floorBuildingM2[i];
    return {
      ...r,
      pupils: scenario.state.pupils[i],
      pupilsProjected: projected[i],
      normMargin: orNull(f.normMargin[k]),
      firstYearBelowNorm: yearOrNull(f.firstYearBelowNorm[i]),
      ruleYear: yearOrNull(f.ruleYear[i]),
      floorAreaM2: orNull(building),
      floorNeededM2: Number.isNaN(building)
        ? null
        : series.parameters.floor.fixedM2 + series.parameters.floor.perPupilM2 * projected[i],
      municipalGrowth: f.municipalGrowth[i] === 1,
      pupilsProjectedLow: series.band.low.facilityPupils[k],
      pupilsProjectedHigh: series.band.high.facilityPupils[k]
    };
  });
  const demand: YearReportDemandUnit[] = report.demand.map((d, u) => ({
    ...d,
    beyondTransport: series.demand.beyondTransport[u] === 1
  }));
  const ys = yearSummary(series, year);
  const summary: YearReportSummary = {
    ...report.summary,
    pupilsTotal: ys.pupils + ys.pupilsToContext,
    pupilsToContext: ys.pupilsToContext,
    transportChildren: ys.transportChildren,
    ruleReached: ys.ruleReached,
    floorArea: ys.floorArea,
    costs: ys.costs
  };
  const cmp = compareYears(base, series);
  const p = series.parameters;
  return {
    schemaVersion: report.schemaVersion,
    region: report.region,
    sector: series.sector,
    year,
    parameters: report.parameters,
    ...(report.demandSource ? { demandSource: report.demandSource } : {}),
    prognosis: {
      baseYear: PROGNOSIS_BASE_YEAR,
      birthTrend: p.prognosis.birthTrend,
      birthTrendRegion: series.birthTrends.region,
      birthTrends: series.birthTrends.byMunicipality,
      birthBand: p.prognosis.birthBand,
      migration: p.prognosis.migration,
      horizon: [YEAR_MIN, YEAR_MAX],
      smallCatchmentChildren: SMALL_CATCHMENT_CHILDREN,
      ruleYears: RULE_YEARS
    },
    band: {
      low: bandOf(series.band.low, y),
      high: bandOf(series.band.high, y)
    },
    norms: { year: p.normsYear, replaced: options?.norms !== undefined },
    summary,
    facilities,
    demand,
    flows: report.flows,
    municipalities: report.municipalities,
    series: {
      years: cmp.years,
      baseline: block(cmp.baseline),
      scenario: block(cmp.scenario),
      difference: block(cmp.difference)
    },
    assumptions: assumptions(series.sector, {
      birthTrend: p.prognosis.birthTrend,
      birthTrendRegion: series.birthTrends.region,
      birthBand: p.prognosis.birthBand,
      migration: p.prognosis.migration,
      thresholdM: p.transport.thresholdM,
      floor: p.floor,
      costs: p.costs
    })
  };
}
