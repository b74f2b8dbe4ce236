import { GeodataMissingError, readBinaryBundle, REGION_ID } from '$lib/server/bundles';
import { jsonError } from '$lib/server/http';
import { binaryBundleUrl } from '$lib/worker/region-data';
import type { RequestHandler } from './$types';

/**
 * The binary bundle of a region (src/lib/engine/geodata/binary.ts) under its content hash: cached for a year and
 * never revalidated, sent as the precompressed brotli or gzip copy the client accepts. An outdated hash (a page
 * from before a rebuild) is redirected to the current file.
 */
export const GET: RequestHandler = async ({ params, request }) => {
  const id = params.region;
  const unknown = () => jsonError(404, `Onbekende regio '${id.slice(0, 80)}'`);
  if (!REGION_ID.test(id)) return unknown();

  let bundle;
  try {
    bundle = await readBinaryBundle(id);
  } catch (e) {
    if (e instanceof GeodataMissingError) return jsonError(503, e.message);
    console.error(e);
    return jsonError(500, `De regiodata van '${id}' zijn ongeldig. Voer 'npm run geodata' opnieuw uit.`);
  }
  if (!bundle) return unknown();
  if (params.hash !== bundle.hash) {
    return new Response(null, {
      status: 307,
      headers: { location: binaryBundleUrl(id, bundle.hash), 'cache-control': 'no-store' }
    });
  }

  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    'cache-control': 'public, max-age=31536000, immutable',
    etag: `"${bundle.hash}"`,
    vary: 'accept-encoding'
  };
  if (request.headers.get('if-none-match') === headers.etag)
    return new Response(null, { status: 304, headers });
  const accepts = request.headers.get('accept-encoding') ?? '';
  const [body, encoding] = /\bbr\b/.test(accepts)
    ? [bundle.brotli, 'br']
    : /\bgzip\b/.test(accepts)
      ? [bundle.gzip, 'gzip']
      : [bundle.raw, null];
  if (encoding) headers['content-encoding'] = encoding;
  headers['content-length'] = String(body.byteLength);
  // A view on the cached buffer, not a copy.
  return new Response(
    new Uint8Array(body.buffer, body.byteOffset, body.byteLength) as Uint8Array<ArrayBuffer>,
    {
      headers
    }
  );
};
