import type { Edit, EngineSector, Parameters, Report } from '$lib/engine/types';
import type { YearOptions, YearReport } from '$lib/engine';
import type {
  EngineFailure,
  EvaluateReply,
  ReportReply,
  WorkerReply,
  WorkerRequest,
  YearsReply,
  YearReportReply
} from './protocol';
import type { DemandInput, FacilityInput, SectorId } from '$lib/engine/types';
import type { SectorPreset } from '$lib/sectors';
import type { DemandSetReply, FacilitiesSetReply } from './sector-sets';

export class EngineError extends Error {
  constructor(readonly failure: EngineFailure) {
    super(failure.message);
  }
}

/** A superseded request: a newer evaluation was asked for before this one came back. */
export class Superseded extends Error {}

/**
 * Small typed client for the engine worker. `evaluate` is latest-wins: when the user clicks faster than the
 * engine answers, older pending evaluations resolve with `Superseded` so only the newest result is drawn.
 */
export class EngineClient {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
  private latestEvaluate = 0;
  private latestYears = 0;

  constructor() {
    this.worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const msg = event.data;
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.type === 'error') p.reject(new EngineError(msg.error));
      else p.resolve(msg);
    };
    this.worker.onerror = (event) => {
      const err = new EngineError({ message: `Rekenkern gestopt: ${event.message}`, editIndex: null });
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
  }

  private request(req: WorkerRequest, transfer: Transferable[] = []): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.pending.set(req.id, { resolve, reject });
      this.worker.postMessage(req, transfer);
    });
  }

  /**
   * Hands a binary region bundle to the worker, which decodes and validates it (RegionData.bytes). The worker
   * gets a copy: the page keeps reading its own bytes (the postcode areas are decoded when first read).
   */
  async load(bytes: ArrayBuffer, where: string): Promise<void> {
    const copy = bytes.slice(0);
    await this.request({ type: 'load', id: this.nextId++, bytes: copy, where }, [copy]);
  }

  async evaluate(
    sector: EngineSector,
    parameters: Parameters,
    edits: readonly Edit[]
  ): Promise<EvaluateReply> {
    const id = this.nextId++;
    this.latestEvaluate = id;
    const reply = await this.request({
      type: 'evaluate',
      id,
      sector,
      parameters: { ...parameters },
      edits: edits.map((e) => ({ ...e }))
    });
    if (id !== this.latestEvaluate) throw new Superseded();
    return reply as EvaluateReply;
  }

  /**
   * The baseline (no edits) of a sector and parameter set, e.g. for the change against the baseline. Not
   * latest-wins: it never supersedes, and is never superseded by, the scenario evaluations.
   */
  async evaluateBaseline(sector: EngineSector, parameters: Parameters): Promise<EvaluateReply> {
    const reply = await this.request({
      type: 'evaluate',
      id: this.nextId++,
      sector,
      parameters: { ...parameters },
      edits: []
    });
    return reply as EvaluateReply;
  }

  /** The full report (the CLI's JSON shape) for exports; not latest-wins. */
  async report(sector: EngineSector, parameters: Parameters, edits: readonly Edit[]): Promise<Report> {
    const reply = await this.request({
      type: 'report',
      id: this.nextId++,
      sector,
      parameters: { ...parameters },
      edits: edits.map((e) => ({ ...e }))
    });
    return (reply as ReportReply).report;
  }

  /**
   * Use imported facilities (an ok ImportReport's `facilities`) and/or an edited preset for a sector from now on,
   * or with `null` go back to the bundle's facilities and the built-in preset. Rejects with EngineError when the
   * set cannot be evaluated (nothing is changed then). Not latest-wins.
   */
  async setFacilities(
    sector: SectorId,
    facilities: readonly FacilityInput[] | null,
    preset?: SectorPreset | null
  ): Promise<FacilitiesSetReply> {
    const reply = await this.request({
      type: 'setFacilities',
      id: this.nextId++,
      sector,
      facilities: facilities ? facilities.map((f) => ({ ...f })) : null,
      preset: preset ?? null
    });
    return reply as FacilitiesSetReply;
  }

  /**
   * Use imported demand units (an ok DemandReport's `units`) instead of the CBS estimate for every sector of the
   * loaded region, or with `null` go back to the CBS estimate. Resolves with the source, unit count and
   * inhabitants now in use; rejects with EngineError when the units cannot be evaluated (nothing is changed then).
   * Not latest-wins.
   */
  async setDemand(units: readonly DemandInput[] | null): Promise<DemandSetReply> {
    const reply = await this.request({
      type: 'setDemand',
      id: this.nextId++,
      units: units ? units.map((u) => ({ ...u, ages: u.ages ? { ...u.ages } : u.ages })) : null
    });
    return reply as DemandSetReply;
  }

  /**
   * The year series of the baseline and of the edit list (po and vo). Latest-wins among `years` requests only:
   * an older pending one rejects with `Superseded`.
   */
  async years(
    sector: EngineSector,
    parameters: Parameters,
    edits: readonly Edit[],
    options: YearOptions
  ): Promise<YearsReply> {
    const id = this.nextId++;
    this.latestYears = id;
    const reply = await this.request({
      type: 'years',
      id,
      sector,
      parameters: { ...parameters },
      edits: edits.map((e) => ({ ...e })),
      options: structuredClone(options)
    });
    if (id !== this.latestYears) throw new Superseded();
    return reply as YearsReply;
  }

  /** The report of one year (the CLI's `--year` JSON), for exports; po and vo only. Not latest-wins. */
  async yearReport(
    sector: EngineSector,
    parameters: Parameters,
    edits: readonly Edit[],
    year: number,
    options: YearOptions
  ): Promise<YearReport> {
    const reply = await this.request({
      type: 'yearReport',
      id: this.nextId++,
      sector,
      parameters: { ...parameters },
      edits: edits.map((e) => ({ ...e })),
      year,
      options: structuredClone(options)
    });
    return (reply as YearReportReply).report;
  }

  destroy(): void {
    this.worker.terminate();
    this.pending.clear();
  }
}
