import { readJsonBody } from '$lib/server/http';
import { liveService } from '$lib/server/live';
import { codeParam } from '$lib/server/live/params';
import { liveJson, SMALL_BODY, withLive } from '$lib/server/live/respond';
import type { RequestHandler } from './$types';

/**
 * POST { participant, question, value } -> 200 { ok, version, value } once the answer is committed to the
 * database; answering again replaces the answer. 400 bad shape or type, 409 closed, 422 out of range or unknown
 * question, 429 too fast for this phone.
 */
export const POST: RequestHandler = withLive(async ({ params, request }) => {
  const code = codeParam(params.code);
  const body = await readJsonBody(request, SMALL_BODY);
  return liveJson(await liveService().vote(code, body));
});
