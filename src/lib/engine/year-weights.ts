/**
 * The demand weights of a year (base weight * municipal growth of the age group) and a facility's municipality:
 * shared by the central year series (years.ts) and the birth-trend band (years-band.ts).
 */
import type { PreparedRegion } from './prepare';
import type { GroupPrognosis } from './prognosis';
import type { ScenarioState } from './scenario';

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
