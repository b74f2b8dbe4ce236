import { error } from '@sveltejs/kit';
import type { ManifestRegion, RegionBundle } from '$lib/engine/geodata/schema';
import type { PageLoad } from './$types';

/** Loads the region bundle from the API (the server has validated it) and the region list for the switch. */
export const load: PageLoad = async ({ fetch, params }) => {
  const [res, list] = await Promise.all([
    fetch(`/api/regions/${encodeURIComponent(params.region)}`),
    fetch('/api/regions').catch(() => null)
  ]);
  if (res.status === 404) error(404, `Regio '${params.region}' bestaat niet`);
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    error(res.status, body?.error ?? `De regio '${params.region}' kon niet worden geladen.`);
  }
  // The switch is a convenience: without the list the page still works.
  const regions: ManifestRegion[] = list?.ok ? await list.json().catch(() => []) : [];
  return { bundle: (await res.json()) as RegionBundle, regions };
};
