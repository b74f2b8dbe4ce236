import { readJsonBody } from '$lib/server/http';
import { liveService } from '$lib/server/live';
import { codeParam } from '$lib/server/live/params';
import { auth, liveJson, SMALL_BODY, withLive } from '$lib/server/live/respond';
import type { RequestHandler } from './$types';

/** POST (facilitator) { id, label, kind, min, max, step, unit?, options?, help?, open? } -> 201 the session. */
export const POST: RequestHandler = withLive(async ({ params, request }) => {
  const code = codeParam(params.code);
  const body = await readJsonBody(request, SMALL_BODY);
  return liveJson(await liveService().addQuestion(code, body, auth(request)), 201);
});
