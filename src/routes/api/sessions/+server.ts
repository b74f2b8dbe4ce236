import { readJsonBody } from '$lib/server/http';
import { liveService } from '$lib/server/live';
import { liveJson, withLive } from '$lib/server/live/respond';
import type { RequestHandler } from './$types';

/** POST { region, sector } -> 201 { code, facilitatorToken, url, expiresAt }: a new live session. */
export const POST: RequestHandler = withLive(async ({ request, url }) => {
  const body = await readJsonBody(request, 2048);
  const created = await liveService().create(body, url.origin);
  const res = liveJson(created, 201);
  res.headers.set('location', `/api/sessions/${created.code}`);
  return res;
});
