import { error } from '@sveltejs/kit';
import type { ManifestRegion } from '$lib/engine/geodata/schema';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
  const res = await fetch('/api/regions');
  const body = await res.json().catch(() => null);
  if (!res.ok) error(res.status, body?.error ?? 'De regio’s konden niet worden geladen.');
  return { regions: body as ManifestRegion[] };
};
