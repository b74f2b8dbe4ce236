/**
 * Responses of the live session routes: JSON that is never cached, and one error wrapper that adds a LiveError's
 * headers (Retry-After, WWW-Authenticate) to the JSON `{ error }` of http.ts.
 */
import { json } from '@sveltejs/kit';
import { errorResponse, jsonError } from '../http';
import { LiveError } from './storage';

/** Body limit of a participant's request (vote, rating, join): a few hundred bytes is plenty. */
export const SMALL_BODY = 4 * 1024;

export function liveJson(data: unknown, status = 200): Response {
  return json(data, { status, headers: { 'cache-control': 'no-store' } });
}

export function withLive<E extends { request: Request }>(
  handler: (event: E) => Promise<Response>
): (event: E) => Promise<Response> {
  return async (event) => {
    try {
      return await handler(event);
    } catch (e) {
      if (e instanceof LiveError) {
        const res = jsonError(e.status, e.message);
        for (const [k, v] of Object.entries(e.headers)) res.headers.set(k, v);
        return res;
      }
      return errorResponse(e, `${event.request.method} ${new URL(event.request.url).pathname}`);
    }
  };
}

/** The facilitator's Authorization header, or null. */
export const auth = (request: Request) => request.headers.get('authorization');
