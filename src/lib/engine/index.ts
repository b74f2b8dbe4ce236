/**
 * The engine's public API. Everything the UI worker, the CLI and the tests use comes from here; the modules behind
 * it may change shape. Pure TypeScript: no DOM, no deck.gl, no svelte, no fetch.
 */
export { createEvaluator, evaluate, evaluateYears, hasYears, type Evaluator } from './evaluate';
export { prepareRegion, resolveParameters, type PreparedRegion } from './prepare';
export { applyEdit, applyScenario, baselineState, ScenarioError, type ScenarioState } from './scenario';
export { computeReachability, updateReachability, type ReachState } from './reachability';
export { computeIndicators, SHARE_THRESHOLDS_M, type Indicators } from './indicators';
export {
  adultShares,
  ageShares,
  demandWeights,
  importedDemandWeights,
  populationShares,
  SECTOR_BAND_WEIGHTS,
  YOUTH_BANDS,
  type BandWeights
} from './demand';
export { checkDemandInputs, importedDemandUnits, type ImportedDemand } from './demand-input';
export {
  municipalityAt,
  placeAt,
  SCHOOL_THRESHOLDS_M,
  sectorFacilities,
  sectorSetup,
  type PreparedFacility,
  type SectorSetup
} from './sector-input';
export { buildReport, REPORT_SCHEMA_VERSION } from './report';
export {
  AGE_GROUPS,
  DEFAULT_PROGNOSIS,
  groupPrognosis,
  MAX_AGE,
  PROGNOSIS_BASE_YEAR,
  PROGNOSIS_LIMIT,
  projectAges,
  resolvePrognosis,
  singleYearAges,
  YEAR_MAX,
  YEAR_MIN,
  type GroupPrognosis,
  type PrognosisParameters
} from './prognosis';
export {
  computeYearSeries,
  resolveYearOptions,
  RULE_YEARS,
  SMALL_CATCHMENT_CHILDREN,
  yearWeights,
  type YearOptions,
  type YearParameters,
  type YearSeries,
  type YearTotals
} from './years';
export {
  compareYears,
  transferablesOf,
  yearSummary,
  type YearDifference,
  type YearSummary
} from './years-compare';
export {
  buildYearReport,
  type YearReport,
  type YearReportDemandUnit,
  type YearReportFacility,
  type YearReportSummary
} from './year-report';
export {
  DEFAULT_TRANSPORT,
  resolveTransport,
  transportChildren,
  transportFlags,
  type TransportParameters
} from './transport';
export {
  assumptions,
  DEFAULT_COSTS,
  DEFAULT_FLOOR,
  floorArea,
  resolveCosts,
  resolveFloor,
  type Assumption,
  type CostParameters,
  type FloorParameters
} from './costs';
export { facilityNorms, NormsCsvError, parseNormsCsv } from './norm-set';
export { normFor, type NormMatch } from './norms';
export {
  legacyParameters,
  parseEdit,
  parseScenarioData,
  parseScenarioText,
  toScenarioFile,
  ScenarioFileError,
  SCENARIO_SCHEMA_VERSION,
  type ParseOptions,
  type ScenarioFile,
  type ScenarioParameters,
  type ScenarioYearOptions
} from './scenario-file';
export {
  ALLOCATIONS,
  DEFAULT_PARAMETERS,
  EDIT_OPS,
  ENGINE_SECTORS,
  PUPIL_YEAR,
  STATUS_CLOSED,
  STATUS_MERGED,
  STATUS_OPEN,
  type AddedFacility,
  type Allocation,
  type CapacityEdit,
  type DemandInput,
  type DemandSource,
  type CloseEdit,
  type DistanceStats,
  type Edit,
  type EditOp,
  type EngineSector,
  type EvaluationResult,
  type EvaluatorOptions,
  type FacilityInput,
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
  type SectorId,
  type ShareWithin,
  type Summary
} from './types';
export { choiceModelFor, type ChoiceModel } from './choice/model';
export { modelEvidence, type ModelEvidence, type ScatterPoint } from './choice/evidence';
export { CALIBRATION } from './choice/calibration-table';
export { CHOICE_FEATURES, type ChoiceDecay } from './choice/features';
export type { CalibrationEntry, ChoiceParameters, FitStats } from './choice/types';
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
export {
  OPTIMISE_OBJECTIVES,
  type DenominationCriterion,
  type OptimiseCriteria,
  type OptimiseObjective
} from './optimise/criteria';
export { optimise, type OptimiseOptions } from './optimise/optimise';
export { OptimiseInputError, resolveCriteria, type ResolvedCriteria } from './optimise/criteria-check';
export { highsSolver } from './optimise/highs';
export type { MipModel, MipOptions, MipResult, MipSolver } from './optimise/solver';
export type {
  ConstraintCheck,
  ConstraintId,
  ObjectiveReport,
  OptimisePhase,
  OptimiseProgress,
  OptimiseResult,
  Relaxation,
  Unreachable
} from './optimise/result';
export { tradeoffCurve, type Tradeoff, type TradeoffPoint } from './optimise/tradeoff';
