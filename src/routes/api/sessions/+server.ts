import { readJsonBody } from '$lib/server/http';
import { liveService } from '$lib/server/live';
import { liveJson, withLive } from '$lib/server/live/respond';
import type { RequestHandler } from './$types';

/**
 * POST { region, sector } -> 201 { code, facilitatorToken, url, expiresAt }: a new live session. The link's
 * origin is TRANSITIEATLAS_PUBLIC_URL, else the facilitator page's own (the Origin header: how its browser reached
 * this server), else the server's idea of its URL.
 */
export const POST: RequestHandler = withLive(async ({ request, url }) => {
  const body = await readJsonBody(request, 2048);
  const origin = request.headers.get('origin');
  const created = await liveService().create(
    body,
    origin && /^https?:\/\/[^/]+$/.test(origin) ? origin : url.origin
  );
  const res = liveJson(created, 201);
  res.headers.set('location', `/api/sessions/${created.code}`);
  return res;
});
