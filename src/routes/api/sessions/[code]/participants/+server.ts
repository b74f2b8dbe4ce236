import { readJsonBody } from '$lib/server/http';
import { liveService } from '$lib/server/live';
import { codeParam } from '$lib/server/live/params';
import { liveJson, SMALL_BODY, withLive } from '$lib/server/live/respond';
import type { RequestHandler } from './$types';

/** POST { participant, nickname? }: a phone opened the session (counts once per participant id). */
export const POST: RequestHandler = withLive(async ({ params, request }) => {
  const code = codeParam(params.code);
  const body = await readJsonBody(request, SMALL_BODY);
  return liveJson(await liveService().join(code, body));
});
