/**
 * File side of the geodata build: resolve folders, read and hash the sources, call the pure engine build, write
 * `<out>/<id>.json`, the binary `<out>/<id>.bin` (+ `.gz`, `.br`) and `geodata/manifest.json`. Used by
 * src/cli/geodata.ts and by the tests.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { encodeBundleBinary } from '../../lib/engine/geodata/binary';
import {
  bundleIds,
  buildRegionBundle,
  prepareNational,
  type National,
  type PlacementStats
} from '../../lib/engine/geodata/build';
import { SourceError } from '../../lib/engine/geodata/csv';
import { parseNorms } from '../../lib/engine/geodata/normsource';
import {
  BUNDLE_SCHEMA_VERSION,
  type Manifest,
  type ManifestBinary,
  type ManifestRegion,
  type ManifestSource,
  type RegionBundle,
  type Sector
} from '../../lib/engine/geodata/schema';
import {
  parseGrid,
  parseMunicipalities,
  parsePc4Polygons,
  parsePc4Table,
  parseRegions,
  parseSchools
} from '../../lib/engine/geodata/sources';
import { SOURCE_FILES, type SourceFile } from './geodata-sources';

/** Bump when the bundle content changes without a schema change; the code hash below catches the rest. */
export const GEODATA_BUILD_VERSION = 1;

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The manifest as written: the schema's Manifest plus the build code version used by --if-stale. */
export interface GeodataManifest extends Manifest {
  buildVersion: string;
}

export interface GeodataDirs {
  sourceDir: string;
  actieplanDir: string;
  outDir: string;
  manifestPath: string;
}

export interface BuildBundlesOptions {
  sourceDir?: string;
  actieplanDir?: string;
  /** Bundle folder; default geodata/bundles. */
  outDir?: string;
  /** Manifest path; default geodata/manifest.json, or <outDir>/../manifest.json when outDir is given. */
  manifestPath?: string;
  /** Build only these ids (regions or `nederland`). */
  only?: string[];
  log?: (line: string) => void;
}

export interface BuildBundlesResult {
  dirs: GeodataDirs;
  manifest: GeodataManifest;
  stats: PlacementStats;
  built: string[];
  ms: number;
}

/** Flags > env > defaults next to the repo (../shared/opendata, ../shared/actieplan). Relative to the repo root. */
export function resolveDirs(
  opts: BuildBundlesOptions = {},
  env: NodeJS.ProcessEnv = process.env
): GeodataDirs {
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(REPO_ROOT, p));
  const outDir = abs(opts.outDir ?? 'geodata/bundles');
  return {
    sourceDir: abs(opts.sourceDir ?? env.TRANSITIEATLAS_OPENDATA ?? '../shared/opendata'),
    actieplanDir: abs(opts.actieplanDir ?? env.TRANSITIEATLAS_ACTIEPLAN ?? '../shared/actieplan'),
    outDir,
    manifestPath: abs(
      opts.manifestPath ?? (opts.outDir ? join(outDir, '..', 'manifest.json') : 'geodata/manifest.json')
    )
  };
}

function sourcePath(dirs: GeodataDirs, f: SourceFile): string {
  return join(f.root === 'opendata' ? dirs.sourceDir : dirs.actieplanDir, f.path);
}

function label(dirs: GeodataDirs, f: SourceFile): string {
  return `${f.root}/${f.path}`;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Hash of the code that shapes the bundles, so a changed build invalidates old bundles in --if-stale. */
export function buildVersion(): string {
  const files = [
    ...readdirSync(join(REPO_ROOT, 'src/lib/engine/geodata'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `src/lib/engine/geodata/${f}`),
    'src/lib/engine/projection.ts',
    'src/lib/engine/tracks/tracks.ts',
    'src/cli/lib/geodata-build.ts',
    'src/cli/lib/geodata-sources.ts'
  ].sort();
  const h = createHash('sha256');
  for (const f of files) h.update(f).update(readFileSync(join(REPO_ROOT, f)));
  return `${GEODATA_BUILD_VERSION}+${h.digest('hex').slice(0, 12)}`;
}

function readSource(dirs: GeodataDirs, f: SourceFile): { text: string; entry: ManifestSource } {
  const p = sourcePath(dirs, f);
  let buf: Buffer;
  try {
    buf = readFileSync(p);
  } catch {
    throw new SourceError(label(dirs, f), null, `file not found or unreadable (looked for ${p})`);
  }
  return {
    text: buf.toString('utf8'),
    entry: {
      path: label(dirs, f),
      sha256: sha256(buf),
      bytes: buf.length,
      publisher: f.publisher,
      licence: f.licence,
      year: f.year
    }
  };
}

/** Read and parse every source, place everything nationally. */
export function loadNational(dirs: GeodataDirs): { nat: National; sources: ManifestSource[] } {
  const read = Object.fromEntries(
    SOURCE_FILES.map((f) => [f.key, { ...readSource(dirs, f), name: label(dirs, f) }])
  );
  const t = (k: SourceFile['key']) => ({ text: read[k].text, file: read[k].name });
  const nat = prepareNational({
    regionsFile: read.regions.name,
    regions: parseRegions(read.regions.text, read.regions.name),
    municipalities: parseMunicipalities(read.municipalities.text, read.municipalities.name),
    pc4: parsePc4Table(read.pc4Table.text, read.pc4Table.name).rows,
    pc4Polygons: parsePc4Polygons(read.pc4Polygons.text, read.pc4Polygons.name),
    grid: parseGrid(read.grid.text, read.grid.name),
    schools: parseSchools(read.schools.text, read.schools.name).schools,
    norms: parseNorms({
      current: t('normsCurrent'),
      subAreas: t('normsSubAreas'),
      perMunicipality: t('normsPerMunicipality'),
      places: t('normsPlaces')
    })
  });
  return { nat, sources: SOURCE_FILES.map((f) => read[f.key].entry) };
}

function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/**
 * `<out>/<id>.bin` (binary.ts) with `.gz` and `.br` beside it, so the server sends them without compressing.
 * Brotli at its best setting is slow on the national file (16 s): large files get a quicker level.
 */
function writeBinary(bundle: RegionBundle, file: string, manifestDir: string): ManifestBinary {
  const bin = encodeBundleBinary(bundle);
  const gz = gzipSync(bin, { level: 9 });
  const br = brotliCompressSync(bin, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: bin.byteLength < 2e6 ? 10 : 5,
      [zlib.BROTLI_PARAM_LGWIN]: 22,
      [zlib.BROTLI_PARAM_SIZE_HINT]: bin.byteLength
    }
  });
  // The compressed copies first: the .bin appearing last means all three are there.
  writeAtomic(`${file}.gz`, gz);
  writeAtomic(`${file}.br`, br);
  writeAtomic(file, bin);
  return {
    file: relative(manifestDir, file).split('\\').join('/'),
    bytes: bin.byteLength,
    sha256: sha256(Buffer.from(bin.buffer, bin.byteOffset, bin.byteLength)),
    gzipBytes: gz.byteLength,
    brotliBytes: br.byteLength
  };
}

function readManifest(path: string): GeodataManifest | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as GeodataManifest;
  } catch {
    return null;
  }
}

export function buildBundles(opts: BuildBundlesOptions = {}): BuildBundlesResult {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  const dirs = resolveDirs(opts);
  const { nat, sources } = loadNational(dirs);
  log(`sources read and placed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const all = bundleIds(nat);
  const ids = opts.only?.length ? opts.only : all;
  for (const id of ids)
    if (!all.includes(id))
      throw new SourceError(
        label(dirs, SOURCE_FILES[0]),
        null,
        `unknown region "${id}" (known: ${all.join(', ')})`
      );

  const builtAt = new Date().toISOString();
  const regions: ManifestRegion[] = [];
  for (const id of ids) {
    const t1 = performance.now();
    const bundle = buildRegionBundle(nat, id, builtAt);
    const json = JSON.stringify(bundle);
    const file = join(dirs.outDir, `${id}.json`);
    writeAtomic(file, json);
    const counts: Record<Sector, number> = { po: 0, so: 0, vo: 0 };
    let context = 0;
    for (const f of bundle.facilities) {
      if (f.context) context++;
      else counts[f.sector]++;
    }
    const bytes = Buffer.byteLength(json);
    const binary = writeBinary(bundle, join(dirs.outDir, `${id}.bin`), dirname(dirs.manifestPath));
    regions.push({
      id,
      name: bundle.meta.name,
      type: bundle.meta.type,
      province: bundle.meta.province,
      municipalityCount: bundle.municipalities.length,
      facilityCounts: counts,
      demandUnits: bundle.demand.length,
      file: relative(dirname(dirs.manifestPath), file).split('\\').join('/'),
      bytes,
      sha256: sha256(json),
      binary
    });
    log(
      `${id.padEnd(24)} ${String(bundle.municipalities.length).padStart(3)} mun. ` +
        `${String(counts.po).padStart(5)} po ${String(counts.so).padStart(4)} so ${String(counts.vo).padStart(4)} vo ` +
        `(+${context} context) ${String(bundle.demand.length).padStart(6)} cells ` +
        `${String(bundle.postcodes.length).padStart(5)} pc4 ${(bytes / 1e6).toFixed(2).padStart(6)} MB ` +
        `(binary ${(binary.brotliBytes / 1e6).toFixed(2)} MB br) ` +
        `${Math.round(performance.now() - t1)} ms`
    );
  }

  // With --only, keep the other regions of a previous manifest if their files are still there.
  const prev = opts.only?.length ? readManifest(dirs.manifestPath) : null;
  if (prev?.regions)
    for (const r of prev.regions)
      if (!ids.includes(r.id) && all.includes(r.id) && existsSync(join(dirname(dirs.manifestPath), r.file)))
        regions.push(r);
  regions.sort((a, b) => all.indexOf(a.id) - all.indexOf(b.id));

  const manifest: GeodataManifest = {
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    buildVersion: buildVersion(),
    builtAt,
    sourceDir: relative(REPO_ROOT, dirs.sourceDir).split('\\').join('/') || '.',
    sources,
    regions
  };
  writeAtomic(dirs.manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  return { dirs, manifest, stats: nat.stats, built: ids, ms: performance.now() - t0 };
}

/**
 * Why the bundles need a rebuild, or null when they are up to date: manifest or a bundle missing, another build
 * version or source folder, a region not in the manifest, or a source file newer than the oldest output.
 */
export function staleReason(opts: BuildBundlesOptions = {}): string | null {
  const dirs = resolveDirs(opts);
  const manifest = readManifest(dirs.manifestPath);
  if (!manifest) return `${relative(REPO_ROOT, dirs.manifestPath)} is missing or unreadable`;
  if (manifest.buildVersion !== buildVersion()) return 'build code changed';
  if (manifest.sourceDir !== (relative(REPO_ROOT, dirs.sourceDir).split('\\').join('/') || '.'))
    return 'different source folder';
  const regionsFile = SOURCE_FILES.find((f) => f.key === 'regions') as SourceFile;
  let wanted: string[];
  try {
    wanted = [
      ...parseRegions(readFileSync(sourcePath(dirs, regionsFile), 'utf8'), label(dirs, regionsFile)).map(
        (r) => r.id
      ),
      'nederland'
    ];
  } catch {
    return 'regions file unreadable';
  }
  let oldest = statSync(dirs.manifestPath).mtimeMs;
  for (const id of wanted) {
    const entry = manifest.regions.find((r) => r.id === id);
    const file = join(dirs.outDir, `${id}.json`);
    if (!entry || !existsSync(file)) return `bundle ${id} is missing`;
    const bin = join(dirs.outDir, `${id}.bin`);
    if (!entry.binary || ![bin, `${bin}.gz`, `${bin}.br`].every(existsSync))
      return `binary bundle ${id} is missing`;
    oldest = Math.min(oldest, statSync(file).mtimeMs, statSync(bin).mtimeMs);
  }
  for (const f of SOURCE_FILES) {
    const p = sourcePath(dirs, f);
    if (!existsSync(p)) return `source ${label(dirs, f)} is missing`;
    if (statSync(p).mtimeMs > oldest) return `source ${label(dirs, f)} is newer than the bundles`;
  }
  return null;
}
