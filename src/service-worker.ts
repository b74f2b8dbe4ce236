/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline use (a village hall without internet): after one visit the atlas of the regions opened on this device
 * opens and works without any network. Registered by src/lib/offline/register.ts once the first map is on screen.
 *
 *   - the app's files (JavaScript, CSS, examples): kept at install, served from the cache (their names change
 *     with their content);
 *   - a region's binary bundle (/api/regions/<id>/bundle.<hash>.bin): kept on first use, served from the cache,
 *     older versions of the same region removed;
 *   - pages (/, /atlas/<id>, /compare/<id>) and the region list: from the network, the kept copy when the network
 *     fails or takes longer than NETWORK_WAIT_MS (bad internet);
 *   - everything else under /api/ (saving and sharing scenarios, live sessions and their event streams), every
 *     request other than GET and every other request is never touched: it goes to the network as if there were
 *     no service worker. The rule is one tested function: src/lib/offline/sw-routes.ts.
 */
import { build, files } from '$service-worker';
import {
  BUNDLE_PATH as BUNDLE,
  PAGE_PATH as PAGE,
  REGION_LIST_PATH,
  KEPT_HEADER,
  swRoute
} from '$lib/offline/sw-routes';

const sw = self as unknown as ServiceWorkerGlobalScope;

const SHELL = 'atlas-shell';
const PAGES = 'atlas-pages';
const REGIONS = 'atlas-regions';
const ASSETS = new Set([...build, ...files]);
const NETWORK_WAIT_MS = 4000;

/**
 * The files the workers load themselves (their chunks: proj4 for a new location, HiGHS' WebAssembly for the
 * optimiser), which SvelteKit's build list leaves out: found in the cached worker files, relative to them.
 */
async function workerFiles(shell: Cache, fetchMissing: boolean): Promise<string[]> {
  const found = new Set<string>();
  const queue = [...ASSETS].filter((p) => p.includes('/_app/immutable/workers/') && p.endsWith('.js'));
  while (queue.length) {
    const path = queue.pop() as string;
    const text = await (await shell.match(path))?.text();
    if (!text) continue;
    for (const [, ref] of text.matchAll(/[`'"]((?:\.\/)?(?:chunks|assets)\/[\w.-]+\.(?:js|wasm))[`'"]/g)) {
      const file = new URL(ref, sw.location.origin + path).pathname;
      if (ASSETS.has(file) || found.has(file)) continue;
      found.add(file);
      if (fetchMissing && !(await shell.match(file))) await shell.add(file);
      if (file.endsWith('.js')) queue.push(file);
    }
  }
  return [...found];
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL);
      const kept = new Set((await shell.keys()).map((r) => new URL(r.url).pathname));
      await shell.addAll([...ASSETS].filter((a) => !kept.has(a)));
      await workerFiles(shell, true);
      // Kept pages refer to the files of the build they came with, which go at activation: fetch them again for
      // this build, and forget a page that cannot be fetched now (it is kept again on its next visit).
      const pages = await caches.open(PAGES);
      for (const request of await pages.keys()) {
        const response = await fetch(request.url, { cache: 'no-store' }).catch(() => null);
        if (response?.ok) await pages.put(request, response);
        else await pages.delete(request);
      }
    })()
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Files of earlier builds go (no page of theirs is open: this worker waits until they are closed).
      const shell = await caches.open(SHELL);
      const current = new Set([...ASSETS, ...(await workerFiles(shell, false))]);
      for (const request of await shell.keys())
        if (!current.has(new URL(request.url).pathname)) await shell.delete(request);
      await sw.clients.claim();
    })()
  );
});

async function cacheFirst(cacheName: string, request: Request, onStore?: (c: Cache) => Promise<void>) {
  const cache = await caches.open(cacheName);
  // The kept body is the same whatever the Accept-Encoding (the server's Vary) of the request.
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    await onStore?.(cache);
    await cache.put(request, response.clone());
  }
  return response;
}

/**
 * The network's answer, or the kept copy when the network fails or is slow; the newest answer is kept (also when
 * it comes after the kept copy was shown: `event.waitUntil` keeps the worker alive for it).
 */
async function networkFirst(event: FetchEvent, cacheName: string, key: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  let failed = false;
  const network = fetch(event.request).then(async (response) => {
    if (response.ok) await cache.put(key, response.clone());
    else if (response.status >= 500) failed = true;
    return response;
  });
  event.waitUntil(network.catch(() => (failed = true)));
  const kept = await cache.match(key);
  if (!kept) return network;
  const slow = new Promise<null>((resolve) => setTimeout(() => resolve(null), NETWORK_WAIT_MS));
  const first = await Promise.race([network.catch(() => null), slow]);
  if (first && first.status < 500) return first;
  // The kept copy, marked when the server was out of reach (the page's "offline" badge reads it).
  if (!failed) return kept;
  const headers = new Headers(kept.headers);
  headers.set(KEPT_HEADER, 'unreachable');
  return new Response(kept.body, { status: kept.status, statusText: kept.statusText, headers });
}

/** Removes the kept bundles of a region other than `path` (a rebuild gave it a new hash). */
function dropOtherVersions(path: string) {
  const region = BUNDLE.exec(path)?.[1];
  return async (cache: Cache) => {
    for (const request of await cache.keys()) {
      const other = new URL(request.url).pathname;
      if (other !== path && BUNDLE.exec(other)?.[1] === region) await cache.delete(request);
    }
  };
}

// Which requests are answered here, and which never are (saving, sharing, live sessions): src/lib/offline/sw-routes.ts.
sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const route = swRoute({
    method: request.method,
    url: request.url,
    origin: sw.location.origin,
    mode: request.mode,
    accept: request.headers.get('accept'),
    isAsset: (path) => ASSETS.has(path)
  });
  if (!route) return;
  const url = new URL(request.url);
  const key = url.origin + url.pathname;
  if (route === 'region') event.respondWith(cacheFirst(REGIONS, request, dropOtherVersions(url.pathname)));
  else if (route === 'shell') event.respondWith(cacheFirst(SHELL, request));
  // One copy per page, whatever its query (the scenario in the link is read by the page itself).
  else event.respondWith(networkFirst(event, PAGES, key));
});

/** The page asks to keep what it uses (the first visit happens before this worker controls it). */
sw.addEventListener('message', (event) => {
  const data = event.data as { type?: string; urls?: unknown } | null;
  if (data?.type !== 'keep' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    (async () => {
      for (const raw of data.urls as unknown[]) {
        if (typeof raw !== 'string') continue;
        const url = new URL(raw, sw.location.origin);
        if (url.origin !== sw.location.origin) continue;
        const path = url.pathname;
        const request = new Request(url.origin + path);
        if (BUNDLE.test(path)) await cacheFirst(REGIONS, request, dropOtherVersions(path)).catch(() => null);
        else if (path === REGION_LIST_PATH || PAGE.test(path)) {
          const cache = await caches.open(PAGES);
          if (await cache.match(url.origin + path)) continue;
          const response = await fetch(request).catch(() => null);
          if (response?.ok) await cache.put(url.origin + path, response);
        }
      }
    })()
  );
});
