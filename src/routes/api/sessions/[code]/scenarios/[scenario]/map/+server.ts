import { gzipSync } from 'node:zlib';
import { API_TEXT } from '$lib/live/live-text';
import { liveService } from '$lib/server/live';
import { codeParam, idParam } from '$lib/server/live/params';
import { withLive } from '$lib/server/live/respond';
import type { RequestHandler } from './$types';

/** GET: the scenario's phone map (image/svg+xml), gzipped when accepted. A scenario's map never changes. */
export const GET: RequestHandler = withLive(async ({ params, request }) => {
  const code = codeParam(params.code);
  const svg = await liveService().scenarioMap(code, idParam(params.scenario, API_TEXT.unknownScenario));
  const headers: Record<string, string> = {
    'content-type': 'image/svg+xml; charset=utf-8',
    'cache-control': 'private, max-age=3600',
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding'
  };
  if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
    return new Response(new Uint8Array(gzipSync(svg)), {
      headers: { ...headers, 'content-encoding': 'gzip' }
    });
  }
  return new Response(svg, { headers });
});
