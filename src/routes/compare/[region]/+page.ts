import { error } from '@sveltejs/kit';
import type { ManifestRegion } from '$lib/engine/geodata/schema';
import { loadRegionData, RegionLoadError } from '$lib/worker/region-data';
import { keepForOffline } from '$lib/offline/register';
import type { PageLoad } from './$types';

/** Loads the region's binary bundle (as the workshop page does); the pair comes from the URL and session. */
export const load: PageLoad = async ({ fetch, params }) => {
  const regions = fetch('/api/regions')
    .then((res) => (res.ok ? (res.json() as Promise<ManifestRegion[]>) : null))
    .catch(() => null);
  try {
    const { bundle, bytes, url } = await loadRegionData(fetch, params.region, regions);
    // Offline use: keep this page, its region data and the region list on this device.
    keepForOffline([location.pathname, url, '/api/regions']);
    return { bundle, bytes, url };
  } catch (e) {
    if (e instanceof RegionLoadError) error(e.status, e.message);
    throw e;
  }
};
