/**
 * Plain actions on the store's live session (state/live.ts). The facilitator controller calls them with what the
 * server answered; the panel's components call the controller.
 */
import type { StreamStatus } from '$lib/live/stream';
import type { SessionView, Tally } from '$lib/live/types';
import type { LiveCredentials, LiveFacilitator } from './live';
import type { AtlasStore } from './store';

function update(store: AtlasStore, fn: (live: LiveFacilitator) => Partial<LiveFacilitator>): void {
  store.setState((state) => (state.live ? { live: { ...state.live, ...fn(state.live) } } : {}));
}

/** A session was created (or found again after a reload): the panel opens. */
export function liveStarted(store: AtlasStore, c: LiveCredentials, panelOpen = true): void {
  store.setState({
    live: {
      code: c.code,
      token: c.token,
      url: c.url,
      region: c.region,
      sector: c.sector,
      posted: { ...c.posted },
      panelOpen,
      session: null,
      tally: null,
      connection: 'connecting',
      error: null,
      busy: false,
      quantile: 0.5
    }
  });
}

export function setLivePanel(store: AtlasStore, open: boolean): void {
  update(store, () => ({ panelOpen: open }));
}

/** A session view from the server; an older one (by configVersion) never replaces a newer one. */
export function liveSessionUpdated(store: AtlasStore, session: SessionView): void {
  update(store, (l) => (l.session && l.session.configVersion > session.configVersion ? {} : { session }));
}

/** A tally from the server; an older one (by version) never replaces a newer one. */
export function liveTallyUpdated(store: AtlasStore, tally: Tally): void {
  update(store, (l) => (l.tally && l.tally.version > tally.version ? {} : { tally }));
}

export function liveConnection(store: AtlasStore, connection: StreamStatus): void {
  update(store, (l) => (l.connection === connection ? {} : { connection }));
}

export function liveError(store: AtlasStore, error: string | null): void {
  update(store, () => ({ error }));
}

export function liveBusy(store: AtlasStore, busy: boolean): void {
  update(store, () => ({ busy }));
}

export function setLiveQuantile(store: AtlasStore, quantile: number): void {
  if (!(quantile >= 0 && quantile <= 1)) return;
  update(store, () => ({ quantile }));
}

/** A workshop scenario was put up for rating under the session's id `liveId`. */
export function livePosted(store: AtlasStore, scenarioId: string, liveId: string): void {
  update(store, (l) => ({ posted: { ...l.posted, [scenarioId]: liveId } }));
}

/** The session ended (or is gone): the panel closes, the workshop stays as it was. */
export function liveEnded(store: AtlasStore): void {
  store.setState({ live: null });
}
