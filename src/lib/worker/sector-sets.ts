/**
 * Imported facilities, edited presets and imported demand in the engine worker: the `setFacilities` request stores
 * facilities and preset per sector, `setDemand` one demand set for every sector of the region; the evaluators they
 * touch are rebuilt with them on their next request. Kept apart from engine.worker.ts so it can be tested in Node;
 * the worker only routes the messages here.
 */
import { createEvaluator, DEFAULT_PARAMETERS, importedDemandUnits, type Evaluator } from '../engine/index';
import type { RegionBundle } from '../engine/geodata/schema';
import type { DemandInput, DemandSource, EvaluatorOptions, FacilityInput, SectorId } from '../engine/types';
import type { SectorPreset } from '../sectors/presets';

/**
 * Store (or with `facilities: null` and no `preset`, drop) a sector's imported facilities and edited preset.
 * Apply only an ok ImportReport's facilities. The set holds until the next `load` (a new region clears it).
 */
export interface SetFacilitiesRequest {
  type: 'setFacilities';
  id: number;
  sector: SectorId;
  /** The facilities replacing the bundle's (e.g. `ImportReport.facilities`), or null for the bundle's own. */
  facilities: FacilityInput[] | null;
  /** The user's edited preset of the sector; absent or null: the built-in one. */
  preset?: SectorPreset | null;
}

export interface FacilitiesSetReply {
  type: 'facilitiesSet';
  id: number;
  sector: SectorId;
  /** The sector's facilities in index order as the engine holds them (region and context within 10 km). */
  facilityIds: string[];
}

/**
 * Use these demand units (e.g. an ok DemandReport's `units`) instead of the CBS estimate for every sector of the
 * loaded region, or with `units: null` go back to the CBS estimate. Holds until the next `load`.
 */
export interface SetDemandRequest {
  type: 'setDemand';
  id: number;
  units: DemandInput[] | null;
}

export interface DemandSetReply {
  type: 'demandSet';
  id: number;
  source: DemandSource;
  /** Demand units the engine now uses (imported units, or the bundle's grid cells). */
  units: number;
  /** Inhabitants over those units (imported totals, or the grid's T). */
  total: number;
}

/** The evaluator cache key of the worker: sector, detour factor, context distance and allocation rule. */
export function evaluatorKey(
  sector: SectorId,
  parameters: { detourFactor: number; contextKm: number; allocation?: string }
): string {
  return `${sector}|${parameters.detourFactor}|${parameters.contextKm}|${parameters.allocation ?? 'nearest'}`;
}

export class SectorSets {
  private readonly sets = new Map<SectorId, EvaluatorOptions>();
  private demand: DemandInput[] | null = null;

  /**
   * Options for createEvaluator of a sector: its facilities and preset plus the imported demand (undefined: the
   * bundle's facilities, the built-in preset and the CBS demand).
   */
  options(sector: SectorId): EvaluatorOptions | undefined {
    return this.with(this.sets.get(sector));
  }

  /** The imported demand units in use, or null for the CBS estimate. */
  demandUnits(): readonly DemandInput[] | null {
    return this.demand;
  }

  clear(): void {
    this.sets.clear();
    this.demand = null;
  }

  private with(
    options: EvaluatorOptions | undefined,
    demand: DemandInput[] | null = this.demand
  ): EvaluatorOptions | undefined {
    return demand ? { ...options, demand } : options;
  }

  /**
   * Check the demand by preparing one sector with it (po, else a sector with stored facilities; bad units or a
   * sector left without facilities throw, and nothing is changed then), store it for every sector and drop all
   * cached evaluators. Clearing (`units: null`) always works.
   */
  applyDemand(
    req: SetDemandRequest,
    bundle: RegionBundle,
    evaluators: Map<string, Evaluator<SectorId>>
  ): DemandSetReply {
    const units = req.units ? req.units.map((u) => ({ ...u })) : null;
    let probe: Evaluator<SectorId> | null = null;
    if (units) {
      const sector = bundle.facilities.some((f) => f.sector === 'po')
        ? 'po'
        : [...this.sets.keys()].find((k) => this.sets.get(k)!.facilities !== undefined);
      try {
        if (sector !== undefined) {
          probe = createEvaluator(
            bundle,
            sector,
            DEFAULT_PARAMETERS,
            this.with(this.sets.get(sector), units)
          );
        } else {
          importedDemandUnits(bundle, units); // no sector to evaluate yet: check the units alone
        }
      } catch (e) {
        // The engine's text names the unit (demand[i]) and the field; the page shows the whole line.
        throw new Error(
          `De eigen bevolkingsgegevens zijn niet overgenomen (er is niets veranderd): ${(e as Error).message}`,
          { cause: e }
        );
      }
    }
    this.demand = units;
    evaluators.clear();
    if (probe) evaluators.set(evaluatorKey(probe.prepared.sector, DEFAULT_PARAMETERS), probe);
    return {
      type: 'demandSet',
      id: req.id,
      source: units ? 'import' : 'cbs',
      units: units ? units.length : bundle.demand.length,
      total: units ? units.reduce((s, u) => s + u.total, 0) : bundle.demand.reduce((s, u) => s + u.T, 0)
    };
  }

  /**
   * Check the set by preparing the sector once (a bad preset, bad facilities or none near the region throw, and
   * nothing is changed then), store it and drop the sector's cached evaluators. Clearing (no facilities, no
   * preset) always works; the reply then lists the bundle's facilities of the sector (none for sport).
   */
  apply(
    req: SetFacilitiesRequest,
    bundle: RegionBundle,
    evaluators: Map<string, Evaluator<SectorId>>
  ): FacilitiesSetReply {
    const options: EvaluatorOptions = {};
    if (req.facilities) options.facilities = req.facilities;
    if (req.preset) options.preset = req.preset;
    const set = options.facilities !== undefined || options.preset !== undefined;
    const hasOwn = bundle.facilities.some((f) => f.sector === req.sector);
    const probe =
      set || hasOwn
        ? createEvaluator(bundle, req.sector, DEFAULT_PARAMETERS, this.with(set ? options : undefined))
        : null;
    if (set) this.sets.set(req.sector, options);
    else this.sets.delete(req.sector);
    for (const key of [...evaluators.keys()]) {
      if (key.startsWith(`${req.sector}|`)) evaluators.delete(key);
    }
    if (probe) evaluators.set(evaluatorKey(req.sector, DEFAULT_PARAMETERS), probe);
    return {
      type: 'facilitiesSet',
      id: req.id,
      sector: req.sector,
      facilityIds: probe ? [...probe.facilityIds] : []
    };
  }
}
