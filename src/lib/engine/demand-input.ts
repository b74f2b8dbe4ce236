/**
 * Imported demand (EvaluatorOptions.demand) brought to the bundle's DemandUnit shape, so everything downstream
 * (nearest, reachability, indicators, report, year series) runs unchanged:
 *   - municipality: the 2016 region municipality containing the point, else the nearest within 3.5 km (as for
 *     facilities); a unit further out keeps municipality '' (index -1, like a grid cell outside): it counts in the
 *     region totals and attracts context facilities, but is in no municipality row;
 *   - polygon (for the map): the largest outer ring of the PC4 polygon when the unit is a PC4 area of the bundle
 *     (its `postcode`, or a 4-digit id, names one and it lies at that area's point), else a 250 m square;
 *   - `T` = total; `Y_LT15` = a_0_4 + a_5_9 + a_10_14 when the unit gives all three, else NaN (unknown).
 * The weight is demand.ts's `importedDemandWeights`. Inputs are only read, never mutated.
 */
import { AGE_BANDS, type AgeBand, type DemandUnit, type RegionBundle } from './geodata/schema';
import { fromRD, toRD } from './projection';
import { municipalityAt } from './sector-input';
import type { DemandInput } from './types';

/** Half the side of the square drawn for a point unit, in RD metres. */
const POINT_HALF_SIDE_M = 125;
/** A PC4 unit lies at its area's point (the import places it there); anything else is a point of its own. */
const SAME_POINT_DEG = 1e-6;

const YOUNG: readonly AgeBand[] = ['a_0_4', 'a_5_9', 'a_10_14'];

export interface ImportedDemand {
  units: DemandUnit[];
  /** The unit's 2016 region municipality code, or null outside every one (DemandUnit.municipality is then ''). */
  municipalities: (string | null)[];
}

/** Check the inputs; a RangeError names `demand[i]` and the field. */
export function checkDemandInputs(inputs: readonly DemandInput[]): void {
  if (!Array.isArray(inputs)) throw new RangeError('demand must be an array of demand units');
  if (inputs.length === 0) throw new RangeError('demand must hold at least one demand unit');
  const seen = new Set<string>();
  inputs.forEach((u, i) => {
    const fail = (problem: string): never => {
      throw new RangeError(`demand[${i}]: ${problem}`);
    };
    if (typeof u !== 'object' || u === null) fail('must be an object');
    if (typeof u.id !== 'string' || u.id.trim() === '') fail('"id" must be a non-empty string');
    if (seen.has(u.id)) fail(`duplicate id "${u.id}"`);
    seen.add(u.id);
    if (!Number.isFinite(u.lon) || !Number.isFinite(u.lat))
      fail(`"lon" and "lat" must be numbers (id "${u.id}")`);
    if ((u.x !== undefined && !Number.isFinite(u.x)) || (u.y !== undefined && !Number.isFinite(u.y))) {
      fail(`"x" and "y" must be numbers when given (id "${u.id}")`);
    }
    if (!(Number.isFinite(u.total) && u.total >= 0)) fail(`"total" must be a number >= 0 (id "${u.id}")`);
    if (u.postcode !== undefined && u.postcode !== null && typeof u.postcode !== 'string') {
      fail(`"postcode" must be a string or null (id "${u.id}")`);
    }
    if (u.ages !== undefined && u.ages !== null) {
      if (typeof u.ages !== 'object' || Array.isArray(u.ages))
        fail(`"ages" must be an object (id "${u.id}")`);
      for (const [band, v] of Object.entries(u.ages as Record<string, unknown>)) {
        if (!(AGE_BANDS as readonly string[]).includes(band)) fail(`"ages" has an unknown band "${band}"`);
        if (!(typeof v === 'number' && Number.isFinite(v) && v >= 0))
          fail(`"ages.${band}" must be a number >= 0 (id "${u.id}")`);
      }
    }
  });
}

/** The largest outer ring of a multipolygon (by planar area in degrees: enough to pick the main part). */
function largestRing(multi: number[][][][]): number[][] | null {
  let best: number[][] | null = null;
  let bestArea = -1;
  for (const polygon of multi) {
    const ring = polygon[0];
    if (!ring || ring.length < 4) continue;
    let a = 0;
    for (let k = 0, j = ring.length - 1; k < ring.length; j = k++) {
      a += (ring[j][0] - ring[k][0]) * (ring[j][1] + ring[k][1]);
    }
    if (Math.abs(a) > bestArea) [best, bestArea] = [ring, Math.abs(a)];
  }
  return best;
}

function square(x: number, y: number): number[][] {
  const h = POINT_HALF_SIDE_M;
  const corners: [number, number][] = [
    [x - h, y - h],
    [x + h, y - h],
    [x + h, y + h],
    [x - h, y + h],
    [x - h, y - h]
  ];
  return corners.map(([cx, cy]) => fromRD(cx, cy).map((v) => Math.round(v * 1e6) / 1e6));
}

/**
 * The imported units as DemandUnits of the bundle (input order). Throws RangeError naming `demand[i]` for bad
 * input. Also for the map: the same units, polygons and order the engine evaluates.
 */
export function importedDemandUnits(bundle: RegionBundle, inputs: readonly DemandInput[]): ImportedDemand {
  checkDemandInputs(inputs);
  const pc4 = new Map(bundle.postcodes.map((p) => [p.id, p]));
  const units: DemandUnit[] = [];
  const municipalities: (string | null)[] = [];
  for (const u of inputs) {
    const [x, y] =
      Number.isFinite(u.x) && Number.isFinite(u.y) ? [u.x as number, u.y as number] : toRD(u.lon, u.lat);
    const code = municipalityAt(bundle, u.lon, u.lat);
    const area = pc4.get(u.postcode ?? (/^\d{4}$/.test(u.id) ? u.id : ''));
    const atArea =
      area?.polygon &&
      Math.abs(area.lon - u.lon) < SAME_POINT_DEG &&
      Math.abs(area.lat - u.lat) < SAME_POINT_DEG;
    const ring = atArea ? largestRing(area.polygon!) : null;
    const ages = u.ages ?? null;
    const young = ages && YOUNG.every((b) => ages[b] !== undefined);
    units.push({
      id: u.id,
      lon: u.lon,
      lat: u.lat,
      x,
      y,
      polygon: ring ? ring.map((p) => [p[0], p[1]]) : square(x, y),
      T: u.total,
      Y_LT15: young ? ages.a_0_4! + ages.a_5_9! + ages.a_10_14! : NaN,
      municipality: code ?? ''
    });
    municipalities.push(code);
  }
  return { units, municipalities };
}
