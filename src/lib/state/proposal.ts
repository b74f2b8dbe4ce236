/**
 * "Voorstel uit criteria" as a store action: run the optimiser (in its worker) on the active scenario's sector,
 * parameters, data and year settings, then add the result as a new named scenario of the session and make it
 * active. The panel calls it; so may anything else that has criteria (a live session filling them from the
 * room's answers). Nothing in the store changes unless the run succeeds: bad criteria reject with the engine's
 * Dutch message (OptimiserError, `failure.field` names the criterion), "Stoppen" with OptimiserCancelled.
 */
import type { OptimiseCriteria, OptimiseProgress, OptimiseResult, Tradeoff } from '$lib/engine';
import { proposalName } from '$lib/text/proposal-text';
import { OptimiserError, type OptimiserRunner } from '$lib/worker/optimiser-client';
import { addScenario } from './actions';
import { dataOf } from './results.svelte';
import { activeScenario, type AtlasState, type AtlasStore, type ScenarioDraft } from './store';
import { yearOptionsOf } from './years.svelte';
import { openedBundleUrl } from '$lib/worker/region-data';

export interface ProposalOptions {
  /** The new scenario's name; default from the criteria ("Voorstel: minste locaties, 3 km"). */
  name?: string;
  onProgress?: (progress: OptimiseProgress) => void;
  /** Time for the exact run (ms); default 20,000. */
  timeLimitMs?: number;
  /** Also compute the trade-off curve (default true). */
  curve?: boolean;
}

export interface ProposalOutcome {
  /** The id of the scenario added to the session (now the active one). */
  scenarioId: string;
  result: OptimiseResult;
  curve: Tradeoff | null;
}

/** What a proposal is for: the region, and the active scenario's sector with its presets and data, at the start. */
export interface ProposalTarget {
  region: string;
  sector: string;
  presets?: ScenarioDraft['presets'];
  data?: ScenarioDraft['data'];
}

export function proposalTarget(state: AtlasState): ProposalTarget {
  if (!state.region) throw new OptimiserError({ message: 'Er is nog geen regio geopend.', field: null });
  const scenario = activeScenario(state);
  return {
    region: state.region,
    sector: scenario.sector,
    ...(scenario.presets ? { presets: { ...scenario.presets } } : {}),
    ...(scenario.data ? { data: scenario.data } : {})
  };
}

/**
 * Adds a computed proposal (also the first answer of a run that was stopped) as a new active scenario; returns its
 * id. Refuses (OptimiserError) when the region changed since the run started.
 */
export function addProposal(
  store: AtlasStore,
  target: ProposalTarget,
  criteria: OptimiseCriteria,
  result: OptimiseResult,
  name?: string
): string {
  if (store.getState().region !== target.region) {
    throw new OptimiserError({
      message: 'De regio is intussen gewisseld; het voorstel is niet toegevoegd.',
      field: null
    });
  }
  return addScenario(store, {
    name: name ?? proposalName(criteria, result),
    sector: target.sector,
    edits: result.edits,
    ...(target.presets ? { presets: target.presets } : {}),
    ...(target.data ? { data: target.data } : {})
  });
}

export async function computeProposal(
  store: AtlasStore,
  optimiser: OptimiserRunner,
  criteria: OptimiseCriteria,
  options: ProposalOptions = {}
): Promise<ProposalOutcome> {
  const state = store.getState();
  const target = proposalTarget(state);
  const data = dataOf(state, target.sector);
  const { result, curve } = await optimiser.run(
    {
      // The binary bundle the page opened (cached; also offline), else the region's JSON.
      bundleUrl: openedBundleUrl(target.region) ?? `/api/regions/${encodeURIComponent(target.region)}`,
      sector: target.sector,
      parameters: { ...state.parameters },
      facilities: data.facilities ? data.facilities.facilities : null,
      preset: data.preset,
      demand: data.demand ? data.demand.units : null,
      criteria,
      yearOptions: yearOptionsOf(state.yearOptions, null),
      timeLimitMs: options.timeLimitMs ?? 20_000,
      curve: options.curve ?? true
    },
    options.onProgress
  );
  const scenarioId = addProposal(store, target, criteria, result, options.name);
  return { scenarioId, result, curve };
}
