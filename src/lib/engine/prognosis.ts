/**
 * Population prognosis by cohort shift: how many children of a sector's ages live in each 2016 municipality in a
 * future year, from the CBS five-year age bands of 1-1-2021 summed over the municipality's PC4 areas.
 *
 * The method (docs/method.md, "Hoe rekenen we", is the reference; the fixture test checks exact numbers):
 *
 *   1. Single-year ages 0..99 on 1-1-2021: every five-year band is spread evenly over its five ages
 *      (age 7 = a_5_9 / 5; the band 95+ is spread over 95..99).
 *   2. Year Y = 2021 + n (n >= 0), with yearly net-migration factor m and yearly birth trend t:
 *        age a >= n:  count(Y, a) = count(2021, a - n) * (1 + m)^n
 *        age a <  n:  count(Y, a) = B * (1 + t)^(n - a) * (1 + m)^a,   B = a_0_4(2021) / 5
 *      (a cohort aged a in year Y was born n - a years after the 2021 cohorts; B is the average yearly cohort of
 *      the 2021 0-4 band; migration applies in every year the cohort lived in the municipality).
 *   3. The sector's age group G (PO 4-11, VO 12-17): count_G(Y) = sum over a in G of count(Y, a).
 *      Growth from year X to Y = count_G(Y) / count_G(X).
 *
 * A municipality without children of the group in 2021 (or a code without PC4 areas) uses the growth of all the
 * bundle's PC4 areas together, as demand.ts does for the age share.
 *
 * The birth trend t (parameter `birthTrend`): by default ('data') it is derived per municipality from the 2021
 * bands: the 0-4 cohort against the 5-9 cohort, five years older,
 *   t = (a_0_4 / a_5_9)^(1/5) - 1,   kept within +-5 % a year (BIRTH_TREND_CLAMP),
 * so a municipality whose youngest cohort is smaller than the one before it keeps losing births at that pace
 * (the ratio also carries the migration of young families: it is the trend of the cohorts as they live there).
 * A number overrides it for every municipality. The low and high variants of the band use t - birthBand and
 * t + birthBand (default 1 % a year).
 */
import { AGE_BANDS, type PostcodeArea } from './geodata/schema';
import type { EngineSector } from './types';

/** Reference date of the CBS PC4 age bands (1 January). */
export const PROGNOSIS_BASE_YEAR = 2021;
/** The year horizon of the year series (first year = the DUO pupil count). */
export const YEAR_MIN = 2023;
export const YEAR_MAX = 2035;
/** Single-year ages 0..MAX_AGE are modelled; older people leave the table. */
export const MAX_AGE = 99;

/** Ages (inclusive) of the sector's pupils. */
export const AGE_GROUPS: Readonly<Record<EngineSector, readonly [number, number]>> =
  /* @__PURE__ */ Object.freeze({
    po: [4, 11] as const,
    vo: [12, 17] as const
  });

export interface PrognosisParameters {
  /**
   * Yearly change of births after 2021, as a fraction (-0.01 = 1 % fewer births every year), or 'data': each
   * municipality's own trend from its 0-4 and 5-9 cohorts (see above).
   */
  birthTrend: number | 'data';
  /** Yearly net-migration factor, as a fraction, applied to every age: 0.005 = +0.5 % a year. */
  migration: number;
  /** Half-width of the band: the low and high variants use the birth trend minus and plus this, per year. */
  birthBand: number;
}

export const DEFAULT_PROGNOSIS: Readonly<PrognosisParameters> = /* @__PURE__ */ Object.freeze({
  birthTrend: 'data',
  migration: 0,
  birthBand: 0.01
});

/** A data-derived birth trend is kept within +-5 % a year: a larger cohort ratio is noise of small numbers. */
export const BIRTH_TREND_CLAMP = 0.05;
/** Largest accepted birthBand (10 % a year). */
export const BIRTH_BAND_LIMIT = 0.1;

/** The variants of a prognosis: the central trend and the band's low and high. */
export type PrognosisVariant = 'central' | 'low' | 'high';

/** The data-derived yearly birth trend of a set of age bands: (a_0_4 / a_5_9)^(1/5) - 1, clamped; 0 without data. */
export function dataBirthTrend(ages: Readonly<Record<string, number>>): number {
  const young = ages.a_0_4 ?? 0;
  const older = ages.a_5_9 ?? 0;
  if (!(young > 0) || !(older > 0)) return 0;
  const t = (young / older) ** 0.2 - 1;
  return Math.max(-BIRTH_TREND_CLAMP, Math.min(BIRTH_TREND_CLAMP, t));
}

/** Largest accepted |birthTrend| and |migration| per year (20 %): beyond that the model means nothing. */
export const PROGNOSIS_LIMIT = 0.2;

export function resolvePrognosis(p: Partial<PrognosisParameters> | undefined): PrognosisParameters {
  const out: PrognosisParameters = { ...DEFAULT_PROGNOSIS, ...(p ?? {}) };
  const band = out.birthBand;
  if (typeof band !== 'number' || !Number.isFinite(band) || band < 0 || band > BIRTH_BAND_LIMIT) {
    throw new RangeError(
      `birthBand must be a fraction per year from 0 to ${BIRTH_BAND_LIMIT} (0.01 = 1 %), got ${String(band)}`
    );
  }
  for (const key of ['birthTrend', 'migration'] as const) {
    const v = out[key];
    if (key === 'birthTrend' && v === 'data') continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > PROGNOSIS_LIMIT) {
      throw new RangeError(
        `${key} must be ${key === 'birthTrend' ? '"data" or ' : ''}a fraction per year from -${PROGNOSIS_LIMIT} to ${PROGNOSIS_LIMIT} (-0.01 = -1 %), got ${String(v)}`
      );
    }
  }
  return out;
}

/** Single-year ages 0..99 of one age-band record: each band spread evenly over its five ages. */
export function singleYearAges(ages: Readonly<Record<string, number>>): Float64Array {
  const out = new Float64Array(MAX_AGE + 1);
  AGE_BANDS.forEach((band, b) => {
    const perAge = (ages[band] ?? 0) / 5;
    for (let a = 5 * b; a < 5 * b + 5; a++) out[a] = perAge;
  });
  return out;
}

/** The numeric trend and migration of one projection (the birth trend resolved for one municipality). */
export interface ProjectionRates {
  birthTrend: number;
  migration: number;
}

/** Single-year ages in `year` from the 2021 single-year ages (step 2 above). */
export function projectAges(ages2021: Float64Array, year: number, params: ProjectionRates): Float64Array {
  const n = year - PROGNOSIS_BASE_YEAR;
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`the prognosis starts in ${PROGNOSIS_BASE_YEAR}, got year ${String(year)}`);
  }
  const births = (ages2021[0] + ages2021[1] + ages2021[2] + ages2021[3] + ages2021[4]) / 5;
  const out = new Float64Array(MAX_AGE + 1);
  for (let a = 0; a <= MAX_AGE; a++) {
    out[a] =
      a >= n
        ? ages2021[a - n] * (1 + params.migration) ** n
        : births * (1 + params.birthTrend) ** (n - a) * (1 + params.migration) ** a;
  }
  return out;
}

/** Children of the sector's age group in `year`. */
export function groupCount(
  ages2021: Float64Array,
  year: number,
  sector: EngineSector,
  params: ProjectionRates
): number {
  const [lo, hi] = AGE_GROUPS[sector];
  const ages = projectAges(ages2021, year, params);
  let sum = 0;
  for (let a = lo; a <= hi; a++) sum += ages[a];
  return sum;
}

/**
 * Children of the age group per municipality and year, 2021..toYear: `counts.get(code)[year - 2021]`; `overall`
 * is all PC4 areas together. `growth(code, from, to)` applies the fallback for municipalities without children.
 */
export interface GroupPrognosis {
  sector: EngineSector;
  params: PrognosisParameters;
  variant: PrognosisVariant;
  /** The yearly birth trend used per municipality code, and for all PC4 areas together. */
  birthTrends: ReadonlyMap<string, number>;
  overallBirthTrend: number;
  toYear: number;
  counts: ReadonlyMap<string, Float64Array>;
  overall: Float64Array;
  /** count_G(to) / count_G(from) of the municipality (or overall when it had no children in 2021); 1 when both 0. */
  growth(code: string | null, from: number, to: number): number;
}

export function groupPrognosis(
  postcodes: readonly PostcodeArea[],
  sector: EngineSector,
  toYear: number,
  params: Partial<PrognosisParameters> | undefined,
  variant: PrognosisVariant = 'central'
): GroupPrognosis {
  const p = resolvePrognosis(params);
  const offset = variant === 'low' ? -p.birthBand : variant === 'high' ? p.birthBand : 0;
  const trendOf = (ages: Record<string, number>) =>
    (p.birthTrend === 'data' ? dataBirthTrend(ages) : p.birthTrend) + offset;
  if (!Number.isInteger(toYear) || toYear < PROGNOSIS_BASE_YEAR) {
    throw new RangeError(`toYear must be a year from ${PROGNOSIS_BASE_YEAR}, got ${String(toYear)}`);
  }
  // Summing bands first and spreading once equals spreading per PC4 and summing (the spread is linear).
  const bands = new Map<string, Record<string, number>>();
  const all: Record<string, number> = {};
  for (const pc of postcodes) {
    let b = bands.get(pc.municipality);
    if (!b) bands.set(pc.municipality, (b = {}));
    for (const band of AGE_BANDS) {
      b[band] = (b[band] ?? 0) + pc.ages[band];
      all[band] = (all[band] ?? 0) + pc.ages[band];
    }
  }
  const years = toYear - PROGNOSIS_BASE_YEAR + 1;
  const series = (ages: Record<string, number>): Float64Array => {
    const ages2021 = singleYearAges(ages);
    const rates = { birthTrend: trendOf(ages), migration: p.migration };
    const out = new Float64Array(years);
    for (let k = 0; k < years; k++) out[k] = groupCount(ages2021, PROGNOSIS_BASE_YEAR + k, sector, rates);
    return out;
  };
  const counts = new Map<string, Float64Array>();
  const birthTrends = new Map<string, number>();
  for (const [code, b] of bands) {
    counts.set(code, series(b));
    birthTrends.set(code, trendOf(b));
  }
  const overall = series(all);

  const ratio = (s: Float64Array, from: number, to: number): number => {
    const a = s[from - PROGNOSIS_BASE_YEAR];
    const b = s[to - PROGNOSIS_BASE_YEAR];
    if (a === undefined || b === undefined) {
      throw new RangeError(`years must be from ${PROGNOSIS_BASE_YEAR} to ${toYear}, got ${from} and ${to}`);
    }
    return a > 0 ? b / a : 1;
  };
  return {
    sector,
    params: p,
    variant,
    birthTrends,
    overallBirthTrend: trendOf(all),
    toYear,
    counts,
    overall,
    growth(code, from, to) {
      const s = code === null ? undefined : counts.get(code);
      return s && s[0] > 0 ? ratio(s, from, to) : ratio(overall, from, to);
    }
  };
}
