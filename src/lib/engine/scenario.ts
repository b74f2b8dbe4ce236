/**
 * Applying edits: which facilities are open, how many pupils each holds, where moved pupils went.
 *
 * Pure: every edit returns a new ScenarioState (copy-on-write of small per-facility arrays) and an EditEffect that
 * tells reachability what changed. A bad edit throws a ScenarioError naming the edit; nothing is skipped silently.
 */
import { makeAddedFacility, type PreparedRegion } from './prepare';
import {
  baselineChoice,
  choiceShares,
  roundShares,
  withNewFacility,
  withoutFacility,
  type ChoiceState
} from './choice/allocate';
import { choiceModelFor } from './choice/model';
import { NearestFinder, type OpenSet } from './nearest';
import { RD_BOUNDS } from './projection';
import {
  STATUS_CLOSED,
  STATUS_MERGED,
  STATUS_OPEN,
  type AddedFacility,
  type Edit,
  type EditOp
} from './types';

/** A rejected edit. `editIndex` is the 0-based position in the edit list. */
export class ScenarioError extends Error {
  constructor(
    readonly editIndex: number,
    readonly op: EditOp | string,
    readonly problem: string
  ) {
    super(`edits[${editIndex}] (${op}): ${problem}`);
    this.name = 'ScenarioError';
  }
}

/** A moved batch, by facility index. */
export interface IndexedFlow {
  from: number;
  to: number;
  pupils: number;
  editIndex: number;
}

export interface ScenarioState extends OpenSet {
  /** Per facility index (base facilities, then added ones). */
  pupils: Float64Array;
  /** NaN where unknown. */
  capacity: Float64Array;
  added: readonly AddedFacility[];
  flows: readonly IndexedFlow[];
  /** Allocation 'choice' only: the choice model's state (which schools are options per demand unit). */
  choice?: ChoiceState;
}

/** What an edit changed for reachability. */
export type EditEffect =
  { kind: 'closed'; facility: number } | { kind: 'opened'; facility: number } | { kind: 'none' };

export function baselineState(prepared: PreparedRegion): ScenarioState {
  const n = prepared.facilityIds.length;
  const model = prepared.parameters.allocation === 'choice' ? choiceModelFor(prepared) : null;
  return {
    ...(model ? { choice: baselineChoice(model) } : {}),
    status: new Uint8Array(n).fill(STATUS_OPEN),
    pupils: prepared.pupilsBase.slice(),
    capacity: prepared.capacityBase.slice(),
    added: [],
    addedIds: [],
    addedX: new Float64Array(0),
    addedY: new Float64Array(0),
    flows: []
  };
}

function grow<T extends Float64Array | Uint8Array>(a: T, extra: number, fill: number): T {
  const out = new (a.constructor as { new (n: number): T })(a.length + extra);
  out.set(a);
  out.fill(fill, a.length);
  return out;
}

function copyState(s: ScenarioState, extra = 0): ScenarioState {
  return {
    status: grow(s.status, extra, STATUS_OPEN),
    pupils: grow(s.pupils, extra, 0),
    capacity: grow(s.capacity, extra, NaN),
    added: s.added,
    addedIds: s.addedIds,
    addedX: s.addedX,
    addedY: s.addedY,
    flows: s.flows,
    ...(s.choice ? { choice: s.choice } : {})
  };
}

/** Finder per prepared region, shared by scenario and reachability (it only holds scratch buffers). */
const finders = new WeakMap<PreparedRegion, NearestFinder>();
export function finderFor(prepared: PreparedRegion): NearestFinder {
  let f = finders.get(prepared);
  if (!f) finders.set(prepared, (f = new NearestFinder(prepared.facilityIndex, prepared.facilityIds)));
  return f;
}

function facilityIndexOf(prepared: PreparedRegion, state: ScenarioState, id: string): number {
  const base = prepared.facilityById.get(id);
  if (base !== undefined) return base;
  const k = state.addedIds.indexOf(id);
  return k < 0 ? -1 : prepared.facilityIds.length + k;
}

function isNonNegativeNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

/**
 * Apply one edit. Returns the new state and its effect; throws ScenarioError when the edit is invalid in the
 * current state (unknown or closed facility, merge into itself or a closed one, duplicate id...).
 */
export function applyEdit(
  prepared: PreparedRegion,
  state: ScenarioState,
  edit: Edit,
  editIndex: number
): { state: ScenarioState; effect: EditEffect } {
  const op = (edit as { op?: unknown })?.op;
  const fail = (problem: string): never => {
    throw new ScenarioError(editIndex, typeof op === 'string' ? op : '?', problem);
  };

  // Resolves a facility named by an edit that changes it: it must exist, be open and belong to the region.
  const editable = (id: unknown, field: string): number => {
    if (typeof id !== 'string' || id === '') return fail(`"${field}" must be a facility id`);
    const i = facilityIndexOf(prepared, state, id);
    if (i < 0)
      return fail(`unknown facility "${id}" (not a ${prepared.sector} facility of ${prepared.regionId})`);
    if (state.status[i] !== STATUS_OPEN) return fail(`facility "${id}" is already closed`);
    if (i < prepared.facilityIds.length && prepared.isContext[i]) {
      return fail(`facility "${id}" is a context facility outside the region and cannot be edited`);
    }
    return i;
  };

  if (typeof edit !== 'object' || edit === null) return fail('an edit must be an object with an "op"');
  switch (edit.op) {
    case 'close':
    case 'merge': {
      const f = editable(edit.facility, 'facility');
      let to: number;
      if (edit.op === 'merge') {
        const into = edit.into;
        if (typeof into !== 'string' || into === '') return fail('"into" must be a facility id');
        to = facilityIndexOf(prepared, state, into);
        if (to < 0) return fail(`unknown facility "${into}" to merge into`);
        if (to === f) return fail(`facility "${into}" cannot merge into itself`);
        if (state.status[to] !== STATUS_OPEN)
          return fail(`cannot merge into "${into}": it is already closed`);
      }
      const next = copyState(state);
      next.status[f] = op === 'merge' ? STATUS_MERGED : STATUS_CLOSED;
      if (edit.op === 'close') {
        const x =
          f < prepared.facilityIds.length ? prepared.fx[f] : state.addedX[f - prepared.facilityIds.length];
        const y =
          f < prepared.facilityIds.length ? prepared.fy[f] : state.addedY[f - prepared.facilityIds.length];
        to = finderFor(prepared).find(x, y, next);
        if (to < 0) return fail(`no open ${prepared.sector} facility is left to receive the pupils`);
      }
      const moved = next.pupils[f];
      next.pupils[f] = 0;
      const model = state.choice ? choiceModelFor(prepared) : null;
      if (edit.op === 'close' && model && state.choice) {
        // The choice model spreads the pupils over the schools its children would choose instead.
        const shares = choiceShares(model, { status: next.status, choice: state.choice }, f, to!);
        const parts = roundShares(moved, shares);
        const kept = parts.filter((p) => p.pupils > 0).sort((a, b) => b.pupils - a.pupils || a.to - b.to);
        const flows = kept.length > 0 ? kept : [largestShare(shares, to!)];
        for (const p of flows) next.pupils[p.to] += p.pupils;
        next.flows = [...state.flows, ...flows.map((p) => ({ from: f, ...p, editIndex }))];
      } else {
        next.pupils[to!] += moved;
        next.flows = [...state.flows, { from: f, to: to!, pupils: moved, editIndex }];
      }
      if (model && state.choice) next.choice = withoutFacility(model, state.choice, f);
      return { state: next, effect: { kind: 'closed', facility: f } };
    }

    case 'open': {
      const { id, name, lon, lat, capacity } = edit;
      if (typeof id !== 'string' || id.trim() === '') return fail('"id" must be a non-empty string');
      if (prepared.bundleFacilityIds.has(id) || state.addedIds.includes(id)) {
        return fail(`facility id "${id}" already exists`);
      }
      if (typeof name !== 'string') return fail('"name" must be a string');
      if (
        typeof lon !== 'number' ||
        typeof lat !== 'number' ||
        !Number.isFinite(lon) ||
        !Number.isFinite(lat)
      ) {
        return fail('"lon" and "lat" must be numbers');
      }
      if (capacity !== undefined && !isNonNegativeNumber(capacity)) {
        return fail('"capacity" must be a number >= 0');
      }
      const added = makeAddedFacility(prepared, id, name, lon, lat);
      const b = RD_BOUNDS;
      if (!(added.x >= b.minX && added.x <= b.maxX && added.y >= b.minY && added.y <= b.maxY)) {
        return fail(`location ${lon}, ${lat} lies outside the Netherlands`);
      }
      const next = copyState(state, 1);
      const index = state.status.length;
      next.added = [...state.added, added];
      next.addedIds = [...state.addedIds, id];
      next.addedX = grow(state.addedX, 1, added.x);
      next.addedY = grow(state.addedY, 1, added.y);
      if (capacity !== undefined) next.capacity[index] = capacity;
      const model = state.choice ? choiceModelFor(prepared) : null;
      if (model && state.choice)
        next.choice = withNewFacility(prepared, model, state.choice, added.x, added.y);
      return { state: next, effect: { kind: 'opened', facility: index } };
    }

    case 'capacity': {
      const f = editable(edit.facility, 'facility');
      const capacity: unknown = edit.capacity;
      if (!isNonNegativeNumber(capacity)) return fail('"capacity" must be a number >= 0');
      const next = copyState(state);
      next.capacity[f] = capacity;
      return { state: next, effect: { kind: 'none' } };
    }

    default:
      return fail(`unknown op ${JSON.stringify(op)} (expected close, merge, open or capacity)`);
  }
}

/** The flow of 0 pupils a closure keeps when nothing moves: to the largest share (else the nearest school). */
function largestShare(shares: Map<number, number>, nearest: number): { to: number; pupils: number } {
  let to = nearest;
  let best = -1;
  for (const [k, v] of shares) if (v > best || (v === best && k < to)) [to, best] = [k, v];
  return { to, pupils: 0 };
}

/** Apply a whole edit list to the baseline. */
export function applyScenario(prepared: PreparedRegion, edits: readonly Edit[]): ScenarioState {
  let state = baselineState(prepared);
  edits.forEach((edit, i) => {
    state = applyEdit(prepared, state, edit, i).state;
  });
  return state;
}
