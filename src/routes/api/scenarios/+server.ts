import { json } from '@sveltejs/kit';
import { HttpError, readJsonBody, withErrors } from '$lib/server/http';
import { listScenarios, MAX_LIST_LIMIT, REGION_ID, saveScenario, SHARE_ID } from '$lib/server/scenarios';
import type { RequestHandler } from './$types';

/**
 * POST: save a scenario file (optionally with a top-level "name") under a new share id -> 201 { id, url }.
 * GET ?ids=a,b[&region=x][&limit=n]: metadata of the given saves, newest first (a client's own saves).
 * GET without ids lists every save; the share ids are the only protection of a scenario, so that open listing
 * is off unless the operator sets TRANSITIEATLAS_PUBLIC_LIST=1 (e.g. for a workshop server).
 */
export const POST: RequestHandler = withErrors(async ({ request }) => {
  const body = await readJsonBody(request);
  const saved = await saveScenario(body);
  return json(saved, { status: 201, headers: { location: `/api/scenarios/${saved.id}` } });
});

const MAX_IDS = 100;

export const GET: RequestHandler = withErrors(async ({ url }) => {
  const q = url.searchParams;
  const region = q.get('region') ?? undefined;
  if (region !== undefined && !REGION_ID.test(region))
    throw new HttpError(400, `Ongeldige regio '${region}'`);

  let limit: number | undefined;
  const rawLimit = q.get('limit');
  if (rawLimit !== null) {
    limit = Number(rawLimit);
    if (!/^\d+$/.test(rawLimit) || limit < 1 || limit > MAX_LIST_LIMIT) {
      throw new HttpError(400, `limit moet een geheel getal van 1 tot en met ${MAX_LIST_LIMIT} zijn`);
    }
  }

  const rawIds = q.get('ids');
  let ids: string[] | undefined;
  if (rawIds !== null) {
    ids = rawIds.split(',').filter(Boolean);
    if (ids.length > MAX_IDS) throw new HttpError(400, `Hoogstens ${MAX_IDS} ids per verzoek`);
    const bad = ids.find((id) => !SHARE_ID.test(id));
    if (bad !== undefined) throw new HttpError(400, `Ongeldige id '${bad.slice(0, 100)}'`);
  } else if (process.env.TRANSITIEATLAS_PUBLIC_LIST !== '1') {
    throw new HttpError(403, "Het overzicht van alle gedeelde scenario's staat uit op deze server");
  }

  const scenarios = await listScenarios({ region, ids, limit });
  return json({ scenarios }, { headers: { 'cache-control': 'no-store' } });
});
