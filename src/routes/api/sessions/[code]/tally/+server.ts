import { liveService } from '$lib/server/live';
import { codeParam } from '$lib/server/live/params';
import { auth, liveJson, withLive } from '$lib/server/live/respond';
import type { RequestHandler } from './$types';

/** GET with Authorization: Bearer <facilitatorToken> -> the tally from the database. 401 / 403 without. */
export const GET: RequestHandler = withLive(async ({ params, request }) =>
  liveJson(await liveService().tally(codeParam(params.code), auth(request)))
);
