/**
 * The region as the workshop screen shows it: the bundle with the user's imported data in it. Imported facilities
 * of a sector (sport, zorg, welzijn, or a replacement for the DUO schools) become that sector's facilities in the
 * bundle's own shape, placed in a municipality and a woonplaats by the engine's rules (sector-input.ts), so the
 * map, the facility panel, the search and the exports read them exactly like the schools. The engine gets the
 * same files through the worker (LiveResults), so its facility ids and these agree.
 */
import type { Facility, RegionBundle, Sector } from '$lib/engine/geodata/schema';
import { importedDemandUnits } from '$lib/engine/demand-input';
import { sectorFacilities, sectorSetup } from '$lib/engine/sector-input';
import { getPreset, type SectorPreset } from '$lib/engine/sectors/presets';
import type { Datasets } from '$lib/state/store';

/** A facility type's Dutch label (the legend groups imported facilities by it). */
function typeLabel(preset: SectorPreset, type: string): string {
  return preset.facilityTypes.find((t) => t.id === type)?.label ?? type;
}

/**
 * The bundle with every imported facility set in place of its sector's own facilities, and an imported population
 * table in place of the CBS grid (the same units, order and polygons the engine evaluates). Returns the bundle
 * itself when nothing is imported. Never mutates the bundle.
 */
export function datasetBundle(bundle: RegionBundle, datasets: Datasets): RegionBundle {
  const sets = Object.values(datasets.facilities);
  const demand = datasets.demand ? importedDemandUnits(bundle, datasets.demand.units).units : bundle.demand;
  if (sets.length === 0) return demand === bundle.demand ? bundle : { ...bundle, demand };
  const replaced = new Set(sets.map((s) => s.sector));
  const facilities: Facility[] = bundle.facilities.filter((f) => !replaced.has(f.sector));
  for (const set of sets) {
    const preset = getPreset(set.sector);
    if (!preset) continue;
    const setup = sectorSetup(set.sector, undefined);
    const byId = new Map(set.facilities.map((g) => [g.id, g]));
    for (const f of sectorFacilities(bundle, setup, set.facilities)) {
      const { capacity: _capacity, ...rest } = f;
      facilities.push({
        ...rest,
        // Facility.sector is the bundle schema's school sectors; an imported sector id rides along in it.
        sector: set.sector as Sector,
        denomination: typeLabel(preset, f.type),
        postcode: byId.get(f.id)?.postcode ?? ''
      });
    }
  }
  return { ...bundle, facilities, demand };
}

export { regionCount } from './region-count';
