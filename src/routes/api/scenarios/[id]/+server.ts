import { json } from '@sveltejs/kit';
import { jsonError, withErrors } from '$lib/server/http';
import { getScenario, SHARE_ID } from '$lib/server/scenarios';
import type { RequestHandler } from './$types';

/** One saved scenario: { id, url, region, sector, name, createdAt, editCount, file }. Saves never change. */
export const GET: RequestHandler = withErrors(async ({ params }) => {
  const notFound = () => jsonError(404, 'Scenario niet gevonden');
  if (!SHARE_ID.test(params.id)) return notFound();
  const saved = await getScenario(params.id);
  if (!saved) return notFound();
  return json(saved, { headers: { 'cache-control': 'private, max-age=86400, immutable' } });
});
