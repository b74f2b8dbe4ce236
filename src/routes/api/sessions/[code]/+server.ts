import { liveService } from '$lib/server/live';
import { codeParam } from '$lib/server/live/params';
import { auth, liveJson, withLive } from '$lib/server/live/respond';
import type { RequestHandler } from './$types';

/** GET: the session as participants see it (questions, scenarios for rating). 404 unknown, 410 expired. */
export const GET: RequestHandler = withLive(async ({ params }) =>
  liveJson(await liveService().get(codeParam(params.code)))
);

/** DELETE (facilitator): ends the session and deletes its votes. */
export const DELETE: RequestHandler = withLive(async ({ params, request }) => {
  await liveService().remove(codeParam(params.code), auth(request));
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});
