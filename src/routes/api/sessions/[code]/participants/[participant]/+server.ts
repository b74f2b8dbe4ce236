import { liveService } from '$lib/server/live';
import { codeParam } from '$lib/server/live/params';
import { liveJson, withLive } from '$lib/server/live/respond';
import type { RequestHandler } from './$types';

/** GET: a phone's own answers and ratings (after a reload); only who knows the participant id can ask. */
export const GET: RequestHandler = withLive(async ({ params }) =>
  liveJson(await liveService().own(codeParam(params.code), params.participant))
);
