/// <reference lib="webworker" />
// The engine in a Web Worker: the page never freezes while a scenario is evaluated. One evaluator per sector and
// parameter set is kept, so undo/redo and extending the edit list reuse earlier work (see createEvaluator).
import {
  createEvaluator,
  ScenarioError,
  transferablesOf,
  type EngineSector,
  type Evaluator
} from '$lib/engine';
import { validateBundle } from '$lib/engine/geodata/validate';
import { decodeBundleBinary } from '$lib/engine/geodata/binary';
import { migrateBundle } from '$lib/engine/geodata/migrate';
import type { RegionBundle } from '$lib/engine/geodata/schema';
import type { EngineFailure, WorkerReply, WorkerRequest } from './protocol';
import { evaluatorKey, SectorSets } from './sector-sets';
import { projectionReady } from '$lib/engine/projection';

let bundle: RegionBundle | null = null;
const evaluators = new Map<string, Evaluator>();
/** Imported facilities and edited presets per sector (setFacilities) and imported demand (setDemand), until the next load. */
const sectorSets = new SectorSets();

function post(msg: WorkerReply, transfer: Transferable[] = []): void {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg, transfer);
}

function failure(e: unknown): EngineFailure {
  if (e instanceof ScenarioError) {
    return {
      message: `Ingreep ${e.editIndex + 1} (${e.op}) kan niet: ${e.problem}`,
      editIndex: e.editIndex,
      op: e.op,
      problem: e.problem
    };
  }
  return { message: e instanceof Error ? e.message : String(e), editIndex: null };
}

/**
 * Runs one closure and back before the first real click, so lazily built search structures exist and the
 * hot paths are compiled: the first "sluiten" of a workshop is then as quick as the tenth.
 */
function warmUp(ev: Evaluator): void {
  const i = ev.prepared.isContext.indexOf(0);
  if (i < 0) return;
  try {
    ev.evaluate([{ op: 'close', facility: ev.facilityIds[i] }]);
  } catch {
    // e.g. the region's only school: nothing to warm up
  }
  ev.evaluate([]);
}

function needsProjection(req: WorkerRequest): boolean {
  if (req.type === 'setFacilities') return req.facilities !== null;
  if (req.type === 'setDemand') return req.units !== null;
  return 'edits' in req && req.edits.some((e) => e.op === 'open');
}

async function handle(req: WorkerRequest): Promise<void> {
  if (req.type === 'load') {
    // Decoding and checking every record happens here, off the page's thread.
    try {
      bundle = validateBundle(migrateBundle(decodeBundleBinary(req.bytes, req.where), req.where), req.where);
    } catch (e) {
      bundle = null;
      throw new Error(`De regiodata zijn ongeldig: ${e instanceof Error ? e.message : e}`);
    }
    evaluators.clear();
    sectorSets.clear();
    post({ type: 'loaded', id: req.id });
    return;
  }
  if (!bundle) throw new Error('Er zijn nog geen regiogegevens geladen.');
  // New locations and the user's own files are placed in RD: proj4 loads with the first of them.
  if (needsProjection(req)) await projectionReady();
  if (req.type === 'setFacilities') {
    post(sectorSets.apply(req, bundle, evaluators));
    return;
  }
  if (req.type === 'setDemand') {
    post(sectorSets.applyDemand(req, bundle, evaluators));
    return;
  }
  const key = evaluatorKey(req.sector, req.parameters);
  let ev = evaluators.get(key);
  if (!ev) {
    // Any sector id works; the reply types keep naming po/vo, what the page asks for today.
    const sector = req.sector as EngineSector;
    ev = createEvaluator(bundle, sector, req.parameters, sectorSets.options(sector));
    evaluators.set(key, ev);
  }
  if (req.type === 'years') {
    const t0 = performance.now();
    const baseline = ev.years([], req.options);
    const scenario = req.edits.length > 0 ? ev.years(req.edits, req.options) : ev.years([], req.options);
    const engineMs = performance.now() - t0;
    post({ type: 'years', id: req.id, baseline, scenario, engineMs }, [
      ...transferablesOf(baseline),
      ...transferablesOf(scenario)
    ]);
    return;
  }
  if (req.type === 'yearReport') {
    post({ type: 'yearReport', id: req.id, report: ev.yearReport(req.edits, req.year, req.options) });
    return;
  }
  if (req.type === 'report') {
    const report = ev.report(req.edits);
    post({ type: 'report', id: req.id, report });
    return;
  }
  const t0 = performance.now();
  const result = ev.evaluate(req.edits);
  const engineMs = performance.now() - t0;
  post({ type: 'result', id: req.id, facilityIds: [...ev.facilityIds], result, engineMs }, [
    result.facilities.status.buffer,
    result.facilities.pupils.buffer,
    result.facilities.capacity.buffer,
    result.facilities.belowNorm.buffer,
    result.demand.nearest.buffer,
    result.demand.distanceM.buffer
  ]);
}

// Requests are handled one at a time, in order.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  queue = queue.then(() => handle(req).catch((e) => post({ type: 'error', id: req.id, error: failure(e) })));
};
