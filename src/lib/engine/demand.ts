/**
 * Demand weights: the estimated number of children of a sector's ages living in each 1 km grid cell.
 *
 * This is the one place where the age estimate lives. The grid gives only `Y_LT15` (inhabitants aged 0-14) per
 * cell; the PC4 table gives five-year age bands per postcode. We scale each cell's `Y_LT15` by the share of the
 * sector's ages among ages 0-14 in the cell's (2016) municipality, summed over the municipality's PC4 areas of
 * 1-1-2021, spreading every five-year band evenly over its ages:
 *
 *   PO (ages 4-11):  share = sum(0.2*a_0_4 + a_5_9 + 0.4*a_10_14)   / sum(a_0_4 + a_5_9 + a_10_14)
 *   VO (ages 12-17): share = sum(0.6*a_10_14 + 0.6*a_15_19)         / sum(a_0_4 + a_5_9 + a_10_14)
 *
 * (age 4 is 1/5 of band 0-4; ages 10-11 are 2/5 of band 10-14; ages 12-14 are 3/5 of 10-14; ages 15-17 are 3/5
 * of 15-19.) The VO numerator is not a subset of the 0-14 denominator, so its share can exceed what a strict
 * "part of Y_LT15" reading would give; that is intended: it scales the grid's young population to ages 12-17.
 *
 * Fallback: a municipality without PC4 areas (or with no children in them) uses the share over all the bundle's
 * PC4 areas; a bundle without any children in its PC4 table cannot be evaluated.
 */
import type { DemandUnit, PostcodeArea } from './geodata/schema';
import type { EngineSector } from './types';

interface AgeSums {
  numerator: number;
  denominator: number;
}

function numerator(p: PostcodeArea, sector: EngineSector): number {
  const a = p.ages;
  return sector === 'po' ? 0.2 * a.a_0_4 + a.a_5_9 + 0.4 * a.a_10_14 : 0.6 * a.a_10_14 + 0.6 * a.a_15_19;
}

function denominator(p: PostcodeArea): number {
  return p.ages.a_0_4 + p.ages.a_5_9 + p.ages.a_10_14;
}

/** Share of the sector's ages among ages 0-14, per 2016 municipality code, plus the bundle-wide fallback. */
export function ageShares(
  postcodes: readonly PostcodeArea[],
  sector: EngineSector
): { byMunicipality: Map<string, number>; overall: number } {
  const sums = new Map<string, AgeSums>();
  const total: AgeSums = { numerator: 0, denominator: 0 };
  for (const p of postcodes) {
    const n = numerator(p, sector);
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
      'the bundle has no inhabitants aged 0-14 in its postcode areas: demand cannot be estimated'
    );
  }
  const overall = total.numerator / total.denominator;
  const byMunicipality = new Map<string, number>();
  for (const [code, s] of sums)
    byMunicipality.set(code, s.denominator > 0 ? s.numerator / s.denominator : overall);
  return { byMunicipality, overall };
}

/** Weight per demand unit (bundle order): `Y_LT15` times its municipality's age share. */
export function demandWeights(
  demand: readonly DemandUnit[],
  postcodes: readonly PostcodeArea[],
  sector: EngineSector
): Float64Array {
  const { byMunicipality, overall } = ageShares(postcodes, sector);
  const weights = new Float64Array(demand.length);
  for (let i = 0; i < demand.length; i++) {
    const u = demand[i];
    weights[i] = u.Y_LT15 * (byMunicipality.get(u.municipality) ?? overall);
  }
  return weights;
}
