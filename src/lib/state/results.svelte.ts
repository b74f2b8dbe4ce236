import type { Edit, EngineSector, EvaluationResult, Parameters } from '$lib/engine/types';
import { EngineError, Superseded, type EngineClient } from '$lib/worker/client';
import type { EngineFailure, EvaluateReply } from '$lib/worker/protocol';
import { getPreset, type SectorPreset } from '$lib/sectors/presets';
import { rejectLastEdit, removeEdit, replaceEdits } from './actions';
import {
  activeScenario,
  type AtlasState,
  type AtlasStore,
  type DemandDataset,
  type FacilityDataset,
  type SectorId
} from './store';

/**
 * The bridge from the store to the engine worker and back. It watches the inputs that matter (the active
 * scenario's sector and edits, the parameters), asks the worker, and publishes the newest result as reactive
 * state; results never enter the store (house style: derived data lives beside it). An edit the engine
 * refuses is taken out of the store again, so the store never keeps a list the engine cannot apply.
 */

/** After this long a pending recompute shows a progress state. */
export const SLOW_MS = 300;

export interface Evaluated {
  /** Grows with every published result: the map's `updateTriggers` key. */
  version: number;
  /** sector|detour|contextKm|data: results with the same key share facility order and baseline. */
  key: string;
  sector: SectorId;
  scenarioId: string;
  /** The edits this result is for (a valid prefix when a read-only scenario holds a refused edit). */
  edits: readonly Edit[];
  facilityIds: string[];
  result: EvaluationResult;
}

export interface RecomputeTiming {
  /** performance.now() of the store change that asked for it. */
  startedAt: number;
  /** Store change (the click) to the worker's result on the main thread. */
  clickToResultMs: number;
  /** Time inside the engine, in the worker. */
  engineMs: number;
  edits: number;
}

export interface Refusal {
  failure: EngineFailure;
  /** The edit list the engine refused (the failure's editIndex points into it). */
  edits: readonly Edit[];
  /** What was done about it: the edit was dropped, a removal was undone, or only a prefix is shown. */
  action: 'dropped' | 'reverted' | 'prefix';
}

/** What the engine evaluates a sector with besides the bundle: imported facilities, edited preset, own demand. */
export interface DataInputs {
  facilities: FacilityDataset | null;
  preset: SectorPreset | null;
  demand: DemandDataset | null;
  /** Facility set and preset (what `setFacilities` sends). */
  sectorKey: string;
  demandKey: string;
}

interface Inputs {
  scenarioId: string;
  sector: SectorId;
  edits: readonly Edit[];
  parameters: Parameters;
  readOnly: boolean;
  data: DataInputs;
}

const keyOf = (sector: string, p: Parameters, data?: DataInputs) =>
  `${sector}|${p.detourFactor}|${p.contextKm}|${p.allocation}` +
  (data ? `|${data.sectorKey}|${data.demandKey}` : '');

/**
 * The data inputs of the active scenario's sector: its own data (from a link or a file) before the region's. The
 * preset key is its JSON (small, and stable).
 */
export function dataOf(state: AtlasState, sector: SectorId): DataInputs {
  const scenario = activeScenario(state);
  const own = scenario.sector === sector ? scenario.data : undefined;
  const facilities = own?.facilities ?? state.datasets.facilities[sector] ?? null;
  const preset = scenario.presets?.[sector] ?? null;
  const demand = scenario.data?.demand ?? state.datasets.demand;
  return {
    facilities,
    preset,
    demand,
    sectorKey: `${facilities?.id ?? 'bundel'}:${preset ? JSON.stringify(preset) : 'standaard'}`,
    demandKey: demand?.id ?? 'cbs'
  };
}

/**
 * A sector whose facilities come from the user's file (sport, zorg, welzijn) and none is loaded yet: neither in
 * the region's datasets nor with the active scenario (a link or file of that sector brings its own).
 */
export function needsImport(state: AtlasState, sector: SectorId): boolean {
  const scenario = activeScenario(state);
  const own = scenario.sector === sector ? scenario.data?.facilities : undefined;
  return getPreset(sector)?.dataSource === 'import' && !own && !state.datasets.facilities[sector];
}

function sameEdits(a: readonly Edit[], b: readonly Edit[]): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The LiveResults watching each worker, for engineDataChanged. */
const watching = new WeakMap<EngineClient, Set<LiveResults>>();

/**
 * Someone else changed the data the worker holds (e.g. the import check of a scenario file that brings its own
 * facilities): every LiveResults on that worker forgets what it sent, sends its data again and recomputes.
 */
export function engineDataChanged(engine: EngineClient): void {
  for (const live of watching.get(engine) ?? []) live.resync();
}

/** The worker client is typed for the school sectors; it evaluates every preset id (see sector-sets.ts). */
const engineSector = (inputs: Inputs) => inputs.sector as EngineSector;

export class LiveResults {
  current = $state.raw<Evaluated | null>(null);
  baseline = $state.raw<Evaluated | null>(null);
  /** A recompute is pending. */
  busy = $state(false);
  /** A recompute has been pending for longer than SLOW_MS. */
  slow = $state(false);
  refusal = $state.raw<Refusal | null>(null);
  /** The engine failed for another reason than a refused edit (data could not load, worker stopped). */
  failure = $state<string | null>(null);
  /** The active sector has no facilities until the user imports a file (nothing is evaluated meanwhile). */
  awaitingData = $state<SectorId | null>(null);

  private version = 0;
  private generation = 0;
  private inputs: Inputs | null = null;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  private baselines = new Map<string, Evaluated>();
  /** Last accepted edit list per scenario id. */
  private lastGood = new Map<string, readonly Edit[]>();
  /** The next store change is our own correction after a refusal: keep the message up. */
  private correcting = false;
  /** What the worker holds per sector (`DataInputs.sectorKey`) and for demand; unknown at first. */
  private sentSector = new Map<string, string>();
  private sentDemand = 'cbs';

  constructor(
    private readonly store: AtlasStore,
    private readonly engine: EngineClient,
    private readonly onResult?: (evaluated: Evaluated, timing: RecomputeTiming) => void
  ) {}

  /** Starts watching the store; returns the stop function. */
  start(): () => void {
    const stop = this.store.subscribe((state) => this.check(state));
    let set = watching.get(this.engine);
    if (!set) watching.set(this.engine, (set = new Set()));
    set.add(this);
    this.check(this.store.getState());
    return () => {
      watching.get(this.engine)?.delete(this);
      stop();
      clearTimeout(this.slowTimer);
      this.generation++;
    };
  }

  dismissRefusal(): void {
    this.refusal = null;
  }

  /** The worker's data are unknown (see engineDataChanged): send everything again and recompute. */
  resync(): void {
    this.sentSector.clear();
    this.sentDemand = '?';
    this.inputs = null;
    this.check(this.store.getState());
  }

  private check(state: AtlasState): void {
    const s = activeScenario(state);
    const next: Inputs = {
      scenarioId: s.id,
      sector: s.sector,
      edits: s.edits,
      parameters: state.parameters,
      readOnly: !!s.readOnly,
      data: dataOf(state, s.sector)
    };
    const prev = this.inputs;
    if (
      prev &&
      prev.scenarioId === next.scenarioId &&
      prev.sector === next.sector &&
      prev.edits === next.edits &&
      keyOf('', prev.parameters, prev.data) === keyOf('', next.parameters, next.data)
    )
      return;
    this.inputs = next;
    if (this.correcting) this.correcting = false;
    else this.refusal = null;
    if (needsImport(state, s.sector)) {
      // Nothing to evaluate until a file is imported: the page shows the import choices instead.
      this.generation++;
      this.settle();
      this.awaitingData = s.sector;
      this.current = null;
      this.failure = null;
      return;
    }
    this.awaitingData = null;
    void this.run(next, next.edits, performance.now());
  }

  /**
   * Brings the worker in step with the inputs' data: the sector's facility set and preset, and the demand.
   * Both are cheap to send again; they are sent only when changed. A set the engine refuses throws EngineError.
   */
  private async sync(inputs: Inputs): Promise<void> {
    const { data, sector } = inputs;
    if (this.sentDemand !== data.demandKey) {
      await this.engine.setDemand(data.demand ? data.demand.units : null);
      this.sentDemand = data.demandKey;
      // Every sector's evaluators were rebuilt: baselines of the old demand are stale.
      this.baselines.clear();
    }
    const sent = this.sentSector.get(sector) ?? 'bundel:standaard';
    if (sent !== data.sectorKey) {
      await this.engine.setFacilities(
        sector,
        data.facilities ? data.facilities.facilities : null,
        data.preset
      );
      this.sentSector.set(sector, data.sectorKey);
    }
  }

  private async run(inputs: Inputs, edits: readonly Edit[], t0: number): Promise<void> {
    const generation = ++this.generation;
    this.busy = true;
    clearTimeout(this.slowTimer);
    this.slowTimer = setTimeout(() => {
      if (generation === this.generation) this.slow = true;
    }, SLOW_MS);
    const key = keyOf(inputs.sector, inputs.parameters, inputs.data);
    try {
      await this.sync(inputs);
      let base = this.baselines.get(key);
      if (!base) {
        base = this.wrap(
          await this.engine.evaluateBaseline(engineSector(inputs), inputs.parameters),
          inputs,
          []
        );
        this.baselines.set(key, base);
      }
      let reply: EvaluateReply | null = null;
      if (edits.length > 0)
        reply = await this.engine.evaluate(engineSector(inputs), inputs.parameters, edits);
      if (generation !== this.generation) return;
      const evaluated = reply ? this.wrap(reply, inputs, edits) : { ...base, scenarioId: inputs.scenarioId };
      const timing: RecomputeTiming = {
        startedAt: t0,
        clickToResultMs: performance.now() - t0,
        engineMs: reply ? reply.engineMs : 0,
        edits: edits.length
      };
      if (edits === inputs.edits) this.lastGood.set(inputs.scenarioId, edits);
      evaluated.version = ++this.version;
      if (this.baseline !== base) this.baseline = base;
      this.current = evaluated;
      this.failure = null;
      this.settle();
      this.onResult?.(evaluated, timing);
    } catch (e) {
      if (generation !== this.generation || e instanceof Superseded) return;
      this.settle();
      if (e instanceof EngineError && e.failure.editIndex !== null) this.refuse(inputs, edits, e.failure, t0);
      else this.failure = e instanceof Error ? e.message : String(e);
    }
  }

  private settle(): void {
    clearTimeout(this.slowTimer);
    this.busy = false;
    this.slow = false;
  }

  private wrap(reply: EvaluateReply, inputs: Inputs, edits: readonly Edit[]): Evaluated {
    return {
      version: 0,
      key: keyOf(inputs.sector, inputs.parameters, inputs.data),
      sector: inputs.sector,
      scenarioId: inputs.scenarioId,
      edits,
      facilityIds: reply.facilityIds,
      result: reply.result
    };
  }

  /** Takes a refused edit out again (or, for a read-only scenario, shows the part before it). */
  private refuse(inputs: Inputs, edits: readonly Edit[], failure: EngineFailure, t0: number): void {
    const k = failure.editIndex!;
    const active = activeScenario(this.store.getState());
    if (inputs.readOnly || active.id !== inputs.scenarioId || active.edits !== inputs.edits) {
      this.refusal = { failure, edits, action: 'prefix' };
      if (k < edits.length) void this.run(inputs, edits.slice(0, k), t0);
      return;
    }
    const good = this.lastGood.get(inputs.scenarioId);
    let action: Refusal['action'] = 'dropped';
    this.correcting = true;
    if (k === edits.length - 1 && (!good || sameEdits(good, edits.slice(0, -1)))) {
      rejectLastEdit(this.store);
    } else if (good && good.length === edits.length + 1) {
      // A removal made a later edit impossible (e.g. the merge target was a new location): undo the removal.
      action = 'reverted';
      replaceEdits(this.store, [...good]);
    } else {
      removeEdit(this.store, k);
    }
    this.refusal = { failure, edits, action };
  }
}
