import { json } from '@sveltejs/kit';
import { GeodataMissingError, readManifest, sortRegions } from '$lib/server/bundles';
import { jsonError } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The regions of the manifest, Achterhoek first. */
export const GET: RequestHandler = async () => {
  try {
    const manifest = await readManifest();
    return json(sortRegions(manifest.regions), { headers: { 'cache-control': 'no-cache' } });
  } catch (e) {
    if (e instanceof GeodataMissingError) return jsonError(503, e.message);
    throw e;
  }
};
