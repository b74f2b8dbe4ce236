/**
 * Saving, opening and importing scenarios: the talk with the API and the checks before anything reaches the
 * store. Every function either succeeds completely or throws an error with a message in the page's
 * language (namespace `scenarios`) and changes nothing.
 * `fetch` is passed in, so the page's fetch (or a fake in a test) is used.
 */
import type { Edit, EngineSector, Parameters, ScenarioYearOptions, SectorId } from '$lib/engine';
import { toScenarioFile } from '$lib/engine';
import type { ScenarioData as FileData } from '$lib/engine/scenario-file';
import { readScenarioFile, type ScenarioImport } from '$lib/export/scenario-files';
import type { SectorPreset } from '$lib/engine/sectors/presets';
import { addScenario, setActiveScenario, setParameters, setYearOptions } from '$lib/state/actions';
import { dataOf, engineDataChanged } from '$lib/state/results.svelte';
import {
  activeScenario,
  type AtlasState,
  type AtlasStore,
  type DemandDataset,
  type FacilityDataset,
  type ScenarioData,
  type ScenarioDraft
} from '$lib/state/store';
import type { EngineClient } from '$lib/worker/client';
import { projectionReady } from '$lib/engine/projection';
import { yearInputsOf } from '../view/year-view';
import { draftData, scenarioFileData } from './scenario-data';
import { t } from '$lib/i18n/catalogue';

type Fetch = typeof fetch;

/** A failed request; `message` is in the page's language and ready to show, `status` is 0 when the server was not reached. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/**
 * True for a save that failed because the server is out of reach (no network; a proxy answering 502 or 504 for a
 * server that is down): such a save waits and tries again (offline/retry.ts). Any answer of the server itself
 * (also its 503 "storage unavailable", which names the cause) is final and shown.
 */
export function isUnreachable(e: unknown): boolean {
  return e instanceof RequestError && (e.status === 0 || e.status === 502 || e.status === 504);
}

async function errorMessage(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { error?: unknown } | null;
  if (body && typeof body.error === 'string') return body.error;
  return t('scenarios.serverStatus', { status: String(res.status) });
}

export interface Saved {
  id: string;
  /** Path of the share link, e.g. `/atlas/achterhoek?gedeeld=<id>`. */
  url: string;
}

/**
 * POST /api/scenarios: a new immutable save with its own unguessable id. The file carries the scenario's edited
 * preset and the imported data it is evaluated with (`datasets`: the region's; the scenario's own win).
 */
export async function saveScenario(
  fetchFn: Fetch,
  region: string,
  draft: Pick<ScenarioDraft, 'name' | 'sector' | 'edits' | 'presets' | 'data'>,
  parameters: Parameters,
  datasets: AtlasState['datasets'] = { facilities: {}, demand: null }
): Promise<Saved> {
  const file = toScenarioFile(
    region,
    draft.sector,
    draft.edits,
    parameters,
    draft.presets?.[draft.sector],
    scenarioFileData(datasets, draft as ScenarioDraft)
  );
  const body = { ...file, name: draft.name };
  let res: Response;
  try {
    res = await fetchFn('/api/scenarios', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body)
    });
  } catch {
    throw new RequestError(t('scenarios.unreachable'), 0);
  }
  if (res.status !== 201) throw new RequestError(await errorMessage(res), res.status);
  const saved = (await res.json()) as Saved;
  if (typeof saved?.id !== 'string' || typeof saved?.url !== 'string') {
    throw new RequestError(t('scenarios.unexpected'), res.status);
  }
  return saved;
}

export interface SharedScenario {
  id: string;
  url: string;
  region: string;
  sector: SectorId;
  name: string;
  createdAt: string;
  edits: Edit[];
  parameters: Partial<Parameters> | null;
  /** The sector's preset as the author edited it. */
  preset?: SectorPreset;
  /** The imported data the scenario was saved with (file version 2). */
  data?: FileData;
}

/** GET /api/scenarios/<id>; 404 and network failures become RequestErrors with a message in the page's language. */
export async function fetchShared(fetchFn: Fetch, id: string): Promise<SharedScenario> {
  let res: Response;
  try {
    res = await fetchFn(`/api/scenarios/${encodeURIComponent(id)}`);
  } catch {
    throw new RequestError(t('scenarios.sharedUnreachable'), 0);
  }
  if (res.status === 404) {
    throw new RequestError(t('scenarios.sharedGone'), 404);
  }
  if (!res.ok) {
    throw new RequestError(t('scenarios.sharedFailed', { reason: await errorMessage(res) }), res.status);
  }
  const data = (await res.json()) as Omit<SharedScenario, 'edits' | 'parameters'> & { file: unknown };
  let file;
  try {
    file = readScenarioFile(data.file).file;
  } catch {
    throw new RequestError(t('scenarios.sharedBroken'), res.status);
  }
  // Its own data are placed with the RD projection, which the page loads on first need (draftData).
  if (file.data) await projectionReady();
  return {
    id: data.id,
    url: data.url,
    region: data.region,
    sector: file.sector ?? data.sector,
    name: data.name || t('scenarios.sharedName'),
    createdAt: data.createdAt,
    edits: file.edits,
    parameters: file.parameters ?? null,
    ...(file.preset ? { preset: file.preset } : {}),
    ...(file.data ? { data: file.data } : {})
  };
}

/**
 * Adds a shared scenario read-only and makes it active; when the session already holds it (a reload of the
 * link), that one is activated instead of adding a copy. Returns the scenario id in the store.
 */
export function addShared(store: AtlasStore, shared: SharedScenario): string {
  const existing = store.getState().scenarios.find((s) => s.readOnly && s.sharedId === shared.id);
  if (shared.parameters?.detourFactor !== undefined) {
    setParameters(store, { detourFactor: shared.parameters.detourFactor });
  }
  let id: string;
  if (existing) {
    setActiveScenario(store, existing.id);
    id = existing.id;
  } else {
    // The link's data stay with its scenario: the user's own files of that sector are not replaced.
    const data = draftData(shared.data, shared.sector, { origin: 'link', key: shared.id });
    id = addScenario(store, {
      name: shared.name,
      sector: shared.sector,
      edits: shared.edits,
      readOnly: true,
      sharedId: shared.id,
      ...(shared.preset ? { presets: { [shared.sector]: shared.preset } } : {}),
      ...(data ? { data } : {})
    });
  }
  // The rule the scenario was saved with (an older file: the nearest school), so it shows what it showed; set
  // once it is active, so the link stays the share id alone.
  if (shared.parameters?.allocation !== undefined) {
    setParameters(store, { allocation: shared.parameters.allocation });
  }
  return id;
}

/**
 * Adds the scenarios of an imported file and activates the first. The caller has checked the region and that
 * the engine accepts every edit list. A file without sector (version 0) gets `fallbackSector`.
 */
export function addImported(store: AtlasStore, imp: ScenarioImport, fallbackSector: SectorId): string[] {
  const detour = imp.scenarios.find((s) => s.parameters?.detourFactor !== undefined)?.parameters
    ?.detourFactor;
  if (detour !== undefined) setParameters(store, { detourFactor: detour });
  const allocation = imp.scenarios.find((s) => s.parameters?.allocation !== undefined)?.parameters
    ?.allocation;
  if (allocation !== undefined) setParameters(store, { allocation });
  // The year parameters (birth trend, migration, transport, floor, costs) travel with the file.
  const years = imp.scenarios
    .map((s) => (s.parameters as { years?: ScenarioYearOptions } | null)?.years)
    .find((y) => y !== undefined);
  if (years) setYearOptions(store, yearInputsOf(years));
  // One key per imported file; identical data of several scenarios become one dataset.
  const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const seen = new Map();
  const ids = imp.scenarios.map((s) => {
    const sector = s.sector ?? fallbackSector;
    const data = draftData(s.data, sector, { origin: 'file', key, seen });
    return addScenario(store, {
      name: s.name,
      sector,
      edits: s.edits,
      ...(s.preset ? { presets: { [sector]: s.preset } } : {}),
      ...(data ? { data } : {})
    });
  });
  if (ids.length > 0) setActiveScenario(store, ids[0]);
  return ids;
}

/** A scenario to check before it is added: its sector, parameters, edits and what it brings along. */
export interface ScenarioToCheck {
  name: string;
  sector: SectorId;
  parameters: Partial<Parameters>;
  edits: readonly Edit[];
  preset?: SectorPreset;
  data?: ScenarioData;
}

/**
 * Lets the engine check every scenario's edit list with the data that scenario will be evaluated with (its own
 * from the file, else the region's), all or nothing. Scenarios that bring data or a preset are checked after
 * sending those to the worker; afterwards the worker gets back what the workshop had sent (the active scenario's
 * data) and the workshop's LiveResults send their data again, so a failed file changes nothing. Throws an Error
 * naming the scenario with the engine's message.
 */
export async function checkScenarios(
  engine: EngineClient,
  state: AtlasState,
  scenarios: readonly ScenarioToCheck[]
): Promise<void> {
  const own = scenarios.some((s) => s.data || s.preset) || activeScenario(state).data !== undefined;
  const touched = new Set<string>();
  let sentDemand: string | undefined;
  try {
    for (const s of scenarios) {
      if (own) {
        const facilities: FacilityDataset | null =
          s.data?.facilities ?? state.datasets.facilities[s.sector] ?? null;
        const demand: DemandDataset | null = s.data?.demand ?? state.datasets.demand;
        if (sentDemand !== (demand?.id ?? 'cbs')) {
          await engine.setDemand(demand ? demand.units : null);
          sentDemand = demand?.id ?? 'cbs';
        }
        touched.add(s.sector);
        await engine.setFacilities(s.sector, facilities ? facilities.facilities : null, s.preset ?? null);
      }
      try {
        await engine.report(s.sector as EngineSector, { ...state.parameters, ...s.parameters }, s.edits);
      } catch (e) {
        throw new Error(
          t('scenarios.scenarioError', { name: s.name, message: e instanceof Error ? e.message : String(e) })
        );
      }
    }
  } finally {
    if (own) {
      // Back to what the workshop shows; LiveResults then sends its own data again all the same.
      const current = activeScenario(state).sector;
      await Promise.allSettled([
        ...(sentDemand !== undefined ? [engine.setDemand(dataOf(state, current).demand?.units ?? null)] : []),
        ...[...touched].map((sector) => {
          const d = sector === current ? dataOf(state, sector) : null;
          const set = d ? d.facilities : (state.datasets.facilities[sector] ?? null);
          return engine.setFacilities(sector, set ? set.facilities : null, d?.preset ?? null);
        })
      ]);
      engineDataChanged(engine);
    }
  }
}
