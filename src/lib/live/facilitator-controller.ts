/**
 * The facilitator's side of a live session in the workshop: starts a session for the region and sector, keeps
 * its code and token in the browser (a reload rejoins it), follows its event stream with the token (the full
 * tally; polling when the stream fails), and sends the facilitator's actions. Everything the server answers goes
 * into the atlas store through the plain actions of state/live-actions.ts; failures become a message there (in the
 * page's language; the server's own reason stays Dutch).
 */
import { toScenarioFile } from '$lib/engine';
import { downloadBlob, downloadText } from '$lib/export/download';
import { scenarioFileData } from '$lib/scenarios/scenario-data';
import type { LiveCredentials } from '$lib/state/live';
import {
  liveBusy,
  liveConnection,
  liveEnded,
  liveError,
  livePosted,
  liveSessionUpdated,
  liveStarted,
  liveTallyUpdated,
  setLivePanel
} from '$lib/state/live-actions';
import { computeProposal } from '$lib/state/proposal';
import type { AtlasStore, ScenarioDraft } from '$lib/state/store';
import type { OptimiseProgress } from '$lib/engine';
import type { OptimiserRunner } from '$lib/worker/optimiser-client';
import * as api from './client';
import type { RoomCriteria } from './criteria';
import { LOCALE } from '$lib/i18n/catalogue';
import { CSV_MIME } from '$lib/export/csv';
import { localExportName as exportName, localVotesCsv } from './live-csv';
import { FACILITATOR_TEXT as T } from './live-ui-text';
import { LiveStream } from './stream';
import { liveStorageKey } from './stored';
import type { SessionView, Tally } from './types';

export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = liveStorageKey;

export class FacilitatorController {
  private stream: LiveStream | null = null;
  private readonly f: typeof fetch;

  constructor(
    private readonly store: AtlasStore,
    private readonly region: string,
    private readonly storage: KeyValue | null,
    fetchFn?: typeof fetch
  ) {
    this.f = fetchFn ?? ((...args) => fetch(...args));
  }

  private get live() {
    return this.store.getState().live;
  }

  private save(): void {
    const l = this.live;
    if (!l) return;
    const c: LiveCredentials = {
      code: l.code,
      token: l.token,
      url: l.url,
      region: l.region,
      sector: l.sector,
      posted: l.posted
    };
    try {
      this.storage?.setItem(KEY(this.region), JSON.stringify(c));
    } catch {
      // storage blocked: the session runs until the page closes
    }
  }

  private forget(): void {
    try {
      this.storage?.removeItem(KEY(this.region));
    } catch {
      // nothing to forget
    }
  }

  /** Rejoins the session this browser started for the region (panel closed), if the server still has it. */
  async resume(): Promise<void> {
    let c: LiveCredentials | null = null;
    try {
      c = JSON.parse(this.storage?.getItem(KEY(this.region)) ?? 'null') as LiveCredentials | null;
    } catch {
      c = null;
    }
    if (!c || typeof c.code !== 'string' || typeof c.token !== 'string' || c.region !== this.region) return;
    try {
      await api.getTally(this.f, c.code, c.token);
    } catch (e) {
      if (e instanceof api.LiveRequestError && e.status !== 0 && e.status < 500) this.forget();
      return;
    }
    liveStarted(this.store, c, false);
    this.connect();
  }

  /** "Live sessie starten": a new session for the region and sector; the panel opens with code and QR code. */
  async start(sector: string): Promise<void> {
    if (this.live) {
      setLivePanel(this.store, true);
      return;
    }
    try {
      const created = await api.createSession(this.f, this.region, sector);
      liveStarted(this.store, {
        code: created.code,
        token: created.facilitatorToken,
        url: created.url,
        region: this.region,
        sector
      });
      this.save();
      this.connect();
    } catch (e) {
      throw new Error(T.failed((e as Error).message));
    }
  }

  private connect(): void {
    const l = this.live;
    if (!l) return;
    this.stream?.stop();
    const { code, token } = l;
    this.stream = new LiveStream({
      url: `/api/sessions/${code}/events`,
      token,
      fetch: this.f,
      onEvent: (type, data) => {
        if (type === 'session') liveSessionUpdated(this.store, data as SessionView);
        else if (type === 'tally') liveTallyUpdated(this.store, data as Tally);
        else liveError(this.store, T.gone);
      },
      onStatus: (s) => liveConnection(this.store, s),
      poll: async () => {
        const [session, tally] = await Promise.all([
          api.getSession(this.f, code),
          api.getTally(this.f, code, token)
        ]);
        liveSessionUpdated(this.store, session);
        liveTallyUpdated(this.store, tally);
      }
    });
    this.stream.start();
  }

  /** Runs a facilitator action: busy while it runs, its failure as a message in the panel. */
  private async act<T>(fn: (code: string, token: string) => Promise<T>): Promise<T | null> {
    const l = this.live;
    if (!l) return null;
    liveBusy(this.store, true);
    liveError(this.store, null);
    try {
      return await fn(l.code, l.token);
    } catch (e) {
      liveError(this.store, T.failed((e as Error).message));
      return null;
    } finally {
      liveBusy(this.store, false);
    }
  }

  async setQuestionOpen(question: string, open: boolean): Promise<void> {
    const view = await this.act((code, token) => api.setQuestionOpen(this.f, code, token, question, open));
    if (view) liveSessionUpdated(this.store, view);
  }

  /** Puts a workshop scenario up for rating: the server evaluates it (with its data) and draws its map. */
  async putUp(draft: ScenarioDraft): Promise<void> {
    const state = this.store.getState();
    const file = toScenarioFile(
      this.region,
      draft.sector,
      draft.edits,
      state.parameters,
      draft.presets?.[draft.sector],
      scenarioFileData(state.datasets, draft)
    );
    const res = await this.act((code, token) =>
      api.addScenario(this.f, code, token, { ...file, name: draft.name })
    );
    if (!res) return;
    liveSessionUpdated(this.store, res.session);
    livePosted(this.store, draft.id, res.id);
    this.save();
  }

  /**
   * "Voorstel uit de criteria van de zaal": the optimiser turns the room's criteria into a new scenario of the
   * workshop (computeProposal: it becomes the active scenario, editable like any other) and the scenario is put up
   * for rating at once. Returns the new scenario's name. Throws the optimiser's Dutch error (or
   * OptimiserCancelled) and then adds nothing.
   */
  async proposeFromRoom(
    optimiser: OptimiserRunner,
    room: RoomCriteria,
    onProgress?: (p: OptimiseProgress) => void
  ): Promise<string> {
    const { scenarioId } = await computeProposal(this.store, optimiser, room.criteria, { onProgress });
    const draft = this.store.getState().scenarios.find((s) => s.id === scenarioId);
    if (!draft) throw new Error(T.proposalLost);
    await this.putUp(draft);
    return draft.name;
  }

  async setScenarioOpen(id: string, open: boolean): Promise<void> {
    const view = await this.act((code, token) => api.setScenarioOpen(this.f, code, token, id, open));
    if (view) liveSessionUpdated(this.store, view);
  }

  async exportJson(): Promise<void> {
    await this.act(async (code, token) => {
      const data = await api.exportJson(this.f, code, token);
      downloadText(JSON.stringify(data, null, 2), exportName(data, 'json'), 'application/json');
    });
  }

  async exportCsv(): Promise<void> {
    await this.act(async (code, token) => {
      const l = this.live!;
      if (LOCALE === 'nl') {
        downloadBlob(await api.exportCsv(this.f, code, token), `live-sessie-${l.region}-${code}.csv`);
        return;
      }
      // The server writes Dutch: another language builds its CSV here from the JSON export.
      const data = await api.exportJson(this.f, code, token);
      downloadText(localVotesCsv(data), exportName(data, 'csv'), CSV_MIME);
    });
  }

  /** The PDF of the tallies and the rated scenarios (jsPDF loads only now). */
  async exportPdf(criteria: RoomCriteria | null): Promise<void> {
    await this.act(async (code, token) => {
      const [data, { sessionPdf }, { svgToPng }] = await Promise.all([
        api.exportJson(this.f, code, token),
        import('./pdf'),
        import('./map-image')
      ]);
      const maps: Record<string, string | null> = {};
      for (const s of data.session.scenarios) maps[s.id] = await svgToPng(s.mapUrl).catch(() => null);
      const doc = sessionPdf({ data, date: new Date(), maps, criteria });
      downloadBlob(doc.output('blob'), exportName(data, 'pdf'));
    });
  }

  /** Ends the session: the server deletes it and its votes; the workshop stays as it is. */
  async end(): Promise<void> {
    const ok = await this.act(async (code, token) => {
      try {
        await api.deleteSession(this.f, code, token);
      } catch (e) {
        // Already gone on the server: ending it here is what was asked.
        if (!(e instanceof api.LiveRequestError && (e.status === 404 || e.status === 410))) throw e;
      }
      return true;
    });
    if (!ok) return;
    this.stop();
    this.forget();
    liveEnded(this.store);
  }

  /** Stops following the stream (the page closes); the session keeps running on the server. */
  stop(): void {
    this.stream?.stop();
    this.stream = null;
  }
}
