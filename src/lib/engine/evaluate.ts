/**
 * Evaluation entry points.
 *
 * `createEvaluator` is what the UI worker calls on every click: it prepares the region once and keeps the state
 * after every prefix of the last edit list. A new list that extends the previous one costs only its new edits;
 * an undo (a shorter prefix) is a cache hit; a change in the middle replays the edits after the common prefix,
 * each incrementally. `evaluate` is the one-shot form used by the CLI.
 */
import type { RegionBundle } from './geodata/schema';
import { computeIndicators, type Indicators } from './indicators';
import { prepareRegion, type PreparedRegion } from './prepare';
import { computeReachability, updateReachability, type ReachState } from './reachability';
import { buildReport } from './report';
import { choiceModelFor } from './choice/model';
import { applyEdit, baselineState, type ScenarioState } from './scenario';
import { buildYearReport, type YearReport } from './year-report';
import { computeYearSeries, type YearOptions, type YearSeries } from './years';
import type { SectorPreset } from '../sectors/presets';
import {
  ENGINE_SECTORS,
  PUPIL_YEAR,
  type Edit,
  type EngineSector,
  type EvaluationResult,
  type EvaluatorOptions,
  type Parameters,
  type Report,
  type Scenario,
  type SectorId
} from './types';

interface Step {
  /** Canonical JSON of the edit that led here ('' for the baseline). */
  key: string;
  scenario: ScenarioState;
  /** Computed on first use for steps passed over by a long list of new edits (see stepFor). */
  reach?: ReachState;
  /** Computed on first use; immutable, so undo/redo to this step costs only the result copies. */
  indicators?: Indicators;
}

export interface Evaluator<S extends SectorId = EngineSector> {
  readonly prepared: PreparedRegion;
  /** Ids of the base facilities in index order (added facilities follow, see `result.facilities.added`). */
  readonly facilityIds: readonly string[];
  /** The sector's preset in use (built-in or the caller's edited one): labels, units, demand assumptions. */
  readonly preset: SectorPreset;
  /** The distances (metres) of `summary.shareWithin`, ascending: po and vo 1000, 3000, 5000. */
  readonly thresholdsM: readonly number[];
  /** Evaluate an edit list. Throws ScenarioError for an invalid edit; the evaluator stays usable. */
  evaluate(edits: readonly Edit[]): EvaluationResult<S>;
  /** The full JSON report (CLI shape) of an edit list. */
  report(edits: readonly Edit[]): Report<S>;
  /**
   * The year series of an edit list (default 2023-2035): per year totals and per (year, facility) typed arrays,
   * fresh on every call (safe to transfer). Reuses the edit list's cached reachability. po and vo only (the
   * prognosis follows their school ages); another sector throws a RangeError.
   */
  years(edits: readonly Edit[], options?: YearOptions): YearSeries;
  /** The JSON report of one year (`--year`), with the horizon's series of baseline and scenario. */
  yearReport(edits: readonly Edit[], year: number, options?: YearOptions): YearReport;
}

/** More new edits than this at once are applied first and the reachability computed once (see stepFor). */
const BULK_EDITS = 16;

/** Stable key of an edit: same fields in any order give the same key. */
function editKey(edit: Edit): string {
  if (typeof edit !== 'object' || edit === null) return JSON.stringify(edit) ?? 'undefined';
  const e = edit as unknown as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(e)
      .sort()
      .map((k) => [k, e[k]])
  );
}

/** The sectors with a year prognosis (school ages, floor area and cost defaults): po and vo. */
export function hasYears(sector: SectorId): sector is EngineSector {
  return (ENGINE_SECTORS as readonly string[]).includes(sector);
}

/**
 * Prepare a region for one sector and keep it for every click. `sector` is a preset id (po, vo, so, sport, zorg,
 * welzijn) or the id of `options.preset`; `options.facilities` replaces the bundle's facilities of the sector
 * (sport, zorg and welzijn have none in the bundles, so they need it). Throws RangeError for an unknown sector, an
 * invalid preset or invalid facilities, and Error when the sector has no facilities in or near the region.
 */
export function createEvaluator<S extends SectorId>(
  bundle: RegionBundle,
  sector: S,
  parameters?: Partial<Parameters>,
  options?: EvaluatorOptions
): Evaluator<S> {
  const prepared = prepareRegion(bundle, sector, parameters, options);
  /** Reachability of a step: kept, or computed once in full (a step a long list of new edits passed over). */
  const reachOf = (step: Step): ReachState => (step.reach ??= computeReachability(prepared, step.scenario));
  const noYears = () =>
    new RangeError(`the year prognosis covers ${ENGINE_SECTORS.join(' and ')}, not sector "${sector}"`);
  const base = baselineState(prepared);
  const steps: Step[] = [{ key: '', scenario: base, reach: computeReachability(prepared, base) }];

  function stepFor(edits: readonly Edit[]): Step {
    let common = 0;
    while (
      common < edits.length &&
      common + 1 < steps.length &&
      steps[common + 1].key === editKey(edits[common])
    ) {
      common++;
    }
    steps.length = common + 1;
    // Many new edits at once (a proposal, a scenario file): apply them all, then compute the reachability once in
    // full instead of once per edit; the steps in between get theirs when asked (undo).
    const bulk = edits.length - common > BULK_EDITS;
    for (let i = common; i < edits.length; i++) {
      const prev = steps[steps.length - 1];
      const { state, effect } = applyEdit(prepared, prev.scenario, edits[i], i);
      const reach = bulk ? undefined : updateReachability(prepared, state, reachOf(prev), effect);
      steps.push({ key: editKey(edits[i]), scenario: state, reach });
    }
    return steps[edits.length];
  }

  /**
   * The step of an edit list without dropping cached steps when the list is a prefix of the cached one: the year
   * series of the baseline (`[]`) next to the scenario's must not cost the scenario a replay.
   */
  function peekStep(edits: readonly Edit[]): Step {
    let common = 0;
    while (
      common < edits.length &&
      common + 1 < steps.length &&
      steps[common + 1].key === editKey(edits[common])
    ) {
      common++;
    }
    return common === edits.length ? steps[common] : stepFor(edits);
  }

  function indicatorsOf(step: Step): Indicators {
    return (step.indicators ??= computeIndicators(prepared, step.scenario, reachOf(step)));
  }

  return {
    prepared,
    facilityIds: prepared.facilityIds,
    preset: prepared.preset,
    thresholdsM: prepared.thresholdsM,
    evaluate(edits) {
      const step = stepFor(edits);
      return toResult(
        prepared,
        step.scenario,
        reachOf(step),
        indicatorsOf(step),
        edits.length
      ) as EvaluationResult<S>;
    },
    report(edits) {
      const step = stepFor(edits);
      return buildReport(prepared, step.scenario, reachOf(step), indicatorsOf(step)) as Report<S>;
    },
    years(edits, options) {
      if (!hasYears(sector)) throw noYears();
      const step = peekStep(edits);
      return computeYearSeries(prepared, step.scenario, reachOf(step), options);
    },
    yearReport(edits, year, options) {
      if (!hasYears(sector)) throw noYears();
      const step = peekStep(edits);
      const base = steps[0];
      return buildYearReport(
        prepared,
        { state: step.scenario, reach: reachOf(step) },
        { state: base.scenario, reach: reachOf(base) },
        year,
        options
      );
    }
  };
}

function toResult(
  prepared: PreparedRegion,
  scenario: ScenarioState,
  reach: ReachState,
  indicators: Indicators,
  editCount: number
): EvaluationResult<SectorId> {
  const n = prepared.facilityIds.length;
  const ids = (i: number) => (i < n ? prepared.facilityIds[i] : scenario.addedIds[i - n]);
  const detour = prepared.parameters.detourFactor;
  const distanceM = new Float32Array(reach.dist2.length);
  for (let u = 0; u < distanceM.length; u++) distanceM[u] = Math.sqrt(reach.dist2[u]) * detour;
  return {
    sector: prepared.sector,
    parameters: { ...prepared.parameters },
    year: PUPIL_YEAR,
    editCount,
    summary: indicators.summary,
    municipalities: indicators.municipalities,
    flows: scenario.flows.map((f) => ({ from: ids(f.from), to: ids(f.to), pupils: f.pupils })),
    facilities: {
      added: scenario.added.map((a) => ({ ...a })),
      status: scenario.status.slice(),
      pupils: scenario.pupils.slice(),
      capacity: scenario.capacity.slice(),
      belowNorm: indicators.belowNorm.slice(),
      // Only under the choice rule: the model is built on first use, and the nearest rule need not pay for it.
      modelledPupils: scenario.choice ? (choiceModelFor(prepared)?.modelled.slice() ?? null) : null
    },
    demand: { nearest: reach.nearest.slice(), distanceM }
  };
}

/** One-shot year series of a scenario on a bundle (the worker keeps an Evaluator and calls `years`). */
export function evaluateYears(
  bundle: RegionBundle,
  scenario: Scenario<SectorId>,
  options?: YearOptions,
  evaluatorOptions?: EvaluatorOptions
): YearSeries {
  return createEvaluator(bundle, scenario.sector, scenario.parameters, evaluatorOptions).years(
    scenario.edits,
    options
  );
}

/** One-shot evaluation of a scenario on a bundle: the CLI's JSON report. */
export function evaluate<S extends SectorId>(
  bundle: RegionBundle,
  scenario: Scenario<S>,
  options?: EvaluatorOptions
): Report<S> {
  return createEvaluator(bundle, scenario.sector, scenario.parameters, options).report(scenario.edits);
}
