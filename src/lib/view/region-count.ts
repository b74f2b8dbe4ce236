import type { RegionBundle } from '$lib/engine/geodata/schema';

/** Facilities of a sector in the (dataset) bundle that lie in the region, for the sector switch's counts. */
export function regionCount(bundle: RegionBundle, sector: string): number {
  let n = 0;
  for (const f of bundle.facilities) if (f.sector === sector && !f.context) n++;
  return n;
}
