import { readJsonBody } from '$lib/server/http';
import { API_TEXT } from '$lib/live/live-text';
import { liveService } from '$lib/server/live';
import { codeParam, idParam } from '$lib/server/live/params';
import { auth, liveJson, SMALL_BODY, withLive } from '$lib/server/live/respond';
import type { RequestHandler } from './$types';

/** PATCH (facilitator) { open: true|false } -> the session: opens or closes a question. */
export const PATCH: RequestHandler = withLive(async ({ params, request }) => {
  const code = codeParam(params.code);
  const question = idParam(params.question, API_TEXT.unknownQuestion);
  const body = await readJsonBody(request, SMALL_BODY);
  return liveJson(await liveService().setQuestionOpen(code, question, body, auth(request)));
});
