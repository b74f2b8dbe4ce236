import { error } from '@sveltejs/kit';
import type { ManifestRegion } from '$lib/engine/geodata/schema';
import { loadRegionData, RegionLoadError } from '$lib/worker/region-data';
import { keepForOffline } from '$lib/offline/register';
import { noteServerResponse } from '$lib/offline/connection';
import type { PageLoad } from './$types';

/** Loads the region's binary bundle (see region-data.ts) and the region list for the switch. */
export const load: PageLoad = async ({ fetch, params }) => {
  // The switch is a convenience: without the list the page still works.
  const regions = fetch('/api/regions')
    .then((res) => {
      noteServerResponse(res);
      return res.ok ? (res.json() as Promise<ManifestRegion[]>) : null;
    })
    .catch(() => {
      noteServerResponse(null);
      return null;
    });
  try {
    const { bundle, bytes, url } = await loadRegionData(fetch, params.region, regions);
    // Offline use: keep this page, its region data and the region list on this device.
    keepForOffline([location.pathname, url, '/api/regions']);
    return { bundle, bytes, url, regions: (await regions) ?? [] };
  } catch (e) {
    if (e instanceof RegionLoadError) error(e.status, e.message);
    throw e;
  }
};
