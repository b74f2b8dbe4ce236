import { addScenario, setActiveScenario, setParameters, setSector, setYear } from './actions';
import { loadSession, type KeyValueStorage } from './persist';
import { activeScenario, type AtlasStore } from './store';
import { decodeUrlState, UrlStateError } from './url';

/**
 * Where a workshop session starts: the stored session of the region (localStorage), with the URL on top. A link
 * wins over the stored session, but never wipes it: a scenario from a link that the session does not hold yet
 * is added as a new scenario, so opening a colleague's link cannot lose the afternoon's work. A shared link
 * (`?gedeeld=`) is left to ScenarioTools, which fetches it and adds it read-only.
 */

export const LINK_SCENARIO_NAME = 'Scenario uit link';

/** Restores the session into a fresh store; returns a Dutch message when the URL could not be read. */
export function restoreSession(
  store: AtlasStore,
  query: URLSearchParams,
  storage: KeyValueStorage | null
): string | null {
  const region = store.getState().region;
  const stored = storage && region ? loadSession(storage, region) : null;
  if (stored) {
    store.setState({
      scenarios: stored.scenarios,
      activeScenario: stored.activeScenario,
      datasets: stored.datasets
    });
    if (stored.yearOptions) store.setState({ yearOptions: stored.yearOptions });
  }
  if (query.has('gedeeld')) return null;

  let url;
  try {
    url = decodeUrlState(query);
  } catch (e) {
    if (e instanceof UrlStateError) return `${e.message} De link is genegeerd.`;
    throw e;
  }
  if (query.has('omweg')) setParameters(store, { detourFactor: url.parameters.detourFactor });
  if (query.has('toewijzing')) setParameters(store, { allocation: url.parameters.allocation });
  if (url.year !== undefined) setYear(store, url.year);
  if (!query.has('ingrepen')) {
    if (query.has('sector')) setSector(store, url.sector);
    return null;
  }

  const key = JSON.stringify(url.edits);
  const state = store.getState();
  const same = (s: (typeof state.scenarios)[number]) =>
    s.sector === url.sector && JSON.stringify(s.edits) === key;
  const active = activeScenario(state);
  if (same(active)) return null;
  const match = state.scenarios.find(same);
  if (match) {
    setActiveScenario(store, match.id);
  } else if (!stored) {
    // A fresh browser: the link's scenario simply is the first scenario.
    store.setState({
      scenarios: [{ ...active, sector: url.sector, edits: url.edits, redo: [] }],
      activeScenario: active.id
    });
  } else {
    addScenario(store, { name: LINK_SCENARIO_NAME, sector: url.sector, edits: url.edits });
  }
  return null;
}
