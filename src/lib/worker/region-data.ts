/**
 * A region's data in the page. The binary bundle (src/lib/engine/geodata/binary.ts) is fetched once from its
 * content-hashed URL, which the server announces in the page's head as a preload (hooks.server.ts), so the download
 * runs while the JavaScript loads. The page decodes what it draws (the postcode areas wait until something reads
 * them) and hands a copy of the bytes to the engine worker, which validates every record and prepares the engine.
 * The region list tells the URL after a navigation inside the app.
 */
import { decodeBundleBinary } from '$lib/engine/geodata/binary';
import { migrateBundle } from '$lib/engine/geodata/migrate';
import type { ManifestRegion, RegionBundle } from '$lib/engine/geodata/schema';

/** The part of a binary bundle's sha256 that goes into its URL. */
export const binaryHash = (sha256: string): string => sha256.slice(0, 16);

/** `/api/regions/<id>/bundle.<hash>.bin`: never changes content, so it is cached for good. */
export function binaryBundleUrl(id: string, sha256: string): string {
  return `/api/regions/${encodeURIComponent(id)}/bundle.${binaryHash(sha256)}.bin`;
}

/** The URL of a region's binary bundle in the manifest's region list, or null (unknown region, old manifest). */
export function regionBundleUrl(regions: readonly ManifestRegion[] | null, id: string): string | null {
  const entry = regions?.find((r) => r.id === id);
  return entry?.binary ? binaryBundleUrl(id, entry.binary.sha256) : null;
}

/** The preload the server put in the page's head for this region, if any. */
function preloadedUrl(id: string): string | null {
  if (typeof document === 'undefined') return null;
  const link = document.querySelector<HTMLLinkElement>(
    `link[rel="preload"][data-region="${CSS.escape(id)}"]`
  );
  return link?.getAttribute('href') ?? null;
}

/**
 * The binary bundle URL of each region this page has opened: the optimiser's worker loads the same file (from
 * the browser's cache, or offline from the service worker) instead of the region's JSON.
 */
const openedUrls = new Map<string, string>();

/** The binary bundle URL this page loaded for `region`, if any. */
export function openedBundleUrl(region: string): string | null {
  return openedUrls.get(region) ?? null;
}

/** Why a region could not be opened: `status` is what the page shows (404 unknown, 503 unreachable, 500 broken). */
export class RegionLoadError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

export interface RegionData {
  bundle: RegionBundle;
  /** The file as downloaded: the engine worker gets a copy (EngineClient.load). */
  bytes: ArrayBuffer;
  url: string;
}

/**
 * Downloads and decodes a region. `regions` is the region list request the page makes anyway (for the switch);
 * it is only awaited when the page has no preload for the region.
 */
export async function loadRegionData(
  fetch: typeof globalThis.fetch,
  id: string,
  regions: Promise<ManifestRegion[] | null>
): Promise<RegionData> {
  let url = preloadedUrl(id);
  if (!url) {
    const list = await regions;
    url = regionBundleUrl(list, id);
    if (!url && list?.some((r) => r.id === id))
      throw new RegionLoadError(
        503,
        "De regiodata zijn van een oudere versie. Voer 'npm run geodata' opnieuw uit."
      );
    if (!url && list) throw new RegionLoadError(404, `Regio '${id}' bestaat niet`);
    if (!url) throw new RegionLoadError(503, offline(id));
  }
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new RegionLoadError(503, offline(id));
  }
  if (res.status === 404) throw new RegionLoadError(404, `Regio '${id}' bestaat niet`);
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    throw new RegionLoadError(res.status, body?.error ?? `De regio '${id}' kon niet worden geladen.`);
  }
  const bytes = await res.arrayBuffer();
  // The steps of the first map, for npm run bench:browser (performance marks cost next to nothing).
  performance.mark('atlas:bundle-received');
  try {
    const bundle = migrateBundle(
      decodeBundleBinary(bytes, url, { deferPostcodes: true }),
      url
    ) as RegionBundle;
    performance.mark('atlas:bundle-decoded');
    openedUrls.set(id, url);
    return { bundle, bytes, url };
  } catch (e) {
    console.error(e);
    throw new RegionLoadError(
      500,
      `De regiodata van '${id}' zijn ongeldig (${e instanceof Error ? e.message : e}). Voer 'npm run geodata' opnieuw uit.`
    );
  }
}

const offline = (id: string) =>
  `De regio '${id}' kon niet worden geladen: geen verbinding met de server, en deze regio is op dit apparaat nog niet eerder geopend.`;
