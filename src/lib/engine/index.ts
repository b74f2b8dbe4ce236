/**
 * The engine's public API. Everything the UI worker, the CLI and the tests use comes from here; the modules behind
 * it may change shape. Pure TypeScript: no DOM, no deck.gl, no svelte, no fetch.
 */
export { createEvaluator, evaluate, type Evaluator } from './evaluate';
export { prepareRegion, resolveParameters, type PreparedRegion } from './prepare';
export { applyEdit, applyScenario, baselineState, ScenarioError, type ScenarioState } from './scenario';
export { computeReachability, updateReachability, type ReachState } from './reachability';
export { computeIndicators, SHARE_THRESHOLDS_M, type Indicators } from './indicators';
export { ageShares, demandWeights } from './demand';
export { buildReport, REPORT_SCHEMA_VERSION } from './report';
export {
  parseEdit,
  parseScenarioData,
  parseScenarioText,
  toScenarioFile,
  ScenarioFileError,
  SCENARIO_SCHEMA_VERSION,
  type ScenarioFile
} from './scenario-file';
export {
  DEFAULT_PARAMETERS,
  EDIT_OPS,
  ENGINE_SECTORS,
  PUPIL_YEAR,
  STATUS_CLOSED,
  STATUS_MERGED,
  STATUS_OPEN,
  type AddedFacility,
  type CapacityEdit,
  type CloseEdit,
  type DistanceStats,
  type Edit,
  type EditOp,
  type EngineSector,
  type EvaluationResult,
  type FacilityStatusText,
  type Flow,
  type MergeEdit,
  type MunicipalitySummary,
  type OpenEdit,
  type Parameters,
  type Report,
  type ReportDemandUnit,
  type ReportFacility,
  type Scenario,
  type ShareWithin,
  type Summary
} from './types';
export {
  compareReports,
  COMPARE_INDICATORS,
  indicatorValue,
  type CompareIndicator,
  type Comparison,
  type FacilityDifference,
  type FacilitySide,
  type IndicatorRow,
  type IndicatorUnit
} from './compare';
