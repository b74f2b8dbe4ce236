import { liveService } from '$lib/server/live';
import { codeParam } from '$lib/server/live/params';
import { auth, withLive } from '$lib/server/live/respond';
import type { RequestHandler } from './$types';

/**
 * GET -> text/event-stream: `session` and `tally` events with `id: <version>`, `ping` every 15 s, `gone` when
 * the session ends. With the facilitator's token the full tally, else the counts only. Resumes from
 * `Last-Event-ID` (header, or `?lastEventId=` for clients that cannot set it).
 */
export const GET: RequestHandler = withLive(async ({ params, request, url }) => {
  const code = codeParam(params.code);
  const raw = request.headers.get('last-event-id') ?? url.searchParams.get('lastEventId');
  const last = raw !== null && /^\d{1,15}$/.test(raw.trim()) ? Number(raw) : null;
  const stream = await liveService().events(code, auth(request), last);
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      connection: 'keep-alive'
    }
  });
});
