/**
 * Which requests the service worker (src/service-worker.ts) answers, and how: one pure function, so the rule that
 * matters most (never touch saving, sharing or a live session) is tested without a browser.
 *
 *   - 'region': a region's binary bundle (content-hashed URL): from the cache, kept on first use;
 *   - 'list': the region list: the network, the kept copy without one;
 *   - 'shell': the app's own files (build output, static files): from the cache;
 *   - 'page': a page (/, /atlas/<id>, /compare/<id>) opened by navigation: the network, the kept copy without one;
 *   - null: not touched at all; the browser goes to the network as if there were no service worker. That is every
 *     other request: anything but GET (POST, PUT, DELETE: saves, votes), another origin, an event stream, and
 *     everything else under /api/ (/api/scenarios*, /api/sessions* with their Server-Sent Events, ...).
 */
export type SwRoute = 'region' | 'list' | 'shell' | 'page' | null;

/** `/api/regions/<id>/bundle.<hash>.bin`; group 1 is the region id. */
export const BUNDLE_PATH = /^\/api\/regions\/([a-z0-9-]+)\/bundle\.[0-9a-f]+\.bin$/;
/** The pages that work offline. */
export const PAGE_PATH = /^\/(?:(?:atlas|compare)\/[a-z0-9-]+\/?)?$/;
export const REGION_LIST_PATH = '/api/regions';
/** Set on a kept copy the worker answered with because the server was out of reach (value `unreachable`). */
export const KEPT_HEADER = 'x-transitieatlas-kept';

export interface SwRequest {
  method: string;
  /** The request's absolute URL. */
  url: string;
  /** The service worker's own origin. */
  origin: string;
  /** Request.mode ('navigate' for a page). */
  mode: string;
  /** The Accept header, if any. */
  accept: string | null;
  /** Is this path one of this build's own files (build + static, from $service-worker)? */
  isAsset: (path: string) => boolean;
}

export function swRoute(r: SwRequest): SwRoute {
  if (r.method !== 'GET') return null;
  const url = new URL(r.url);
  if (url.origin !== r.origin) return null;
  if (r.accept?.includes('text/event-stream')) return null;
  const path = url.pathname;
  if (BUNDLE_PATH.test(path)) return 'region';
  if (path === REGION_LIST_PATH) return 'list';
  if (path.startsWith('/api/')) return null;
  // Build output with a content hash in its name is safe to keep even when it is not in this build's list.
  if (r.isAsset(path) || path.startsWith('/_app/immutable/')) return 'shell';
  if (r.mode === 'navigate' && PAGE_PATH.test(path)) return 'page';
  return null;
}
