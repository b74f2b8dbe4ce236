/**
 * npm run --silent validate [-- --region a,b] [--sector po|vo] [--json] [--write] [--bundles DIR]
 *
 * Calibrates the school-choice model per region and sector on the DUO pupil counts and prints its evidence
 * beside the nearest-school rule's (R^2, MAE, share within 25 %, the two-half hold-out by municipality, and the
 * power-decay alternative). --write regenerates src/lib/engine/choice/calibration-table.ts, the parameters the
 * engine uses. Exit codes: 0 ok; 1 a bundle cannot be read; 2 usage. See docs/cli.md.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { ENGINE_SECTORS, type EngineSector } from '../lib/engine/index';
import { regionEvidence } from '../lib/engine/choice/region-evidence';
import { CALIBRATION } from '../lib/engine/choice/calibration-table';
import { NATIONAL } from '../lib/engine/choice/model';
import type { CalibrationEntry, ChoiceParameters } from '../lib/engine/choice/types';
import { migrateBundle } from '../lib/engine/geodata/migrate';
import { BundleError, validateBundle } from '../lib/engine/geodata/validate';
import { calibrationSource, renderEvidence } from './lib/validate-output';

const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TABLE = resolve(REPO_ROOT, 'src/lib/engine/choice/calibration-table.ts');

export const VALIDATE_USAGE = `usage: npm run --silent validate -- [options]

  --region A,B    only these region bundles (default: every bundle in the folder)
  --sector S      po or vo (default: both)
  --json          print the entries as JSON instead of the table
  --write         regenerate src/lib/engine/choice/calibration-table.ts (the parameters the engine uses)
  --bundles DIR   bundle folder (default geodata/bundles)`;

class UsageError extends Error {}

interface Io {
  stdout: (t: string) => void;
  stderr: (t: string) => void;
}

interface Args {
  regions: string[] | null;
  sectors: EngineSector[];
  json: boolean;
  write: boolean;
  bundles: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { regions: null, sectors: [...ENGINE_SECTORS], json: false, write: false, bundles: '' };
  args.bundles = 'geodata/bundles';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} heeft een waarde nodig`);
      return v;
    };
    if (a === '--region') args.regions = value().split(',').filter(Boolean);
    else if (a === '--sector') {
      const s = value();
      if (s !== 'po' && s !== 'vo') throw new UsageError(`--sector moet po of vo zijn, niet "${s}"`);
      args.sectors = [s];
    } else if (a === '--json') args.json = true;
    else if (a === '--write') args.write = true;
    else if (a === '--bundles') args.bundles = value();
    else throw new UsageError(`onbekend argument "${a}"`);
  }
  if (args.write && (args.regions !== null || args.sectors.length < ENGINE_SECTORS.length)) {
    throw new UsageError('--write herschrijft de hele tabel: gebruik het zonder --region en --sector');
  }
  return args;
}

function loadBundle(dir: string, id: string) {
  const file = join(dir, `${id}.json`);
  if (!existsSync(file)) throw new UsageError(`onbekende regio "${id}" (geen ${file})`);
  return validateBundle(migrateBundle(JSON.parse(readFileSync(file, 'utf8')), file), file);
}

/** Run the command; returns the exit code. */
export function main(argv: string[], io: Io): number {
  try {
    const args = parseArgs(argv);
    const dir = isAbsolute(args.bundles) ? args.bundles : resolve(REPO_ROOT, args.bundles);
    const ids =
      args.regions ??
      (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [])
        .map((f) => f.slice(0, -5))
        .sort();
    if (ids.length === 0) throw new UsageError(`geen regiobundels in ${dir}: draai eerst npm run geodata`);
    const entries: CalibrationEntry[] = [];
    // The national calibration first: every region is also scored with it (what the engine uses).
    const national = new Map<EngineSector, ChoiceParameters>();
    const nationalFirst = ids.includes(NATIONAL) ? [NATIONAL, ...ids.filter((i) => i !== NATIONAL)] : ids;
    for (const sector of args.sectors) {
      const committed = CALIBRATION.find((c) => c.region === NATIONAL && c.sector === sector);
      if (committed && !ids.includes(NATIONAL)) national.set(sector, committed);
    }
    for (const id of nationalFirst) {
      const bundle = loadBundle(dir, id);
      for (const sector of args.sectors) {
        const entry = regionEvidence(bundle, sector, id === NATIONAL ? undefined : national.get(sector));
        if (entry && id === NATIONAL) national.set(sector, entry);
        if (entry) entries.push(entry);
        else io.stderr(`${id} ${sector}: minder dan 5 scholen met een DUO-telling, niet gekalibreerd\n`);
      }
    }
    io.stdout(args.json ? JSON.stringify(entries) + '\n' : renderEvidence(entries));
    if (args.write) {
      writeFileSync(TABLE, calibrationSource(entries));
      execFileSync(resolve(REPO_ROOT, 'node_modules/.bin/prettier'), ['--write', TABLE], { stdio: 'ignore' });
      io.stderr(`${TABLE} geschreven (${entries.length} regels)\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`Fout: ${e.message}\n${VALIDATE_USAGE}\n`);
      return 2;
    }
    const msg = e instanceof BundleError || e instanceof Error ? e.message : String(e);
    io.stderr(`Fout: ${msg.replace(/\s+/g, ' ').trim()}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  process.exitCode = main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t)
  });
}
