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
export const AGE_GROUPS: Readonly<Record<EngineSector, readonly [number, number]>> = Object.freeze({
  po: [4, 11] as const,
  vo: [12, 17] as const
});

export interface PrognosisParameters {
  /** Yearly change of births, as a fraction: -0.01 = 1 % fewer births every year after 2021. */
  birthTrend: number;
  /** Yearly net-migration factor, as a fraction, applied to every age: 0.005 = +0.5 % a year. */
  migration: number;
}

export const DEFAULT_PROGNOSIS: Readonly<PrognosisParameters> = Object.freeze({
  birthTrend: 0,
  migration: 0
});

/** Largest accepted |birthTrend| and |migration| per year (20 %): beyond that the model means nothing. */
export const PROGNOSIS_LIMIT = 0.2;

export function resolvePrognosis(p: Partial<PrognosisParameters> | undefined): PrognosisParameters {
  const out: PrognosisParameters = { ...DEFAULT_PROGNOSIS, ...(p ?? {}) };
  for (const key of ['birthTrend', 'migration'] as const) {
    const v = out[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > PROGNOSIS_LIMIT) {
      throw new RangeError(
        `${key} must be a fraction per year from -${PROGNOSIS_LIMIT} to ${PROGNOSIS_LIMIT} (-0.01 = -1 %), got ${String(v)}`
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

/** Single-year ages in `year` from the 2021 single-year ages (step 2 above). */
export function projectAges(ages2021: Float64Array, year: number, params: PrognosisParameters): Float64Array {
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
  params: PrognosisParameters
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
  params: Partial<PrognosisParameters> | undefined
): GroupPrognosis {
  const p = resolvePrognosis(params);
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
    const out = new Float64Array(years);
    for (let k = 0; k < years; k++) out[k] = groupCount(ages2021, PROGNOSIS_BASE_YEAR + k, sector, p);
    return out;
  };
  const counts = new Map<string, Float64Array>();
  for (const [code, b] of bands) counts.set(code, series(b));
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
    toYear,
    counts,
    overall,
    growth(code, from, to) {
      const s = code === null ? undefined : counts.get(code);
      return s && s[0] > 0 ? ratio(s, from, to) : ratio(overall, from, to);
    }
  };
}
