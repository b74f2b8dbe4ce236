/**
 * The year series: a scenario evaluated for every year of the horizon (2023-2035), for the year slider, the
 * region chart and the per-school sparklines.
 *
 * Reachability does not change with the year, only the weights do, so a series costs one linear pass over the
 * demand units and the facilities per year on top of the scenario's (cached) reachability:
 *   - demand weight of a unit in year Y = its base (2021) weight * its municipality's growth of the sector's age
 *     group from 2021 to Y (prognosis.ts);
 *   - catchment of a facility = the units whose nearest open facility it is (in this scenario);
 *   - pupils in Y = its pupils of 2023 (after the scenario's moves) * catchment demand(Y) / catchment demand(2023),
 *     or, when the 2023 catchment holds fewer than 50 children, * its municipality's growth from 2023 to Y;
 *   - below norm in Y: open, a norm applies and pupils(Y) < norm; the rule year is the third year in a row below
 *     the norm (the WPO closes a school below its norm three years running); both within the horizon only.
 * Per-year figures are typed arrays of length `years.length`; per (year, facility) figures are flat typed arrays
 * indexed `y * facilityCount + i` (y = year - fromYear), per (year, unit) ones `y * demandCount + u`.
 */
import type { NormSet } from './geodata/schema';
import { facilityNorms } from './norm-set';
import type { PreparedRegion } from './prepare';
import {
  groupPrognosis,
  YEAR_MAX,
  YEAR_MIN,
  type GroupPrognosis,
  resolvePrognosis,
  type PrognosisParameters,
  type PrognosisVariant
} from './prognosis';
import { bandSeries, catchments } from './years-band';
import type { ReachState } from './reachability';
import type { ScenarioState } from './scenario';
import { resolveTransport, transportFlags, type TransportParameters } from './transport';
import {
  floorArea,
  resolveCosts,
  resolveFloor,
  yearCosts,
  type CostParameters,
  type FloorParameters
} from './costs';
import { PUPIL_YEAR, STATUS_OPEN, type EngineSector } from './types';

/** A catchment with fewer children than this (in 2023) follows its municipality's growth instead. */
export const SMALL_CATCHMENT_CHILDREN = 50;
/** Years below the norm in a row after which the rule bites. */
export const RULE_YEARS = 3;

export interface YearOptions {
  fromYear?: number;
  toYear?: number;
  prognosis?: Partial<PrognosisParameters>;
  transport?: Partial<TransportParameters>;
  floor?: Partial<FloorParameters>;
  costs?: Partial<CostParameters>;
  /** Replaces the bundle's opheffingsnormen (see parseNormsCsv). */
  norms?: NormSet;
}

/** The resolved parameters of a series: plain data, safe to store with a scenario. */
export interface YearParameters {
  fromYear: number;
  toYear: number;
  prognosis: PrognosisParameters;
  transport: TransportParameters;
  floor: FloorParameters;
  costs: CostParameters;
  /** Year of the norm set used (the bundle's, or the replacing one). */
  normsYear: number;
}

export interface YearTotals {
  /** Projected pupils at the region's open facilities (context facilities excluded). */
  pupils: Float64Array;
  /** Projected pupils that this scenario moved to context facilities outside the region. */
  pupilsToContext: Float64Array;
  /** Children of the sector's ages in the region's demand units. */
  demand: Float64Array;
  /** Open region facilities below their norm. */
  belowNorm: Int32Array;
  /** Open region facilities whose rule year is this year or earlier. */
  ruleReached: Int32Array;
  transportChildren: Float64Array;
  floorBuildingM2: Float64Array;
  floorNeededM2: Float64Array;
  floorSurplusM2: Float64Array;
  floorShortageM2: Float64Array;
  costLocations: Float64Array;
  costFloor: Float64Array;
  costTransport: Float64Array;
  costTotal: Float64Array;
}

/** A variant of the birth trend: the band around the central series. */
export interface YearBand {
  /** Yearly birth trend of the region's PC4 areas together in this variant. */
  birthTrend: number;
  /** Projected pupils at the region's open facilities per year. */
  pupils: Float64Array;
  /** [y * facilityCount + i]: projected pupils (0 for closed facilities). */
  facilityPupils: Float64Array;
}

export interface YearSeries {
  sector: EngineSector;
  parameters: YearParameters;
  /** The birth trend in use per municipality code (data-derived or the user's), and for the region together. */
  birthTrends: { byMunicipality: Record<string, number>; region: number };
  /** The low and high variants (birth trend -+ birthBand); the central series lies between them. */
  band: { low: YearBand; high: YearBand };
  /** fromYear..toYear. */
  years: number[];
  /** Base facilities in index order, then the scenario's added ones. */
  facilityCount: number;
  demandCount: number;
  /** Open region facilities (the same in every year: the scenario decides, not the year). */
  openFacilities: number;
  totals: YearTotals;
  facilities: {
    status: Uint8Array;
    /** Norm in force per facility (NaN = none). */
    norm: Float64Array;
    normSource: ('deelgebied' | 'gemeente' | null)[];
    /** 1 where the catchment held fewer than 50 children in 2023 and the municipality's growth is used. */
    municipalGrowth: Uint8Array;
    /** Normative floor area of the building (m2); NaN for closed and context facilities. */
    floorBuildingM2: Float64Array;
    /** [y * facilityCount + i]: projected pupils (0 for closed facilities). */
    pupils: Float64Array;
    /** [y * facilityCount + i]: pupils - norm; NaN when closed, without a norm or with an unknown count. */
    normMargin: Float64Array;
    /** [y * facilityCount + i]: 1 when open and below the norm. */
    belowNorm: Uint8Array;
    /** First year below the norm within the horizon; 0 = never. */
    firstYearBelowNorm: Int32Array;
    /** Third consecutive year below the norm within the horizon; 0 = never. */
    ruleYear: Int32Array;
  };
  demand: {
    /** [y * demandCount + u]: estimated children of the sector's ages. */
    weight: Float64Array;
    /** 1 where the nearest open facility is beyond the transport threshold (the same in every year). */
    beyondTransport: Uint8Array;
  };
}

export function resolveYearOptions(
  sector: EngineSector,
  options: YearOptions | undefined,
  bundleNormsYear: number
): YearParameters {
  const o = options ?? {};
  const fromYear = o.fromYear ?? YEAR_MIN;
  const toYear = o.toYear ?? YEAR_MAX;
  const isYear = (y: number) => Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX;
  if (!isYear(fromYear) || !isYear(toYear) || fromYear > toYear) {
    throw new RangeError(
      `fromYear and toYear must be years from ${YEAR_MIN} to ${YEAR_MAX}, fromYear <= toYear; got ${String(fromYear)} and ${String(toYear)}`
    );
  }
  return {
    fromYear,
    toYear,
    prognosis: resolvePrognosis(o.prognosis),
    transport: resolveTransport(o.transport),
    floor: resolveFloor(sector, o.floor),
    costs: resolveCosts(sector, o.costs),
    normsYear: o.norms ? o.norms.year : bundleNormsYear
  };
}

/** The prepared sector as a school sector: the prognosis follows po's and vo's school ages. */
export function schoolSector(prepared: PreparedRegion): EngineSector {
  const s = prepared.sector;
  if (s !== 'po' && s !== 'vo')
    throw new RangeError(`the year prognosis covers po and vo, not sector "${s}"`);
  return s;
}

/** Group prognoses per prepared region and parameters (a slider move reuses them). */
const prognosisCache = new WeakMap<PreparedRegion, Map<string, GroupPrognosis>>();

export function prognosisFor(
  prepared: PreparedRegion,
  p: PrognosisParameters,
  variant: PrognosisVariant = 'central'
): GroupPrognosis {
  let m = prognosisCache.get(prepared);
  if (!m) prognosisCache.set(prepared, (m = new Map()));
  const key = `${p.birthTrend}|${p.migration}|${variant === 'central' ? 0 : p.birthBand}|${variant}`;
  let g = m.get(key);
  if (!g) {
    g = groupPrognosis(prepared.bundle.postcodes, schoolSector(prepared), YEAR_MAX, p, variant);
    if (m.size > 16) m.clear();
    m.set(key, g);
  }
  return g;
}

/**
 * Demand weights of `year`: base weight * municipal growth of the age group from the demand's year (2021 for the
 * CBS estimate, 2023 for imported demand: the file is the 2023 figure), one value per unit.
 * For 2023 PO this is Y_LT15 * (0.6*a_0_4 + a_5_9) / (a_0_4 + a_5_9 + a_10_14) with migration 0: ages 4-11 in
 * 2023 are ages 2-9 in 2021.
 */
export function yearWeights(prepared: PreparedRegion, prognosis: GroupPrognosis, year: number): Float64Array {
  const { codes, group } = demandCodes(prepared);
  const growth = new Float64Array(codes.length);
  // CBS demand describes 2021; imported demand the file's present (2023): grow from there.
  for (let c = 0; c < codes.length; c++) growth[c] = prognosis.growth(codes[c], prepared.demandYear, year);
  const out = new Float64Array(group.length);
  for (let u = 0; u < out.length; u++) out[u] = prepared.weight[u] * growth[group[u]];
  return out;
}

/** The distinct municipality codes of the demand units and each unit's index into them (cached). */
const demandCodeCache = new WeakMap<PreparedRegion, { codes: string[]; group: Int32Array }>();

function demandCodes(prepared: PreparedRegion): { codes: string[]; group: Int32Array } {
  let hit = demandCodeCache.get(prepared);
  if (hit) return hit;
  const index = new Map<string, number>();
  const group = new Int32Array(prepared.demand.length);
  prepared.demand.forEach((u, k) => {
    let c = index.get(u.municipality);
    if (c === undefined) index.set(u.municipality, (c = index.size));
    group[k] = c;
  });
  hit = { codes: [...index.keys()], group };
  demandCodeCache.set(prepared, hit);
  return hit;
}

export function facilityCode(prepared: PreparedRegion, state: ScenarioState, i: number): string | null {
  const n = prepared.facilities.length;
  return i < n ? prepared.facilities[i].municipality : state.added[i - n].municipality;
}

/** The series of one scenario state (its reachability included). Never mutates its inputs. */
export function computeYearSeries(
  prepared: PreparedRegion,
  state: ScenarioState,
  reach: ReachState,
  options?: YearOptions
): YearSeries {
  const sector = schoolSector(prepared);
  const params = resolveYearOptions(sector, options, prepared.bundle.norms.year);
  const { fromYear, toYear, floor } = params;
  const prognosis = prognosisFor(prepared, params.prognosis);
  const n = prepared.facilities.length;
  const F = state.status.length;
  const U = prepared.weight.length;
  const Y = toYear - fromYear + 1;
  const years = Array.from({ length: Y }, (_, y) => fromYear + y);
  const isRegion = (i: number) => i >= n || !prepared.isContext[i];

  // Norms: the bundle's (as prepared) or a replacing set.
  let norm: Float64Array;
  let normSource: ('deelgebied' | 'gemeente' | null)[];
  if (options?.norms) {
    ({ norm, source: normSource } = facilityNorms(prepared, state.added, options.norms));
  } else {
    norm = new Float64Array(F);
    norm.set(prepared.norm);
    normSource = [...prepared.normSource];
    state.added.forEach((a, k) => {
      norm[n + k] = a.norm ?? NaN;
      normSource.push(a.normSource);
    });
  }
  // An unknown DUO count that received nothing stays unknown: never flagged, no margin (as indicators.ts).
  const unknown = new Uint8Array(F);
  for (let i = 0; i < n; i++) {
    if (!prepared.pupilsKnown[i] && state.pupils[i] === prepared.pupilsBase[i]) unknown[i] = 1;
  }

  // Catchment demand in 2023 and the growth source per facility.
  const base2023 = yearWeights(prepared, prognosis, PUPIL_YEAR);
  const catch2023 = catchments(prepared, state, reach, base2023);
  const byChoice = state.choice !== undefined;
  const municipalGrowth = new Uint8Array(F);
  for (let i = 0; i < F; i++) {
    if (state.status[i] === STATUS_OPEN && catch2023[i] < SMALL_CATCHMENT_CHILDREN) municipalGrowth[i] = 1;
  }

  const beyondTransport = transportFlags(prepared, reach, params.transport);

  const floorBuildingM2 = new Float64Array(F).fill(NaN);
  let openFacilities = 0;
  for (let i = 0; i < F; i++) {
    if (state.status[i] !== STATUS_OPEN || !isRegion(i)) continue;
    openFacilities++;
    floorBuildingM2[i] = floorArea(floor, i < n ? prepared.pupilsBase[i] : state.pupils[i]);
  }

  const totals: YearTotals = {
    pupils: new Float64Array(Y),
    pupilsToContext: new Float64Array(Y),
    demand: new Float64Array(Y),
    belowNorm: new Int32Array(Y),
    ruleReached: new Int32Array(Y),
    transportChildren: new Float64Array(Y),
    floorBuildingM2: new Float64Array(Y),
    floorNeededM2: new Float64Array(Y),
    floorSurplusM2: new Float64Array(Y),
    floorShortageM2: new Float64Array(Y),
    costLocations: new Float64Array(Y),
    costFloor: new Float64Array(Y),
    costTransport: new Float64Array(Y),
    costTotal: new Float64Array(Y)
  };
  const pupils = new Float64Array(Y * F);
  const normMargin = new Float64Array(Y * F).fill(NaN);
  const belowNorm = new Uint8Array(Y * F);
  const weight = new Float64Array(Y * U);
  const catchY = new Float64Array(F);

  for (let y = 0; y < Y; y++) {
    const year = years[y];
    const w = year === PUPIL_YEAR ? base2023 : yearWeights(prepared, prognosis, year);
    weight.set(w, y * U);
    catchY.fill(0);
    let demand = 0;
    let transport = 0;
    for (let u = 0; u < U; u++) {
      const wu = w[u];
      if (!byChoice) catchY[reach.nearest[u]] += wu;
      demand += wu;
      if (beyondTransport[u]) transport += wu;
    }
    if (byChoice) catchY.set(catchments(prepared, state, reach, w));
    let total = 0;
    let toContext = 0;
    let below = 0;
    let needed = 0;
    let building = 0;
    let surplus = 0;
    let shortage = 0;
    let inUse = 0;
    for (let i = 0; i < F; i++) {
      const g =
        state.status[i] !== STATUS_OPEN
          ? 0
          : municipalGrowth[i]
            ? prognosis.growth(facilityCode(prepared, state, i), PUPIL_YEAR, year)
            : catchY[i] / catch2023[i];
      const p = state.pupils[i] * g;
      const k = y * F + i;
      pupils[k] = p;
      if (!isRegion(i)) {
        // Pupils this scenario moved there, grown like the facility's catchment.
        toContext += (state.pupils[i] - prepared.pupilsBase[i]) * g;
        continue;
      }
      if (state.status[i] !== STATUS_OPEN) continue;
      total += p;
      if (!unknown[i] && !Number.isNaN(norm[i])) {
        normMargin[k] = p - norm[i];
        if (p < norm[i]) {
          belowNorm[k] = 1;
          below++;
        }
      }
      const b = floorBuildingM2[i];
      const need = floorArea(floor, p);
      building += b;
      needed += need;
      if (b >= need) surplus += b - need;
      else shortage += need - b;
      inUse += Math.max(b, need);
    }
    const cost = yearCosts(params.costs, openFacilities, inUse, transport);
    totals.pupils[y] = total;
    totals.pupilsToContext[y] = toContext;
    totals.demand[y] = demand;
    totals.belowNorm[y] = below;
    totals.transportChildren[y] = transport;
    totals.floorBuildingM2[y] = building;
    totals.floorNeededM2[y] = needed;
    totals.floorSurplusM2[y] = surplus;
    totals.floorShortageM2[y] = shortage;
    totals.costLocations[y] = cost.locations;
    totals.costFloor[y] = cost.floor;
    totals.costTransport[y] = cost.transport;
    totals.costTotal[y] = cost.total;
  }

  // First year below the norm and the rule year, per facility; then how many have reached the rule by each year.
  const firstYearBelowNorm = new Int32Array(F);
  const ruleYear = new Int32Array(F);
  for (let i = 0; i < F; i++) {
    let run = 0;
    for (let y = 0; y < Y; y++) {
      if (belowNorm[y * F + i]) {
        if (firstYearBelowNorm[i] === 0) firstYearBelowNorm[i] = years[y];
        if (++run === RULE_YEARS && ruleYear[i] === 0) ruleYear[i] = years[y];
      } else run = 0;
    }
    if (ruleYear[i] !== 0) for (let y = ruleYear[i] - fromYear; y < Y; y++) totals.ruleReached[y]++;
  }

  const band = (variant: 'low' | 'high') =>
    bandSeries(
      prepared,
      state,
      reach,
      years,
      prognosisFor(prepared, params.prognosis, variant),
      catch2023,
      municipalGrowth
    );
  return {
    sector,
    parameters: params,
    birthTrends: {
      byMunicipality: Object.fromEntries(prognosis.birthTrends),
      region: prognosis.overallBirthTrend
    },
    band: { low: band('low'), high: band('high') },
    years,
    facilityCount: F,
    demandCount: U,
    openFacilities,
    totals,
    facilities: {
      status: state.status.slice(),
      norm,
      normSource,
      municipalGrowth,
      floorBuildingM2,
      pupils,
      normMargin,
      belowNorm,
      firstYearBelowNorm,
      ruleYear
    },
    demand: { weight, beyondTransport }
  };
}
