/**
 * npm run geodata            build all region bundles + manifest
 * npm run geodata:ensure     same, but only when something is missing or stale (--if-stale)
 *
 * Flags: --source DIR, --actieplan DIR, --out DIR (default geodata/bundles), --only id1,id2, --if-stale.
 * Env: TRANSITIEATLAS_OPENDATA, TRANSITIEATLAS_ACTIEPLAN. Relative paths are resolved against the repo root.
 */
import { SourceError } from '../lib/engine/geodata/csv';
import { buildBundles, staleReason, type BuildBundlesOptions } from './lib/geodata-build';

const USAGE =
  'usage: tsx src/cli/geodata.ts [--if-stale] [--source DIR] [--actieplan DIR] [--out DIR] [--only a,b]';

function parseArgs(argv: string[]): BuildBundlesOptions & { ifStale: boolean } {
  const opts: BuildBundlesOptions & { ifStale: boolean } = { ifStale: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--if-stale') opts.ifStale = true;
    else if (a === '--source') opts.sourceDir = value();
    else if (a === '--actieplan') opts.actieplanDir = value();
    else if (a === '--out') opts.outDir = value();
    else if (a === '--only')
      opts.only = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new UsageError(`unknown argument ${a}`);
  }
  return opts;
}

class UsageError extends Error {}

function main(): void {
  const t0 = performance.now();
  const opts = parseArgs(process.argv.slice(2));
  if (opts.ifStale) {
    const reason = staleReason(opts);
    if (!reason) {
      console.log('geodata: bundles are up to date');
      return;
    }
    console.log(`geodata: rebuilding (${reason})`);
  }
  const res = buildBundles({ ...opts, log: (line) => console.log(line) });
  const n = res.stats.schoolsNearest.length;
  if (n > 0)
    console.log(`${n} school(s) just outside the generalised polygons placed in the nearest municipality`);
  if (res.stats.schoolsUnplaced.length > 0)
    console.log(`schools not placed in any municipality: ${res.stats.schoolsUnplaced.join(', ')}`);
  const m = res.stats.pc4Nearest.length;
  if (m > 0)
    console.log(`${m} PC4 point(s) just outside the generalised polygons placed in the nearest municipality`);
  if (res.stats.pc4Outside.length > 0) console.log(`PC4 left out: ${res.stats.pc4Outside.join(', ')}`);
  console.log(
    `${res.built.length} bundles -> ${res.dirs.outDir} in ${((performance.now() - t0) / 1000).toFixed(1)} s`
  );
}

try {
  main();
} catch (e) {
  if (e instanceof SourceError || e instanceof UsageError) {
    console.error(`Fout: ${e.message}`);
    if (e instanceof UsageError) console.error(USAGE);
    process.exit(1);
  }
  throw e;
}
