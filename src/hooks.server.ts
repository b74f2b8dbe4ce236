/**
 * Every page and API response of the server passes here: the security headers of security-policy.js on all of
 * them, and on a region's page (/atlas/<id>, /compare/<id>) a preload of the region's binary bundle in the head,
 * so its download starts with the page instead of after the JavaScript. Static files get the same headers from
 * server.js (npm start). `init` opens and migrates the storage (SQLite, or PostgreSQL with DATABASE_URL) before
 * the first request and exits with one clear line when it cannot.
 */
import { building, dev } from '$app/environment';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { readManifest, REGION_ID } from '$lib/server/bundles';
import { startServer } from '$lib/server/lifecycle';
import { withSecurityHeaders } from '$lib/server/security-headers';
import { regionBundleUrl } from '$lib/worker/region-data';

/** Opens and migrates the storage before the first request; exits with one clear line when it cannot. */
export const init: ServerInit = async () => {
  if (!building) await startServer({ handleSignals: !dev });
};

const REGION_PAGE = /^\/(?:atlas|compare)\/([^/]+)\/?$/;

async function preloadTag(id: string): Promise<string> {
  if (!REGION_ID.test(id)) return '';
  try {
    const url = regionBundleUrl((await readManifest()).regions, id);
    // `as="fetch"` with crossorigin matches the page's own fetch() of the same URL.
    return url
      ? `<link rel="preload" href="${url}" as="fetch" crossorigin="anonymous" data-region="${id}">`
      : '';
  } catch {
    return ''; // no region data yet: the page shows that itself
  }
}

export const handle: Handle = async ({ event, resolve }) => {
  const page = REGION_PAGE.exec(event.url.pathname);
  const tag = page ? await preloadTag(decodeURIComponent(page[1])) : '';
  const response = await resolve(
    event,
    tag ? { transformPageChunk: ({ html }) => html.replace('</head>', `${tag}</head>`) } : undefined
  );
  return withSecurityHeaders(response, process.env);
};
