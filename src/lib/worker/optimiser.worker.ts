/// <reference lib="webworker" />
// The optimiser in a worker of its own: HiGHS (WebAssembly) solves synchronously and cannot be interrupted, so the
// page stops a run by terminating this worker. The bundle and HiGHS are loaded on the first run and kept.
import highsLoader from 'highs';
import wasmUrl from 'highs/runtime?url';
import { highsSolver, type MipSolver } from '$lib/engine';
import { validateBundle } from '$lib/engine/geodata/validate';
import { decodeBundleBinary } from '$lib/engine/geodata/binary';
import { migrateBundle } from '$lib/engine/geodata/migrate';
import type { OptimiserReply, OptimiserRequest } from './optimiser-protocol';
import { OptimiserRuns } from './optimiser-run';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (msg: OptimiserReply) => scope.postMessage(msg);

let runs: { url: string; runs: OptimiserRuns } | null = null;
let solver: Promise<MipSolver | null> | null = null;

/** HiGHS, or null (the heuristic alone) when WebAssembly cannot be loaded here. */
function loadSolver(): Promise<MipSolver | null> {
  solver ??= highsLoader({ locateFile: () => wasmUrl })
    .then((h) => highsSolver(h))
    .catch(() => null);
  return solver;
}

async function handle(req: OptimiserRequest): Promise<void> {
  if (!runs || runs.url !== req.bundleUrl) {
    const res = await fetch(req.bundleUrl);
    if (!res.ok) throw new Error(`Regiogegevens laden mislukt (${res.status}).`);
    // The page's binary bundle (content-hashed: from the HTTP cache or, offline, the service worker), or JSON.
    const where = req.bundleUrl;
    const raw = where.endsWith('.bin')
      ? migrateBundle(decodeBundleBinary(await res.arrayBuffer(), where), where)
      : await res.json();
    runs = { url: where, runs: new OptimiserRuns(validateBundle(raw, where)) };
  }
  runs.runs.run(req, await loadSolver(), post);
}

scope.onmessage = (event: MessageEvent<OptimiserRequest>) => {
  const req = event.data;
  handle(req).catch((e: Error) =>
    post({ type: 'error', id: req.id, error: { message: e.message, field: null } })
  );
};
