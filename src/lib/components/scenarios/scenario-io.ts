/**
 * Saving, opening and importing scenarios: the talk with the API and the checks before anything reaches the
 * store. Every function either succeeds completely or throws an error with a Dutch message and changes nothing.
 * `fetch` is passed in, so the page's fetch (or a fake in a test) is used.
 */
import type { Edit, EngineSector, Parameters, ScenarioYearOptions } from '$lib/engine';
import { toScenarioFile, parseScenarioData } from '$lib/engine';
import type { ScenarioImport } from '$lib/export/scenario-files';
import { addScenario, setActiveScenario, setParameters, setYearOptions } from '$lib/state/actions';
import type { AtlasStore, ScenarioDraft } from '$lib/state/store';
import { yearInputsOf } from '../years/year-view';

type Fetch = typeof fetch;

/** A failed request; `message` is Dutch and ready to show, `status` is 0 when the server was not reached. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

async function errorMessage(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { error?: unknown } | null;
  if (body && typeof body.error === 'string') return body.error;
  return `de server antwoordde met status ${res.status}`;
}

export interface Saved {
  id: string;
  /** Path of the share link, e.g. `/atlas/achterhoek?gedeeld=<id>`. */
  url: string;
}

/** POST /api/scenarios: a new immutable save with its own unguessable id. */
export async function saveScenario(
  fetchFn: Fetch,
  region: string,
  draft: Pick<ScenarioDraft, 'name' | 'sector' | 'edits'>,
  parameters: Parameters
): Promise<Saved> {
  const body = { ...toScenarioFile(region, draft.sector, draft.edits, parameters), name: draft.name };
  let res: Response;
  try {
    res = await fetchFn('/api/scenarios', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body)
    });
  } catch {
    throw new RequestError('de server is niet bereikbaar', 0);
  }
  if (res.status !== 201) throw new RequestError(await errorMessage(res), res.status);
  const saved = (await res.json()) as Saved;
  if (typeof saved?.id !== 'string' || typeof saved?.url !== 'string') {
    throw new RequestError('de server gaf een onverwacht antwoord', res.status);
  }
  return saved;
}

export interface SharedScenario {
  id: string;
  url: string;
  region: string;
  sector: EngineSector;
  name: string;
  createdAt: string;
  edits: Edit[];
  parameters: Partial<Parameters> | null;
}

/** GET /api/scenarios/<id>; 404 and network failures become RequestErrors with a Dutch message. */
export async function fetchShared(fetchFn: Fetch, id: string): Promise<SharedScenario> {
  let res: Response;
  try {
    res = await fetchFn(`/api/scenarios/${encodeURIComponent(id)}`);
  } catch {
    throw new RequestError('Het gedeelde scenario kon niet worden geladen: de server is niet bereikbaar.', 0);
  }
  if (res.status === 404) {
    throw new RequestError(
      'Het gedeelde scenario bestaat niet (meer). Controleer de link; je eigen scenario’s zijn niet veranderd.',
      404
    );
  }
  if (!res.ok) {
    throw new RequestError(
      `Het gedeelde scenario kon niet worden geladen: ${await errorMessage(res)}.`,
      res.status
    );
  }
  const data = (await res.json()) as Omit<SharedScenario, 'edits' | 'parameters'> & { file: unknown };
  let file;
  try {
    file = parseScenarioData(data.file);
  } catch {
    throw new RequestError('Het gedeelde scenario is beschadigd en kan niet worden geopend.', res.status);
  }
  return {
    id: data.id,
    url: data.url,
    region: data.region,
    sector: (file.sector ?? data.sector) as EngineSector,
    name: data.name || 'Gedeeld scenario',
    createdAt: data.createdAt,
    edits: file.edits,
    parameters: file.parameters ?? null
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
  if (existing) {
    setActiveScenario(store, existing.id);
    return existing.id;
  }
  return addScenario(store, {
    name: shared.name,
    sector: shared.sector,
    edits: shared.edits,
    readOnly: true,
    sharedId: shared.id
  });
}

/**
 * Adds the scenarios of an imported file and activates the first. The caller has checked the region and that
 * the engine accepts every edit list. A file without sector (version 0) gets `fallbackSector`.
 */
export function addImported(store: AtlasStore, imp: ScenarioImport, fallbackSector: EngineSector): string[] {
  const detour = imp.scenarios.find((s) => s.parameters?.detourFactor !== undefined)?.parameters
    ?.detourFactor;
  if (detour !== undefined) setParameters(store, { detourFactor: detour });
  // The year parameters (birth trend, migration, transport, floor, costs) travel with the file.
  const years = imp.scenarios
    .map((s) => (s.parameters as { years?: ScenarioYearOptions } | null)?.years)
    .find((y) => y !== undefined);
  if (years) setYearOptions(store, yearInputsOf(years));
  const ids = imp.scenarios.map((s) =>
    addScenario(store, { name: s.name, sector: s.sector ?? fallbackSector, edits: s.edits })
  );
  if (ids.length > 0) setActiveScenario(store, ids[0]);
  return ids;
}
