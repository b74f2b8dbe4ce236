import { readJsonBody } from '$lib/server/http';
import { API_TEXT } from '$lib/live/live-text';
import { liveService } from '$lib/server/live';
import { codeParam, idParam } from '$lib/server/live/params';
import { auth, liveJson, SMALL_BODY, withLive } from '$lib/server/live/respond';
import type { RequestHandler } from './$types';

/** PATCH (facilitator) { open: true|false } -> the session: opens or closes the rating of a scenario. */
export const PATCH: RequestHandler = withLive(async ({ params, request }) => {
  const code = codeParam(params.code);
  const scenario = idParam(params.scenario, API_TEXT.unknownScenario);
  const body = await readJsonBody(request, SMALL_BODY);
  return liveJson(await liveService().setScenarioOpen(code, scenario, body, auth(request)));
});
