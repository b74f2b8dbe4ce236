/**
 * What the optimiser worker does with a run request, apart from the worker itself so it runs (and is tested) in
 * Node too: an evaluator for the sector with the page's data, the optimiser with progress, the trade-off curve.
 * Bad criteria become the engine's Dutch message; anything else a Dutch sentence naming what failed.
 */
import {
  createEvaluator,
  optimise,
  OptimiseInputError,
  tradeoffCurve,
  type Evaluator,
  type EvaluatorOptions,
  type MipSolver
} from '../engine/index';
import type { RegionBundle } from '../engine/geodata/schema';
import type { OptimiserReply, OptimiserRunRequest } from './optimiser-protocol';

/** Evaluators by sector, parameters and data, kept while the worker lives (a second run starts at once). */
export class OptimiserRuns {
  private evaluators = new Map<string, Evaluator<string>>();

  constructor(private readonly bundle: RegionBundle) {}

  private evaluator(req: OptimiserRunRequest): Evaluator<string> {
    const key = JSON.stringify([
      req.sector,
      req.parameters,
      req.facilities?.length ?? null,
      req.preset,
      req.demand?.length ?? null
    ]);
    let ev = this.evaluators.get(key);
    if (!ev || req.facilities || req.demand) {
      const options: EvaluatorOptions = {};
      if (req.facilities) options.facilities = req.facilities;
      if (req.preset) options.preset = req.preset;
      if (req.demand) options.demand = req.demand;
      ev = createEvaluator(this.bundle, req.sector, req.parameters, options);
      if (this.evaluators.size > 4) this.evaluators.clear();
      this.evaluators.set(key, ev);
    }
    return ev;
  }

  /** Runs one request; every reply goes through `post`. Never throws. */
  run(req: OptimiserRunRequest, solver: MipSolver | null, post: (reply: OptimiserReply) => void): void {
    try {
      const ev = this.evaluator(req);
      const result = optimise(ev, req.criteria, {
        solver,
        yearOptions: req.yearOptions,
        timeLimitMs: req.timeLimitMs,
        onProgress: (progress) => post({ type: 'progress', id: req.id, progress })
      });
      const curve = req.curve
        ? tradeoffCurve(ev, req.criteria, {
            distanceKm: req.criteria.maxDistanceKm ?? undefined,
            yearOptions: req.yearOptions
          })
        : null;
      post({ type: 'result', id: req.id, result, curve });
    } catch (e) {
      if (e instanceof OptimiseInputError) {
        post({ type: 'error', id: req.id, error: { message: e.message, field: e.field } });
      } else {
        const text = e instanceof Error ? e.message : String(e);
        post({
          type: 'error',
          id: req.id,
          error: { message: `Het voorstel kon niet worden berekend: ${text}`, field: null }
        });
      }
    }
  }
}
