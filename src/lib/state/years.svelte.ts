import type { YearOptions, YearSeries } from '$lib/engine';
import type { NormSet } from '$lib/engine/geodata/schema';
import type { Edit, EngineSector, Parameters } from '$lib/engine/types';
import { Superseded, type EngineClient } from '$lib/worker/client';
import type { YearInputs } from './store';

/**
 * The year series of the baseline and the shown scenario, asked from the worker once per edit list and
 * parameter set (the year slider itself computes nothing: it picks a year out of the series). Like the live
 * results, the series never enter the store.
 */

export interface YearSeriesPair {
  /** Grows with every published pair. */
  version: number;
  sector: EngineSector;
  facilityIds: readonly string[];
  /** The edit list the scenario series is for (the live result's `edits`, same identity). */
  edits: readonly Edit[];
  baseline: YearSeries;
  scenario: YearSeries;
}

/** The engine's YearOptions for the store's inputs and an optional replacing norm set. */
export function yearOptionsOf(inputs: YearInputs, norms: NormSet | null): YearOptions {
  return {
    prognosis: {
      birthTrend: inputs.birthTrend,
      migration: inputs.migration,
      ...(inputs.birthBand !== undefined ? { birthBand: inputs.birthBand } : {})
    },
    transport: { thresholdM: Math.round(inputs.transportKm * 1000) },
    ...(inputs.floor ? { floor: { ...inputs.floor } } : {}),
    ...(inputs.costs ? { costs: { ...inputs.costs } } : {}),
    ...(norms ? { norms } : {})
  };
}

export class YearResults {
  series = $state.raw<YearSeriesPair | null>(null);
  busy = $state(false);
  failure = $state<string | null>(null);
  private version = 0;
  private lastKey = '';
  private latestEdits: readonly Edit[] = [];

  constructor(private readonly engine: EngineClient) {}

  /** Asks for the series unless the same inputs were asked last. */
  update(
    sector: EngineSector,
    parameters: Parameters,
    edits: readonly Edit[],
    facilityIds: readonly string[],
    options: YearOptions
  ): void {
    const key = JSON.stringify([sector, parameters, edits, options]);
    // The same inputs in a new array (e.g. another scenario with the same edits): keep the series, take the
    // new identity, which the map and the figures compare against.
    this.latestEdits = edits;
    if (key === this.lastKey) {
      if (this.series && this.series.edits !== edits) this.series = { ...this.series, edits };
      return;
    }
    this.lastKey = key;
    this.busy = true;
    this.engine.years(sector, parameters, edits, options).then(
      (reply) => {
        this.series = {
          version: ++this.version,
          sector,
          facilityIds,
          edits: this.latestEdits,
          baseline: reply.baseline,
          scenario: reply.scenario
        };
        this.failure = null;
        this.busy = false;
      },
      (e: unknown) => {
        if (e instanceof Superseded) return;
        this.busy = false;
        this.lastKey = '';
        this.failure = e instanceof Error ? e.message : String(e);
      }
    );
  }
}
