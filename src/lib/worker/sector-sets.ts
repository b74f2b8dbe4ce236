/**
 * Imported facilities and edited presets in the engine worker: the `setFacilities` request stores them per sector,
 * and every evaluator of that sector is rebuilt with them on its next request. Kept apart from engine.worker.ts so
 * it can be tested in Node; the worker only routes the message here.
 */
import { createEvaluator, DEFAULT_PARAMETERS, type Evaluator } from '../engine/index';
import type { RegionBundle } from '../engine/geodata/schema';
import type { EvaluatorOptions, FacilityInput, SectorId } from '../engine/types';
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

/** The evaluator cache key of the worker: sector, detour factor and context distance. */
export function evaluatorKey(
  sector: SectorId,
  parameters: { detourFactor: number; contextKm: number }
): string {
  return `${sector}|${parameters.detourFactor}|${parameters.contextKm}`;
}

export class SectorSets {
  private readonly sets = new Map<SectorId, EvaluatorOptions>();

  /** Options for createEvaluator of a sector (undefined: the bundle's facilities and the built-in preset). */
  options(sector: SectorId): EvaluatorOptions | undefined {
    return this.sets.get(sector);
  }

  clear(): void {
    this.sets.clear();
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
        ? createEvaluator(bundle, req.sector, DEFAULT_PARAMETERS, set ? options : undefined)
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
