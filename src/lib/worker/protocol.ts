import type { Edit, EngineSector, EvaluationResult, Parameters, Report, SectorId } from '$lib/engine/types';
import type { YearOptions, YearReport, YearSeries } from '$lib/engine';
import type {
  DemandSetReply,
  FacilitiesSetReply,
  SetDemandRequest,
  SetFacilitiesRequest
} from './sector-sets';

export type {
  DemandSetReply,
  FacilitiesSetReply,
  SetDemandRequest,
  SetFacilitiesRequest
} from './sector-sets';

/**
 * Messages between the page and the engine worker. Results carry typed arrays, transferred, not copied.
 * `evaluate` and `report` take any sector id (po, vo, so, sport, zorg, welzijn): a sector without facilities in the
 * bundle needs a `setFacilities` first. `EngineSector` is still what po/vo callers pass. `setDemand` replaces the
 * CBS demand of every sector by imported units (or restores it).
 */
export type WorkerRequest =
  /** A binary region bundle (transferred): the worker decodes and validates it. `where` names it in errors. */
  | { type: 'load'; id: number; bytes: ArrayBuffer; where: string }
  | { type: 'evaluate'; id: number; sector: EngineSector | SectorId; parameters: Parameters; edits: Edit[] }
  | { type: 'report'; id: number; sector: EngineSector | SectorId; parameters: Parameters; edits: Edit[] }
  | SetFacilitiesRequest
  | SetDemandRequest
  | YearsRequest
  | YearReportRequest;

/** The report of one year (what `evaluate --year Y` prints), for exports; po and vo only. */
export interface YearReportRequest {
  type: 'yearReport';
  id: number;
  sector: EngineSector;
  parameters: Parameters;
  edits: Edit[];
  year: number;
  options: YearOptions;
}

export interface YearReportReply {
  type: 'yearReport';
  id: number;
  report: YearReport;
}

/**
 * The year series 2023-2035 of the baseline and of a scenario (po and vo only, see `hasYears`). The typed arrays
 * of both series are transferred. Not latest-wins in the worker; the client drops superseded replies.
 */
export interface YearsRequest {
  type: 'years';
  id: number;
  sector: EngineSector;
  parameters: Parameters;
  edits: Edit[];
  options: YearOptions;
}

export interface YearsReply {
  type: 'years';
  id: number;
  baseline: YearSeries;
  scenario: YearSeries;
  /** Milliseconds the engine spent on both series. */
  engineMs: number;
}

export interface EvaluateReply {
  type: 'result';
  id: number;
  /** Ids of the base facilities of the sector in index order (added facilities follow). */
  facilityIds: string[];
  result: EvaluationResult;
  /** Milliseconds the engine spent in the worker. */
  engineMs: number;
}

export interface EngineFailure {
  /** Dutch, names the edit where there is one. */
  message: string;
  /** Index of the rejected edit, when an edit was rejected. */
  editIndex: number | null;
  /** The rejected edit's op and the engine's problem text (English), so the UI can word it in Dutch. */
  op?: string;
  problem?: string;
}

export interface ReportReply {
  type: 'report';
  id: number;
  report: Report;
}

export type WorkerReply =
  | { type: 'loaded'; id: number }
  | EvaluateReply
  | ReportReply
  | FacilitiesSetReply
  | DemandSetReply
  | YearsReply
  | YearReportReply
  | { type: 'error'; id: number; error: EngineFailure };
