/**
 * Reading the generated region bundles from disk (server only).
 *
 * The bundles are built by `npm run geodata` into `<repo>/geodata` (override with TRANSITIEATLAS_GEODATA). The
 * production server is started from the repository root (`node server.js`), so relative paths resolve from
 * process.cwd(). A bundle is validated once and kept in memory as the raw JSON text plus its gzip, so a request
 * costs no parsing; the cache is refreshed when the file's mtime or size changes (a rebuild while running).
 * The binary bundle (what the app downloads) is served from its precompressed copies under a content-hashed URL.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { validateBundle } from '$lib/engine/geodata/validate';
import { migrateBundle } from '$lib/engine/geodata/migrate';
import { readContainer } from '$lib/engine/geodata/binary-columns';
import { BUNDLE_SCHEMA_VERSION, type Manifest, type ManifestRegion } from '$lib/engine/geodata/schema';
import { binaryHash } from '$lib/worker/region-data';

/** Region ids are lowercase slugs (`achterhoek`, `oost-groningen`); anything else never reaches the filesystem. */
export const REGION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The region shown first and preselected. */
export const DEFAULT_REGION = 'achterhoek';

/** Bundles are missing or unreadable: the operator has to run the geodata build. */
export class GeodataMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GeodataMissingError';
  }
}

export function geodataDir(): string {
  return resolve(process.cwd(), process.env.TRANSITIEATLAS_GEODATA || 'geodata');
}

interface FileStamp {
  mtimeMs: number;
  size: number;
}

async function stamp(path: string): Promise<FileStamp | null> {
  try {
    const s = await stat(path);
    return { mtimeMs: s.mtimeMs, size: s.size };
  } catch {
    return null;
  }
}

const sameStamp = (a: FileStamp, b: FileStamp) => a.mtimeMs === b.mtimeMs && a.size === b.size;

let manifestCache: { path: string; stamp: FileStamp; manifest: Manifest } | null = null;

/** The manifest, or GeodataMissingError when `npm run geodata` has not run yet. */
export async function readManifest(): Promise<Manifest> {
  const path = join(geodataDir(), 'manifest.json');
  const s = await stamp(path);
  if (!s) {
    console.error(`geodata: ${path} not found`);
    throw new GeodataMissingError(
      "Er zijn nog geen regiodata op de server. Voer eerst 'npm run geodata' uit."
    );
  }
  if (manifestCache && manifestCache.path === path && sameStamp(manifestCache.stamp, s)) {
    return manifestCache.manifest;
  }
  let manifest: Manifest | null = null;
  try {
    manifest = JSON.parse(await readFile(path, 'utf8')) as Manifest;
  } catch {
    // Unreadable or half written (a geodata build in progress): handled below like a broken manifest.
  }
  if (!manifest || !Array.isArray(manifest.regions)) {
    console.error(`geodata: ${path} has no regions list`);
    throw new GeodataMissingError(
      "Het overzicht van de regiodata is ongeldig. Voer 'npm run geodata' opnieuw uit."
    );
  }
  manifestCache = { path, stamp: s, manifest };
  return manifest;
}

/** Achterhoek (the default) first, then by Dutch name. */
export function sortRegions(regions: readonly ManifestRegion[]): ManifestRegion[] {
  return [...regions].sort(
    (a, b) =>
      Number(b.id === DEFAULT_REGION) - Number(a.id === DEFAULT_REGION) || a.name.localeCompare(b.name, 'nl')
  );
}

export interface CachedBundle {
  json: string;
  gzip: Buffer;
  /** Strong validator for conditional requests. */
  etag: string;
}

const bundleCache = new Map<string, { path: string; stamp: FileStamp; bundle: CachedBundle }>();

/**
 * The validated bundle of a region, or null when the manifest does not list the id.
 * Throws GeodataMissingError when the manifest or the bundle file is missing.
 */
export async function readBundle(id: string): Promise<CachedBundle | null> {
  if (!REGION_ID.test(id)) return null;
  const manifest = await readManifest();
  const entry = manifest.regions.find((r) => r.id === id);
  if (!entry) return null;

  const path = join(geodataDir(), entry.file || `bundles/${id}.json`);
  const s = await stamp(path);
  if (!s) {
    console.error(`geodata: ${path} not found`);
    throw new GeodataMissingError(`De regiodata van '${id}' ontbreken. Voer 'npm run geodata' uit.`);
  }
  const hit = bundleCache.get(id);
  if (hit && hit.path === path && sameStamp(hit.stamp, s)) return hit.bundle;

  const text = await readFile(path, 'utf8');
  const raw: unknown = JSON.parse(text);
  // Throws BundleError with the file name and the offending field: a broken bundle is a server error (500).
  const data = migrateBundle(raw, path);
  const bundle = validateBundle(data, path);
  // Serve the file as written unless a migration produced a new object.
  const json = data === raw ? text : JSON.stringify(bundle);
  const cached: CachedBundle = {
    json,
    gzip: gzipSync(json, { level: 6 }),
    etag: `"${createHash('sha1').update(json).digest('base64url')}"`
  };
  bundleCache.set(id, { path, stamp: s, bundle: cached });
  return cached;
}

export interface CachedBinary {
  /** The content hash in the file's URL (see binaryBundleUrl). */
  hash: string;
  raw: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

const binaryCache = new Map<string, { path: string; stamp: FileStamp; bundle: CachedBinary }>();

/**
 * The binary bundle of a region with its gzip and brotli copies, or null when the manifest does not list the id.
 * Throws GeodataMissingError when a file is missing or the manifest predates binary bundles, and an Error when
 * the file is not what the manifest says (hash, format or schema version): a server fault.
 */
export async function readBinaryBundle(id: string): Promise<CachedBinary | null> {
  if (!REGION_ID.test(id)) return null;
  const manifest = await readManifest();
  const entry = manifest.regions.find((r) => r.id === id);
  if (!entry) return null;
  if (!entry.binary) {
    console.error(`geodata: manifest has no binary bundle for ${id}`);
    throw new GeodataMissingError(
      "De regiodata zijn van een oudere versie. Voer 'npm run geodata' opnieuw uit."
    );
  }
  const path = join(geodataDir(), entry.binary.file);
  const s = await stamp(path);
  const hit = binaryCache.get(id);
  if (s && hit && hit.path === path && sameStamp(hit.stamp, s)) return hit.bundle;
  let files: Buffer[];
  try {
    files = await Promise.all([path, `${path}.gz`, `${path}.br`].map((p) => readFile(p)));
  } catch {
    console.error(`geodata: ${path} (.gz, .br) not found`);
    throw new GeodataMissingError(`De regiodata van '${id}' ontbreken. Voer 'npm run geodata' uit.`);
  }
  const [raw, gzip, brotli] = files;
  if (createHash('sha256').update(raw).digest('hex') !== entry.binary.sha256)
    throw new Error(`${path}: sha256 differs from the manifest`);
  // Format and schema version are checked here; the worker decodes and validates every record.
  const c = readContainer(raw, path);
  if (c.schemaVersion !== BUNDLE_SCHEMA_VERSION)
    throw new Error(`${path}: schemaVersion ${c.schemaVersion}, expected ${BUNDLE_SCHEMA_VERSION}`);
  const bundle = { hash: binaryHash(entry.binary.sha256), raw, gzip, brotli };
  if (s) binaryCache.set(id, { path, stamp: s, bundle });
  return bundle;
}
