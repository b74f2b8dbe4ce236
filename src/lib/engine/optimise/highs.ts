/**
 * The HiGHS adapter: a MipSolver over a loaded `highs` runtime (HiGHS compiled to WebAssembly). Loading is the
 * caller's: Node loads the wasm next to the package (`await highsLoader()`), the browser worker passes
 * `locateFile` with the wasm's URL. The engine only sees the runtime object.
 */
import type { Highs, HighsCallbackMap } from 'highs';
import type { MipModel, MipOptions, MipResult, MipSolver } from './solver';

export function highsSolver(highs: Highs): MipSolver {
  const { modelStatus } = highs.constants;
  return {
    name: `HiGHS ${highs.version.major}.${highs.version.minor}.${highs.version.patch}`,
    solve(m: MipModel, options: MipOptions): MipResult {
      const inf = highs.infinity;
      const clamp = (a: Float64Array) => a.map((v) => (v === Infinity ? inf : v === -Infinity ? -inf : v));
      const integrality = Int32Array.from(m.integer);
      const model = highs.createModel({
        numCols: m.numCols,
        numRows: m.numRows,
        colCost: m.colCost,
        offset: m.offset,
        colLower: clamp(m.colLower),
        colUpper: clamp(m.colUpper),
        rowLower: clamp(m.rowLower),
        rowUpper: clamp(m.rowUpper),
        integrality: Int32Array.from(m.integer),
        matrix: {
          format: 'csr',
          numRows: m.numRows,
          numCols: m.numCols,
          starts: m.starts,
          indices: m.indices,
          values: m.values
        }
      });
      try {
        model.options.set({
          output_flag: false,
          time_limit: Math.max(0.05, options.timeLimit),
          mip_rel_gap: options.relativeGap,
          mip_abs_gap: 1e-9
        });
        if (options.start) model.setSolution({ colValue: options.start });
        const progress = options.progress;
        const callbacks: HighsCallbackMap = {};
        if (progress) {
          const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);
          (callbacks as Record<number, unknown>)[highs.constants.callbackType.mipLogging] = (event: {
            data: { mip_primal_bound?: number; mip_dual_bound?: number };
          }) => {
            progress(finite(event.data.mip_primal_bound), finite(event.data.mip_dual_bound));
          };
        }
        model.run(callbacks);
        const status = model.getModelStatus();
        const hasSolution =
          model.info.get('primal_solution_status') === highs.constants.solutionStatus.feasible;
        const boundRaw = model.info.get('mip_dual_bound');
        const bound = typeof boundRaw === 'number' && Number.isFinite(boundRaw) ? boundRaw : null;
        const x = hasSolution ? model.getSolution().colValue : null;
        const objective = hasSolution ? model.getObjectiveValue() : null;
        if (status === modelStatus.optimal) {
          return { status: 'optimal', objective, bound: bound ?? objective, x };
        }
        if (status === modelStatus.infeasible)
          return { status: 'infeasible', objective: null, bound: null, x: null };
        if (
          status === modelStatus.timeLimit ||
          status === modelStatus.interrupted ||
          status === modelStatus.iterationLimit ||
          status === modelStatus.solutionLimit
        ) {
          return { status: 'limit', objective, bound, x };
        }
        return { status: 'error', objective, bound, x };
      } finally {
        model.dispose();
      }
    }
  };
}
