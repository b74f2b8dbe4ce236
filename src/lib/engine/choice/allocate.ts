/**
 * Reallocation by the school-choice model (scenario parameter `allocation: 'choice'`).
 *
 * When school f closes, its pupils (the DUO count plus what it received) are spread over the open schools as the
 * model says its pupils would choose again: the pupils of f from unit i are w_i * P_if (in the current scenario),
 * and each of them picks school k with P_ik / (1 - P_if), the model's choice without f. So school k receives
 *
 *   share_k = sum_i w_i P_if * P_ik / (1 - P_if)  /  sum_i w_i P_if
 *
 * of f's pupils. Children of a unit whose only open school in its choice set was f go to the nearest open school
 * of f (the nearest rule), as do all of f's pupils when the model gives f no children at all. Pupils are whole
 * children: the shares are rounded by the largest-remainder method (ties to the lower facility index), so the
 * moved pupils add up exactly to f's count; schools whose share rounds to 0 get no flow (one flow of 0 pupils
 * stays when f had none). A merge still moves everything to the named school.
 *
 * The scenario keeps, per demand unit, the sum of exp(V) over its open schools (`denominator`), updated by every
 * closure, merge and new school, and the choice pairs of the new schools (which take part with the average
 * attractiveness of the region's schools).
 */
import type { PreparedRegion } from '../prepare';
import { STATUS_OPEN } from '../types';
import { decayTerm } from './features';
import { CHOICE_SET } from './pairs';
import type { ChoiceModel } from './model';

/** The choice pairs of a facility added by an `open` edit. */
export interface AddedPairs {
  units: Int32Array;
  e: Float64Array;
  km: Float64Array;
}

export interface ChoiceState {
  /** sum of exp(V) over the open facilities of each unit's choice set. */
  denominator: Float64Array;
  /** Per added facility (in `added` order): its pairs. */
  added: readonly AddedPairs[];
}

/** What the spreading needs of a scenario state. */
export interface SpreadState {
  status: Uint8Array;
  choice: ChoiceState;
}

export function baselineChoice(model: ChoiceModel): ChoiceState {
  return { denominator: model.denominator.slice(), added: [] };
}

/** Below this part of a unit's denominator a closing school counts as its only option. */
const ONLY_OPTION = 1e-12;

let scratchC = new Float64Array(0);
let scratchRest = new Float64Array(0);

/**
 * The shares (summing to 1) of facility f's pupils per receiving facility index, by the model; `nearest` is the
 * nearest open facility of f (or -1), which takes the children that have no other option.
 */
export function choiceShares(
  model: ChoiceModel,
  state: SpreadState,
  f: number,
  nearest: number
): Map<number, number> {
  const { pairs, weight } = model.data;
  const { start, facility, facStart, byFacility } = pairs;
  const e = model.e;
  const F = pairs.facStart.length - 1;
  const U = start.length - 1;
  if (scratchC.length < U) {
    scratchC = new Float64Array(U);
    scratchRest = new Float64Array(U);
  }
  const c = scratchC;
  const rest = scratchRest;
  const den = state.choice.denominator;
  const touched: number[] = [];
  let total = 0;
  let orphan = 0;
  const visit = (u: number, ef: number) => {
    const s = den[u];
    if (!(s > 0) || !(weight[u] > 0)) return;
    const cu = (weight[u] * ef) / s;
    total += cu;
    if (s - ef <= ONLY_OPTION * s) {
      orphan += cu;
      return;
    }
    c[u] = cu;
    rest[u] = s - ef;
    touched.push(u);
  };
  if (f < F) {
    for (let q = facStart[f]; q < facStart[f + 1]; q++) visit(pairs.unit[byFacility[q]], e[byFacility[q]]);
  } else {
    const own = state.choice.added[f - F];
    for (let q = 0; q < own.units.length; q++) visit(own.units[q], own.e[q]);
  }

  const shares = new Map<number, number>();
  const add = (k: number, v: number) => shares.set(k, (shares.get(k) ?? 0) + v);
  for (const u of touched) {
    const r = c[u] / rest[u];
    for (let k = start[u]; k < start[u + 1]; k++) {
      const j = facility[k];
      if (j !== f && state.status[j] === STATUS_OPEN) add(j, r * e[k]);
    }
  }
  state.choice.added.forEach((g, k) => {
    const j = F + k;
    if (j === f || state.status[j] !== STATUS_OPEN) return;
    for (let q = 0; q < g.units.length; q++) {
      const u = g.units[q];
      if (c[u] > 0) add(j, (c[u] / rest[u]) * g.e[q]);
    }
  });
  for (const u of touched) c[u] = 0;

  if (!(total > 0)) return new Map(nearest >= 0 ? [[nearest, 1]] : []);
  if (orphan > 0 && nearest >= 0) add(nearest, orphan);
  const sum = [...shares.values()].reduce((a, b) => a + b, 0);
  for (const [k, v] of shares) shares.set(k, v / sum);
  return shares;
}

/**
 * Whole pupils per receiver: `total` split by `shares` with the largest-remainder method (ties to the lower
 * index); the result adds up to `total` exactly when it is a whole number. Receivers in ascending index order.
 */
export function roundShares(total: number, shares: Map<number, number>): { to: number; pupils: number }[] {
  const rows = [...shares.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([to, s]) => {
      const exact = total * s;
      const whole = Math.floor(exact);
      return { to, pupils: whole, rest: exact - whole };
    });
  const whole = Math.floor(total);
  let left = whole - rows.reduce((a, r) => a + r.pupils, 0);
  const order = [...rows].sort((a, b) => b.rest - a.rest || a.to - b.to);
  for (let i = 0; left > 0 && order.length > 0; i = (i + 1) % order.length, left--) order[i].pupils++;
  // A count that is not whole (never for DUO counts) keeps its fraction at the largest receiver.
  const fraction = total - whole;
  if (fraction > 0 && order.length > 0) order[0].pupils += fraction;
  return rows.map(({ to, pupils }) => ({ to, pupils }));
}

/** The choice state after facility f (base or added) stopped being an option. */
export function withoutFacility(model: ChoiceModel, choice: ChoiceState, f: number): ChoiceState {
  const { unit, facStart, byFacility } = model.data.pairs;
  const F = facStart.length - 1;
  const denominator = choice.denominator.slice();
  if (f < F) {
    for (let q = facStart[f]; q < facStart[f + 1]; q++) {
      const k = byFacility[q];
      const u = unit[k];
      denominator[u] = Math.max(0, denominator[u] - model.e[k]);
    }
  } else {
    const own = choice.added[f - F];
    for (let q = 0; q < own.units.length; q++) {
      denominator[own.units[q]] = Math.max(0, denominator[own.units[q]] - own.e[q]);
    }
  }
  return { denominator, added: choice.added };
}

/** The choice state after a new facility at RD (x, y): units within the sector's radius get it as an option. */
export function withNewFacility(
  prepared: PreparedRegion,
  model: ChoiceModel,
  choice: ChoiceState,
  x: number,
  y: number
): ChoiceState {
  const radius = CHOICE_SET[model.sector].radiusKm * 1000;
  const units = prepared.demandIndex.within(x, y, radius).sort((a, b) => a - b);
  const km = Float64Array.from(units, (u) => Math.hypot(prepared.dx[u] - x, prepared.dy[u] - y) / 1000);
  const { beta, decay } = model.parameters;
  const e = km.map((d) => model.newAttraction * Math.exp(-beta * decayTerm(decay, d)));
  const denominator = choice.denominator.slice();
  units.forEach((u, q) => (denominator[u] += e[q]));
  return { denominator, added: [...choice.added, { units: Int32Array.from(units), e, km }] };
}

/**
 * Per facility (base, then added): sum over units of weights[u] * P_uf in the state, i.e. the model's catchment
 * demand; 0 for closed facilities.
 */
export function choiceCatchments(
  model: ChoiceModel,
  state: SpreadState,
  weights: Float64Array
): Float64Array {
  const { start, facility } = model.data.pairs;
  const F = model.data.pairs.facStart.length - 1;
  const out = new Float64Array(state.status.length);
  const den = state.choice.denominator;
  for (let u = 0; u + 1 < start.length; u++) {
    if (!(den[u] > 0)) continue;
    const r = weights[u] / den[u];
    for (let k = start[u]; k < start[u + 1]; k++) {
      if (state.status[facility[k]] === STATUS_OPEN) out[facility[k]] += r * model.e[k];
    }
  }
  state.choice.added.forEach((g, k) => {
    if (state.status[F + k] !== STATUS_OPEN) return;
    for (let q = 0; q < g.units.length; q++) {
      const u = g.units[q];
      if (den[u] > 0) out[F + k] += (weights[u] / den[u]) * g.e[q];
    }
  });
  return out;
}

/** The model's demand-weighted mean distance (metres, before the detour factor) to the school chosen. */
export function modelledMeanDistance(model: ChoiceModel, state: SpreadState): number | null {
  const { start, facility, km } = model.data.pairs;
  const F = model.data.pairs.facStart.length - 1;
  const w = model.data.weight;
  const den = state.choice.denominator;
  let sum = 0;
  let total = 0;
  const wd = new Float64Array(start.length - 1);
  for (let u = 0; u + 1 < start.length; u++) {
    if (!(den[u] > 0) || !(w[u] > 0)) continue;
    let s = 0;
    for (let k = start[u]; k < start[u + 1]; k++) {
      if (state.status[facility[k]] === STATUS_OPEN) s += model.e[k] * km[k];
    }
    wd[u] = s;
    total += w[u];
  }
  state.choice.added.forEach((g, k) => {
    if (state.status[F + k] !== STATUS_OPEN) return;
    for (let q = 0; q < g.units.length; q++) wd[g.units[q]] += g.e[q] * g.km[q];
  });
  for (let u = 0; u < wd.length; u++) if (den[u] > 0 && w[u] > 0) sum += (w[u] * wd[u]) / den[u];
  return total > 0 ? (sum / total) * 1000 : null;
}
