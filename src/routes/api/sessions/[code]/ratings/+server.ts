import { readJsonBody } from '$lib/server/http';
import { liveService } from '$lib/server/live';
import { codeParam } from '$lib/server/live/params';
import { liveJson, SMALL_BODY, withLive } from '$lib/server/live/respond';
import type { RequestHandler } from './$types';

/** POST { participant, scenario, value: 1..5 } -> 200 { ok, version, value } once stored (replaces). */
export const POST: RequestHandler = withLive(async ({ params, request }) => {
  const code = codeParam(params.code);
  const body = await readJsonBody(request, SMALL_BODY);
  return liveJson(await liveService().rate(code, body));
});
