/**
 * Messages between the page and the optimiser worker (a worker of its own: a HiGHS solve cannot be interrupted,
 * so "Stoppen" terminates the worker). One run at a time; progress messages carry the first, already checked
 * answer when it is there.
 */
import type {
  DemandInput,
  FacilityInput,
  OptimiseCriteria,
  OptimiseProgress,
  OptimiseResult,
  Parameters,
  Tradeoff,
  YearOptions
} from '$lib/engine';
import type { SectorPreset } from '$lib/sectors/presets';

export interface OptimiserRunRequest {
  type: 'run';
  id: number;
  /** The region bundle (`/api/regions/<id>`): fetched once per worker. */
  bundleUrl: string;
  sector: string;
  parameters: Parameters;
  /** What the engine evaluates the sector with besides the bundle (as the engine worker has it). */
  facilities: FacilityInput[] | null;
  preset: SectorPreset | null;
  demand: DemandInput[] | null;
  criteria: OptimiseCriteria;
  yearOptions: YearOptions;
  /** Time for the exact run (ms). */
  timeLimitMs: number;
  /** Also compute the trade-off curve. */
  curve: boolean;
}

export type OptimiserRequest = OptimiserRunRequest;

export interface OptimiserFailure {
  /** Dutch, one sentence (the criteria check's message for bad criteria). */
  message: string;
  /** The criterion at fault, for bad criteria; null otherwise. */
  field: string | null;
}

export type OptimiserReply =
  | { type: 'progress'; id: number; progress: OptimiseProgress }
  | { type: 'result'; id: number; result: OptimiseResult; curve: Tradeoff | null }
  | { type: 'error'; id: number; error: OptimiserFailure };
