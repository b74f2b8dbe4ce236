import { GeodataMissingError, readBundle, REGION_ID } from '$lib/server/bundles';
import { jsonError } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** One region bundle as stored (already validated), gzipped when the client accepts it. */
export const GET: RequestHandler = async ({ params, request }) => {
  const id = params.region;
  const unknown = () => jsonError(404, `Onbekende regio '${id.slice(0, 80)}'`);
  if (!REGION_ID.test(id)) return unknown();

  let bundle;
  try {
    bundle = await readBundle(id);
  } catch (e) {
    if (e instanceof GeodataMissingError) return jsonError(503, e.message);
    // A bundle that fails validation (BundleError names file and field) is a server fault, not the user's.
    console.error(e);
    return jsonError(500, `De regiodata van '${id}' zijn ongeldig. Voer 'npm run geodata' opnieuw uit.`);
  }
  if (!bundle) return unknown();

  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-cache',
    etag: bundle.etag,
    vary: 'accept-encoding'
  };
  if (request.headers.get('if-none-match') === bundle.etag)
    return new Response(null, { status: 304, headers });
  if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
    return new Response(new Uint8Array(bundle.gzip), { headers: { ...headers, 'content-encoding': 'gzip' } });
  }
  return new Response(bundle.json, { headers });
};
