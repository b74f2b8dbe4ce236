import { error } from '@sveltejs/kit';
import type { RegionBundle } from '$lib/engine/geodata/schema';
import type { PageLoad } from './$types';

/** Loads the region bundle from the API (as the workshop page does); the pair comes from the URL and session. */
export const load: PageLoad = async ({ fetch, params }) => {
  const res = await fetch(`/api/regions/${encodeURIComponent(params.region)}`);
  if (res.status === 404) error(404, `Regio '${params.region}' bestaat niet`);
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    error(res.status, body?.error ?? `De regio '${params.region}' kon niet worden geladen.`);
  }
  return { bundle: (await res.json()) as RegionBundle };
};
