/**
 * npm run --silent evaluate -- --region achterhoek [--sector po|vo] [--scenario file.json] [--detour 1.3]
 *                               [--context-km 10] [--bundles DIR] [--json]
 *
 * Evaluates a scenario on a region bundle and prints one JSON document (--json) or a readable Dutch table.
 * Exit codes: 0 ok; 1 invalid input (scenario file, scenario edit, bundle); 2 usage (arguments, unknown region).
 * Errors go to stderr without a stack trace. See docs/cli.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ENGINE_SECTORS,
  evaluate,
  parseScenarioText,
  ScenarioError,
  ScenarioFileError,
  type EngineSector,
  type Parameters,
  type Scenario
} from '../lib/engine/index';
import { migrateBundle } from '../lib/engine/geodata/migrate';
import { BundleError, validateBundle } from '../lib/engine/geodata/validate';
import { renderTable } from './lib/evaluate-table';

const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export const USAGE = `usage: npm run --silent evaluate -- --region ID [options]

  --region ID        region bundle id (geodata/bundles/<ID>.json), e.g. achterhoek or nederland
  --sector po|vo     sector (default: the scenario file's sector, else po)
  --scenario FILE    scenario file (JSON: {"schemaVersion":1,...,"edits":[...]} or a bare edit array)
  --detour N         detour factor on straight-line distance, 1 to 3 (default 1 = hemelsbreed)
  --context-km N     context facilities within N km of the region take part (default 10)
  --bundles DIR      bundle folder (default geodata/bundles)
  --json             print one JSON document instead of the table
  --help             this text

exit codes: 0 ok, 1 invalid scenario or bundle, 2 usage error or unknown region`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

class UsageError extends Error {}
class UnknownRegionError extends Error {}
class InputError extends Error {}

interface Args {
  region: string;
  sector: EngineSector | null;
  scenario: string | null;
  detour: number | null;
  contextKm: number | null;
  bundles: string;
  json: boolean;
  help: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    region: '',
    sector: null,
    scenario: null,
    detour: null,
    contextKm: null,
    bundles: 'geodata/bundles',
    json: false,
    help: false
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    const number = (): number => {
      const v = value();
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${a} needs a number, got "${v}"`);
      return n;
    };
    if (a === '--region') args.region = value();
    else if (a === '--sector') {
      const s = value();
      if (!(ENGINE_SECTORS as readonly string[]).includes(s)) {
        throw new UsageError(`--sector must be one of ${ENGINE_SECTORS.join(', ')}, got "${s}"`);
      }
      args.sector = s as EngineSector;
    } else if (a === '--scenario') args.scenario = value();
    else if (a === '--detour') args.detour = number();
    else if (a === '--context-km') args.contextKm = number();
    else if (a === '--bundles') args.bundles = value();
    else if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else throw new UsageError(`unknown argument "${a}"`);
  }
  if (!args.help && !args.region) throw new UsageError('--region is required');
  if (args.detour !== null && !(args.detour >= 1 && args.detour <= 3)) {
    throw new UsageError(`--detour must be from 1 to 3, got ${args.detour}`);
  }
  if (args.contextKm !== null && !(args.contextKm >= 0 && args.contextKm <= 100)) {
    throw new UsageError(`--context-km must be from 0 to 100, got ${args.contextKm}`);
  }
  return args;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function availableRegions(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

function loadBundle(dir: string, region: string) {
  if (!/^[a-z0-9-]+$/.test(region)) throw new UnknownRegionError(`invalid region id "${region}"`);
  const file = join(dir, `${region}.json`);
  if (!existsSync(file)) {
    const ids = availableRegions(dir);
    throw new UnknownRegionError(
      ids.length > 0
        ? `unknown region "${region}"; available: ${ids.join(', ')}`
        : `no region bundles in ${dir}; run \`npm run geodata\` first`
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(`${file}: not valid JSON (${oneLine((e as Error).message)})`);
  }
  return validateBundle(migrateBundle(raw, file), file);
}

function buildScenario(args: Args): Scenario {
  const parameters: Partial<Parameters> = {};
  let sector: EngineSector = args.sector ?? 'po';
  let edits: Scenario['edits'] = [];
  if (args.scenario) {
    const file = args.scenario;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new InputError(
        `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`
      );
    }
    const parsed = parseScenarioText(text);
    if (parsed.region !== undefined && parsed.region !== args.region) {
      throw new InputError(`${file}: region: the scenario is for "${parsed.region}", not "${args.region}"`);
    }
    if (parsed.sector !== undefined && args.sector !== null && parsed.sector !== args.sector) {
      throw new InputError(`${file}: sector: the scenario is for "${parsed.sector}", not "${args.sector}"`);
    }
    sector = parsed.sector ?? sector;
    Object.assign(parameters, parsed.parameters);
    edits = parsed.edits;
  }
  if (args.detour !== null) parameters.detourFactor = args.detour;
  if (args.contextKm !== null) parameters.contextKm = args.contextKm;
  return { sector, edits, parameters };
}

/** Run the command; returns the exit code. Output goes through `io` so tests can call it directly. */
export function main(argv: string[], io: Io): number {
  let args: Args | null = null;
  try {
    args = parseArgs(argv);
    if (args.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    const dir = isAbsolute(args.bundles) ? args.bundles : resolve(REPO_ROOT, args.bundles);
    const bundle = loadBundle(dir, args.region);
    const scenario = buildScenario(args);
    const report = evaluate(bundle, scenario);
    io.stdout(
      args.json ? JSON.stringify(report) + '\n' : renderTable(report, bundle.meta.name, args.scenario)
    );
    return 0;
  } catch (e) {
    const file = args?.scenario ?? 'scenario';
    if (e instanceof UsageError) {
      io.stderr(`Fout: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof UnknownRegionError) {
      io.stderr(`Fout: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ScenarioFileError || e instanceof ScenarioError) {
      io.stderr(`Fout: ${file}: ${oneLine(e.message)}\n`);
      return 1;
    }
    if (e instanceof InputError || e instanceof BundleError || e instanceof RangeError) {
      io.stderr(`Fout: ${e.message}\n`);
      return 1;
    }
    io.stderr(`Fout: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t)
  });
}
