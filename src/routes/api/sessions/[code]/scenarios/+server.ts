import { readJsonBody } from '$lib/server/http';
import { liveService } from '$lib/server/live';
import { codeParam } from '$lib/server/live/params';
import { auth, liveJson, withLive } from '$lib/server/live/respond';
import type { RequestHandler } from './$types';

/**
 * POST (facilitator) a scenario file of the session's region with a top-level "name" (and "open", default
 * true) -> 201 { id, session }: evaluated on the server, put up for rating 1-5 with its map.
 */
export const POST: RequestHandler = withLive(async ({ params, request }) => {
  const code = codeParam(params.code);
  const body = await readJsonBody(request);
  return liveJson(await liveService().addScenario(code, body, auth(request)), 201);
});
