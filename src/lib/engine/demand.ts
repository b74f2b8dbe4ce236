/**
 * Demand weights: the estimated number of people a sector serves living in each 1 km grid cell.
 *
 * This is the one place where the age estimate lives. A sector's demand is a weight per CBS five-year age band
 * (`bandWeights`: the share of a band that uses the facility, e.g. PO counts 1/5 of band 0-4 because only age 4
 * of it goes to school). The grid gives only `T` (all inhabitants) and `Y_LT15` (inhabitants aged 0-14) per cell;
 * the PC4 table gives the bands per postcode. Per 2016 municipality, summed over its PC4 areas of 1-1-2021:
 *
 *   young share = sum(w_b * a_b over the youth bands 0-4, 5-9, 10-14, 15-19) / sum(a_0_4 + a_5_9 + a_10_14)
 *   adult share = sum(w_b * a_b over the bands 20-24 ... 95+)               / sum(all bands)
 *   weight(cell) = Y_LT15 * young share + T * adult share
 *
 * Youth bands follow the grid's young population because children and teenagers live where the families live;
 * the 15-19 band is scaled from Y_LT15 too (teenagers live with their parents, and it keeps VO's estimate the one
 * it has always been). Adult bands follow all inhabitants. For the schools this gives, every band spread evenly
 * over its five ages:
 *
 *   PO (ages 4-11):  share = sum(0.2*a_0_4 + a_5_9 + 0.4*a_10_14)   / sum(a_0_4 + a_5_9 + a_10_14)
 *   VO (ages 12-17): share = sum(0.6*a_10_14 + 0.6*a_15_19)         / sum(a_0_4 + a_5_9 + a_10_14)
 *
 * (age 4 is 1/5 of band 0-4; ages 10-11 are 2/5 of band 10-14; ages 12-14 are 3/5 of 10-14; ages 15-17 are 3/5
 * of 15-19.) The VO numerator is not a subset of the 0-14 denominator, so its share can exceed what a strict
 * "part of Y_LT15" reading would give; that is intended: it scales the grid's young population to ages 12-17.
 * The sector presets (engine/sectors) carry these weights as data (`SECTOR_BAND_WEIGHTS` is their source
 * for po and vo) and other sectors bring their own; a user may edit them.
 *
 * Fallback: a municipality without PC4 areas (or with nobody of the counted ages in them) uses the share over all
 * the bundle's PC4 areas; a bundle without any children in its PC4 table cannot be evaluated for a sector that
 * counts children.
 *
 * Imported demand (EvaluatorOptions.demand, a user's own population table per PC4 or per point) needs no grid
 * scaling: a unit with ages for every band the sector counts weighs sum(w_b * a_b); a unit with a total only
 * weighs total * population share, the sector's weighted bands over all inhabitants of its municipality's PC4
 * areas (same fallback):
 *
 *   population share = sum(w_b * a_b over all bands) / sum(all bands)
 */
import { AGE_BANDS, type AgeBand, type DemandUnit, type PostcodeArea } from './geodata/schema';
import { SECTOR_BAND_WEIGHTS, YOUTH_BANDS, type BandWeights } from './band-weights';
import type { DemandInput, EngineSector } from './types';

export { SECTOR_BAND_WEIGHTS, YOUTH_BANDS, type BandWeights };

const ADULT_BANDS: readonly AgeBand[] = AGE_BANDS.filter((b) => !YOUTH_BANDS.includes(b));

interface AgeSums {
  numerator: number;
  denominator: number;
}

export interface AgeShares {
  byMunicipality: Map<string, number>;
  overall: number;
}

const weightsOf = (w: EngineSector | BandWeights): BandWeights =>
  typeof w === 'string' ? SECTOR_BAND_WEIGHTS[w] : w;

/** sum(w_b * a_b) over `bands`, in band order, skipping bands without weight. */
function weighted(p: PostcodeArea, weights: BandWeights, bands: readonly AgeBand[]): number {
  let sum = 0;
  for (const b of bands) {
    const w = weights[b];
    if (w) sum += w * p.ages[b];
  }
  return sum;
}

function youngDenominator(p: PostcodeArea): number {
  return p.ages.a_0_4 + p.ages.a_5_9 + p.ages.a_10_14;
}

function allDenominator(p: PostcodeArea): number {
  let sum = 0;
  for (const b of AGE_BANDS) sum += p.ages[b];
  return sum;
}

function shares(
  postcodes: readonly PostcodeArea[],
  numerator: (p: PostcodeArea) => number,
  denominator: (p: PostcodeArea) => number,
  what: string
): AgeShares {
  const sums = new Map<string, AgeSums>();
  const total: AgeSums = { numerator: 0, denominator: 0 };
  for (const p of postcodes) {
    const n = numerator(p);
    const d = denominator(p);
    let s = sums.get(p.municipality);
    if (!s) sums.set(p.municipality, (s = { numerator: 0, denominator: 0 }));
    s.numerator += n;
    s.denominator += d;
    total.numerator += n;
    total.denominator += d;
  }
  if (!(total.denominator > 0)) {
    throw new Error(
      `the bundle has no inhabitants ${what} in its postcode areas: demand cannot be estimated`
    );
  }
  const overall = total.numerator / total.denominator;
  const byMunicipality = new Map<string, number>();
  for (const [code, s] of sums)
    byMunicipality.set(code, s.denominator > 0 ? s.numerator / s.denominator : overall);
  return { byMunicipality, overall };
}

/**
 * Young share per 2016 municipality code (the weighted youth bands over ages 0-14), plus the bundle-wide
 * fallback. For 'po' and 'vo' this is the share of the sector's ages among ages 0-14.
 */
export function ageShares(postcodes: readonly PostcodeArea[], sector: EngineSector | BandWeights): AgeShares {
  const weights = weightsOf(sector);
  return shares(postcodes, (p) => weighted(p, weights, YOUTH_BANDS), youngDenominator, 'aged 0-14');
}

/** Adult share per municipality: the weighted bands from 20-24 up over all inhabitants. */
export function adultShares(postcodes: readonly PostcodeArea[], weights: BandWeights): AgeShares {
  return shares(postcodes, (p) => weighted(p, weights, ADULT_BANDS), allDenominator, '');
}

const hasAny = (weights: BandWeights, bands: readonly AgeBand[]) => bands.some((b) => (weights[b] ?? 0) > 0);

/**
 * Weight per demand unit (bundle order): `Y_LT15` times its municipality's young share, plus `T` times its adult
 * share. `sector` is 'po' or 'vo' (the school weights) or a preset's band weights.
 */
export function demandWeights(
  demand: readonly DemandUnit[],
  postcodes: readonly PostcodeArea[],
  sector: EngineSector | BandWeights
): Float64Array {
  const weights = weightsOf(sector);
  const young = hasAny(weights, YOUTH_BANDS) ? ageShares(postcodes, weights) : null;
  const adult = hasAny(weights, ADULT_BANDS) ? adultShares(postcodes, weights) : null;
  const out = new Float64Array(demand.length);
  for (let i = 0; i < demand.length; i++) {
    const u = demand[i];
    let w = 0;
    if (young) w = u.Y_LT15 * (young.byMunicipality.get(u.municipality) ?? young.overall);
    if (adult) w += u.T * (adult.byMunicipality.get(u.municipality) ?? adult.overall);
    out[i] = w;
  }
  return out;
}

/**
 * Population share per municipality: the sector's weighted bands (all of them, youth and adult) over all
 * inhabitants, summed over the municipality's PC4 areas; for imported units that give a total only.
 */
export function populationShares(postcodes: readonly PostcodeArea[], weights: BandWeights): AgeShares {
  return shares(postcodes, (p) => weighted(p, weights, AGE_BANDS), allDenominator, '');
}

/** The bands a sector counts (weight > 0), in band order. */
const countedBands = (weights: BandWeights): AgeBand[] => AGE_BANDS.filter((b) => (weights[b] ?? 0) > 0);

/**
 * Weight per imported demand unit (input order): sum(w_b * ages_b) when the unit's ages give every band the sector
 * counts, else total * its municipality's population share (`municipalities[i]`: its 2016 code, or null outside
 * the region's municipalities, which uses the bundle-wide share).
 */
export function importedDemandWeights(
  units: readonly DemandInput[],
  municipalities: readonly (string | null)[],
  postcodes: readonly PostcodeArea[],
  sector: EngineSector | BandWeights
): Float64Array {
  const weights = weightsOf(sector);
  const bands = countedBands(weights);
  const covered = (u: DemandInput) => !!u.ages && bands.every((b) => u.ages![b] !== undefined);
  const share = bands.length > 0 && !units.every(covered) ? populationShares(postcodes, weights) : null;
  const out = new Float64Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (covered(u)) {
      let w = 0;
      for (const b of bands) w += weights[b]! * u.ages![b]!;
      out[i] = w;
    } else if (share) {
      const code = municipalities[i];
      out[i] = u.total * ((code === null ? undefined : share.byMunicipality.get(code)) ?? share.overall);
    }
  }
  return out;
}
