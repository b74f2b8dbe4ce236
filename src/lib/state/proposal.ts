/**
 * "Voorstel uit criteria" as a store action: run the optimiser (in its worker) on the active scenario's sector,
 * parameters, data and year settings, then add the result as a new named scenario of the session and make it
 * active. The panel calls it; so may anything else that has criteria (a live session filling them from the
 * room's answers). Nothing in the store changes unless the run succeeds: bad criteria reject with the engine's
 * Dutch message (OptimiserError, `failure.field` names the criterion), "Stoppen" with OptimiserCancelled.
 */
import type { OptimiseCriteria, OptimiseProgress, OptimiseResult, Tradeoff } from '$lib/engine';
import { proposalName } from '$lib/components/proposal/proposal-text';
import { OptimiserError, type OptimiserRunner } from '$lib/worker/optimiser-client';
import { addScenario } from './actions';
import { dataOf } from './results.svelte';
import { activeScenario, type AtlasStore } from './store';
import { yearOptionsOf } from './years.svelte';

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

export async function computeProposal(
  store: AtlasStore,
  optimiser: OptimiserRunner,
  criteria: OptimiseCriteria,
  options: ProposalOptions = {}
): Promise<ProposalOutcome> {
  const state = store.getState();
  const region = state.region;
  if (!region) throw new OptimiserError({ message: 'Er is nog geen regio geopend.', field: null });
  const scenario = activeScenario(state);
  const sector = scenario.sector;
  const data = dataOf(state, sector);
  const { result, curve } = await optimiser.run(
    {
      bundleUrl: `/api/regions/${encodeURIComponent(region)}`,
      sector,
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
  if (store.getState().region !== region) {
    throw new OptimiserError({
      message: 'De regio is intussen gewisseld; het voorstel is niet toegevoegd.',
      field: null
    });
  }
  const scenarioId = addScenario(store, {
    name: options.name ?? proposalName(criteria, result),
    sector,
    edits: result.edits,
    ...(scenario.presets ? { presets: { ...scenario.presets } } : {}),
    ...(scenario.data ? { data: scenario.data } : {})
  });
  return { scenarioId, result, curve };
}
