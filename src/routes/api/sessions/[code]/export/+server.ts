import { API_TEXT } from '$lib/live/live-text';
import { exportName, votesCsv } from '$lib/live/export';
import { liveService } from '$lib/server/live';
import { codeParam } from '$lib/server/live/params';
import { auth, liveJson, withLive } from '$lib/server/live/respond';
import { LiveError } from '$lib/server/live/storage';
import type { RequestHandler } from './$types';

/**
 * GET ?format=json|csv (facilitator): every answer and rating with the session and its tally (JSON), or the
 * answers as CSV for Dutch Excel (`;`, `&dialect=plain` for `,`). Also after expiry, until the session is deleted.
 */
export const GET: RequestHandler = withLive(async ({ params, request, url }) => {
  const format = url.searchParams.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new LiveError(400, API_TEXT.format);
  const data = await liveService().export(codeParam(params.code), auth(request));
  if (format === 'json') {
    const res = liveJson(data);
    res.headers.set('content-disposition', `attachment; filename="${exportName(data, 'json')}"`);
    return res;
  }
  const dialect = url.searchParams.get('dialect') === 'plain' ? 'plain' : 'nl';
  return new Response(votesCsv(data, dialect), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${exportName(data, 'csv')}"`,
      'cache-control': 'no-store'
    }
  });
});
