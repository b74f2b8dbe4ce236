/**
 * npm run --silent evaluate -- --region achterhoek [--sector po|vo] [--scenario file.json] [--detour 1.3]
 *                               [--context-km 10] [--bundles DIR] [--json]
 *                               [--year 2030 [--birth-trend -0.01] [--migration 0] [--transport-km 6] ...]
 *
 * Evaluates a scenario on a region bundle and prints one JSON document (--json) or a readable Dutch table.
 * Exit codes: 0 ok; 1 invalid input (scenario file, scenario edit, bundle); 2 usage (arguments, unknown region).
 * Errors go to stderr without a stack trace. See docs/cli.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createEvaluator,
  ENGINE_SECTORS,
  evaluate,
  NormsCsvError,
  parseNormsCsv,
  parseScenarioText,
  YEAR_MAX,
  YEAR_MIN,
  type YearOptions,
  type YearReport,
  ScenarioError,
  ScenarioFileError,
  type EngineSector,
  type Parameters,
  type Scenario
} from '../lib/engine/index';
import { migrateBundle } from '../lib/engine/geodata/migrate';
import { BundleError, validateBundle } from '../lib/engine/geodata/validate';
import { renderTable } from './lib/evaluate-table';
import { renderYearTable } from './lib/evaluate-year-table';

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

year prognosis (docs/method.md; without --year the output is the 2023 evaluation):
  --year Y           evaluate year Y (${YEAR_MIN}-${YEAR_MAX}): cohort-shifted demand, projected pupils, norm years,
                     pupil transport, floor area and costs
  --birth-trend F    yearly change of births after 2021 as a fraction (-0.01 = -1 % a year; default 0)
  --migration F      yearly net migration as a fraction, all ages (default 0)
  --transport-km N   distance beyond which a child counts for pupil transport (default 6)
  --floor-fixed M2   fixed floor area per school (default po 200, vo 1500)
  --floor-per-pupil M2  floor area per pupil (default po 5.03, vo 8)
  --cost-location EUR   yearly cost per open location (default 50000)
  --cost-m2 EUR         yearly cost per m2 in use (default 100)
  --cost-transport EUR  yearly transport cost per entitled pupil (default po 2000, vo 0)
  --norms FILE       replace the opheffingsnormen by a CSV (jaar;gm_code;opheffingsnorm;deelgebied;plaatsen)

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
  year: number | null;
  /** Year-only options given on the command line (flag name -> value), checked against --year. */
  yearFlags: string[];
  birthTrend: number | null;
  migration: number | null;
  transportKm: number | null;
  floorFixed: number | null;
  floorPerPupil: number | null;
  costLocation: number | null;
  costM2: number | null;
  costTransport: number | null;
  norms: string | null;
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
    help: false,
    year: null,
    yearFlags: [],
    birthTrend: null,
    migration: null,
    transportKm: null,
    floorFixed: null,
    floorPerPupil: null,
    costLocation: null,
    costM2: null,
    costTransport: null,
    norms: null
  };
  const yearNumber = (key: YearNumberKey, n: () => number, flag: string) => {
    args[key] = n();
    args.yearFlags.push(flag);
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
    else if (a === '--year') {
      const y = number();
      if (!Number.isInteger(y) || y < YEAR_MIN || y > YEAR_MAX) {
        throw new UsageError(`--year must be a year from ${YEAR_MIN} to ${YEAR_MAX}, got ${y}`);
      }
      args.year = y;
    } else if (Object.hasOwn(YEAR_NUMBER_FLAGS, a)) yearNumber(YEAR_NUMBER_FLAGS[a], number, a);
    else if (a === '--norms') {
      args.norms = value();
      args.yearFlags.push(a);
    } else if (a === '--help' || a === '-h') args.help = true;
    else throw new UsageError(`unknown argument "${a}"`);
  }
  if (!args.help && !args.region) throw new UsageError('--region is required');
  if (args.detour !== null && !(args.detour >= 1 && args.detour <= 3)) {
    throw new UsageError(`--detour must be from 1 to 3, got ${args.detour}`);
  }
  if (args.contextKm !== null && !(args.contextKm >= 0 && args.contextKm <= 100)) {
    throw new UsageError(`--context-km must be from 0 to 100, got ${args.contextKm}`);
  }
  if (args.year === null && args.yearFlags.length > 0) {
    throw new UsageError(`${args.yearFlags[0]} needs --year`);
  }
  for (const [flag, v] of [
    ['--birth-trend', args.birthTrend],
    ['--migration', args.migration]
  ] as const) {
    if (v !== null && !(Math.abs(v) <= 0.2)) {
      throw new UsageError(`${flag} is a fraction per year from -0.2 to 0.2 (-0.01 = -1 %), got ${v}`);
    }
  }
  if (args.transportKm !== null && !(args.transportKm > 0 && args.transportKm <= 100)) {
    throw new UsageError(`--transport-km must be more than 0 and at most 100, got ${args.transportKm}`);
  }
  for (const [flag, v] of [
    ['--floor-fixed', args.floorFixed],
    ['--floor-per-pupil', args.floorPerPupil],
    ['--cost-location', args.costLocation],
    ['--cost-m2', args.costM2],
    ['--cost-transport', args.costTransport]
  ] as const) {
    if (v !== null && !(v >= 0)) throw new UsageError(`${flag} must be 0 or more, got ${v}`);
  }
  return args;
}

type YearNumberKey =
  | 'birthTrend'
  | 'migration'
  | 'transportKm'
  | 'floorFixed'
  | 'floorPerPupil'
  | 'costLocation'
  | 'costM2'
  | 'costTransport';

const YEAR_NUMBER_FLAGS: Record<string, YearNumberKey> = {
  '--birth-trend': 'birthTrend',
  '--migration': 'migration',
  '--transport-km': 'transportKm',
  '--floor-fixed': 'floorFixed',
  '--floor-per-pupil': 'floorPerPupil',
  '--cost-location': 'costLocation',
  '--cost-m2': 'costM2',
  '--cost-transport': 'costTransport'
};

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

/** The year options of the command line; a --norms file is read and parsed here. */
function yearOptions(args: Args): YearOptions {
  const defined = <T extends object>(o: T): Partial<T> =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as Partial<T>;
  const options: YearOptions = {
    prognosis: defined({
      birthTrend: args.birthTrend,
      migration: args.migration
    }) as YearOptions['prognosis'],
    transport: args.transportKm === null ? {} : { thresholdM: args.transportKm * 1000 },
    floor: defined({ fixedM2: args.floorFixed, perPupilM2: args.floorPerPupil }) as YearOptions['floor'],
    costs: defined({
      perLocation: args.costLocation,
      perM2: args.costM2,
      perTransportPupil: args.costTransport
    }) as YearOptions['costs']
  };
  if (args.norms !== null) {
    let text: string;
    try {
      text = readFileSync(args.norms, 'utf8');
    } catch (e) {
      throw new InputError(
        `${args.norms}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`
      );
    }
    try {
      options.norms = parseNormsCsv(text, { source: args.norms });
    } catch (e) {
      if (e instanceof NormsCsvError) throw new InputError(`${args.norms}: ${e.message}`);
      throw e;
    }
  }
  return options;
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
    if (args.year !== null) {
      const options = yearOptions(args);
      const report = createEvaluator(bundle, scenario.sector, scenario.parameters).yearReport(
        scenario.edits,
        args.year,
        options
      );
      io.stdout(
        args.json ? JSON.stringify(report) + '\n' : renderYearTable(report, bundle.meta.name, args.scenario)
      );
      return 0;
    }
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
