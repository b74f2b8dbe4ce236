import { error } from '@sveltejs/kit';
import type { ManifestRegion } from '$lib/engine/geodata/schema';
import { loadRegionData, RegionLoadError } from '$lib/worker/region-data';
import type { PageLoad } from './$types';

/** Loads the region's binary bundle (see region-data.ts) and the region list for the switch. */
export const load: PageLoad = async ({ fetch, params }) => {
  // The switch is a convenience: without the list the page still works.
  const regions = fetch('/api/regions')
    .then((res) => (res.ok ? (res.json() as Promise<ManifestRegion[]>) : null))
    .catch(() => null);
  try {
    const { bundle, bytes, url } = await loadRegionData(fetch, params.region, regions);
    return { bundle, bytes, url, regions: (await regions) ?? [] };
  } catch (e) {
    if (e instanceof RegionLoadError) error(e.status, e.message);
    throw e;
  }
};
