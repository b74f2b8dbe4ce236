/**
 * npm run --silent evaluate -- --region achterhoek [--sector po|vo|so|sport|zorg|welzijn] [--scenario file.json]
 *                               [--facilities file.csv] [--demand file.csv] [--preset preset.json] [--type ID]
 *                               [--detour 1.3] [--allocation choice|nearest]
 *                               [--context-km 10] [--bundles DIR] [--json]
 *                               [--year 2030 [--birth-trend -0.01] [--migration 0] [--transport-km 6] ...]
 *
 * Evaluates a scenario on a region bundle and prints one JSON document (--json) or a readable Dutch table.
 * Exit codes: 0 ok; 1 invalid input (scenario file, scenario edit, bundle, facilities, demand or preset file); 2 usage
 * (arguments, unknown region or sector, a sector without open data and no --facilities). Errors go to stderr
 * without a stack trace. See docs/cli.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createEvaluator,
  ENGINE_SECTORS,
  evaluate,
  hasYears,
  NormsCsvError,
  parseNormsCsv,
  parseScenarioText,
  YEAR_MAX,
  YEAR_MIN,
  type YearOptions,
  type YearReport,
  ScenarioError,
  ScenarioFileError,
  type EvaluatorOptions,
  type Parameters,
  type Scenario,
  type ScenarioYearOptions,
  type SectorId
} from '../lib/engine/index';
import type { ScenarioData, ScenarioDataSource } from '../lib/engine/scenario-file';
import { getPreset, PRESET_IDS, type SectorPreset } from '../lib/sectors/index';
import type { RegionBundle } from '../lib/engine/geodata/schema';
import { migrateBundle } from '../lib/engine/geodata/migrate';
import { BundleError, validateBundle } from '../lib/engine/geodata/validate';
import { renderTable } from './lib/evaluate-table';
import { renderYearTable } from './lib/evaluate-year-table';
import {
  noDataMessage,
  readDemandFile,
  readFacilityFile,
  readPresetFile,
  SectorInputError
} from './lib/evaluate-sector';
import {
  InputError,
  parseArgs,
  UnknownRegionError,
  USAGE,
  UsageError,
  type Args,
  type Io
} from './lib/evaluate-args';

export { USAGE, type Io } from './lib/evaluate-args';

const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

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

interface Inputs {
  scenario: Scenario<SectorId>;
  /** The scenario file's year options (`parameters.years`), the base for the --year flags. */
  years: ScenarioYearOptions;
  /** The edited preset (--preset, else the scenario file's), or undefined for the built-in one. */
  preset: SectorPreset | undefined;
  /** The imported data a version-2 scenario file carries; --facilities and --demand win over them. */
  data: ScenarioData | undefined;
}

function readInputs(args: Args): Inputs {
  const parameters: Partial<Parameters> = {};
  let sector: SectorId | null = args.sector;
  let edits: Scenario['edits'] = [];
  let years: ScenarioYearOptions = {};
  let preset: SectorPreset | undefined;
  let data: ScenarioData | undefined;
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
    const parsed = parseScenarioText(text, { anySector: true });
    if (parsed.region !== undefined && parsed.region !== args.region) {
      throw new InputError(`${file}: region: the scenario is for "${parsed.region}", not "${args.region}"`);
    }
    if (parsed.sector !== undefined && args.sector !== null && parsed.sector !== args.sector) {
      throw new InputError(`${file}: sector: the scenario is for "${parsed.sector}", not "${args.sector}"`);
    }
    sector = parsed.sector ?? parsed.preset?.id ?? sector;
    const { years: fileYears, ...rest } = parsed.parameters ?? {};
    Object.assign(parameters, rest);
    years = fileYears ?? {};
    preset = parsed.preset;
    edits = parsed.edits;
    data = parsed.data;
  }
  if (args.preset !== null) preset = readPresetFile(args.preset);
  sector ??= preset?.id ?? 'po';
  if (preset === undefined && getPreset(sector) === undefined) {
    throw new UsageError(
      `--sector must be one of ${PRESET_IDS.join(', ')} (or the id of --preset), got "${sector}"`
    );
  }
  if (preset !== undefined && preset.id !== sector) {
    throw new InputError(
      `${args.preset ?? args.scenario}: de sectorinstelling is voor sector '${preset.id}', niet voor '${sector}'`
    );
  }
  const types = (preset ?? getPreset(sector)!).facilityTypes.map((t) => t.id);
  if (args.type !== null && !types.includes(args.type)) {
    throw new UsageError(
      `--type must be one of ${types.join(', ')} for sector ${sector}, got "${args.type}"`
    );
  }
  if (args.detour !== null) parameters.detourFactor = args.detour;
  if (args.contextKm !== null) parameters.contextKm = args.contextKm;
  // The choice model is the default (it reproduces DUO's counts far better, see npm run validate); an older
  // scenario file carries 'nearest' (legacyParameters); the flag wins over both.
  parameters.allocation = args.allocation ?? parameters.allocation ?? 'choice';
  return { scenario: { sector, edits, parameters }, years, preset, data };
}

/**
 * The facilities, preset and demand the engine gets for the sector; a sector without open data needs --facilities.
 * Files are read before anything is evaluated: a bad one stops the run (exit 1).
 */
function evaluatorOptions(args: Args, inputs: Inputs, bundle: RegionBundle, io: Io): EvaluatorOptions {
  const { sector } = inputs.scenario;
  const options: EvaluatorOptions = {};
  if (inputs.preset) options.preset = inputs.preset;
  if (args.type !== null) options.facilityType = args.type;
  const carried = inputs.data;
  if (args.facilities !== null) {
    const preset = inputs.preset ?? getPreset(sector)!;
    options.facilities = readFacilityFile(args.facilities, preset, bundle, io.stderr);
  } else if (carried?.facilities) {
    options.facilities = carried.facilities.facilities;
    io.stderr(
      carriedLine(args.scenario!, carried.facilities.facilities.length, 'locatie', carried.facilities.source)
    );
  } else if (!bundle.facilities.some((f) => f.sector === sector)) {
    throw new UsageError(noDataMessage(sector, inputs.preset ?? getPreset(sector)!, bundle.meta.id));
  }
  if (args.demand !== null) {
    options.demand = readDemandFile(args.demand, bundle, io.stderr);
  } else if (carried?.demand) {
    options.demand = carried.demand.units;
    io.stderr(
      carriedLine(args.scenario!, carried.demand.units.length, 'inwonereenheid', carried.demand.source)
    );
  }
  return options;
}

/** The stderr note for data taken from the scenario file (stdout stays the report alone). */
function carriedLine(file: string, n: number, noun: string, source: ScenarioDataSource): string {
  const plural = noun === 'locatie' ? 'locaties' : 'inwonereenheden';
  return (
    `${file}: ${n} ${n === 1 ? noun : plural} uit het scenariobestand ` +
    `(bron: ${source.name}${source.example ? ', voorbeeld (fictief)' : ''})\n`
  );
}

/** The year options of the command line; a --norms file is read and parsed here. */
function yearOptions(args: Args, base: ScenarioYearOptions): YearOptions {
  const defined = <T extends object>(o: T): Partial<T> =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as Partial<T>;
  // The scenario file's `parameters.years` first; a flag on the command line wins.
  const options: YearOptions = {
    ...(base.fromYear !== undefined ? { fromYear: base.fromYear } : {}),
    ...(base.toYear !== undefined ? { toYear: base.toYear } : {}),
    prognosis: {
      ...base.prognosis,
      ...defined({ birthTrend: args.birthTrend, birthBand: args.birthBand, migration: args.migration })
    } as YearOptions['prognosis'],
    transport: {
      ...base.transport,
      ...(args.transportKm === null ? {} : { thresholdM: args.transportKm * 1000 })
    },
    floor: {
      ...base.floor,
      ...defined({ fixedM2: args.floorFixed, perPupilM2: args.floorPerPupil })
    } as YearOptions['floor'],
    costs: {
      ...base.costs,
      ...defined({
        perLocation: args.costLocation,
        perM2: args.costM2,
        perTransportPupil: args.costTransport
      })
    } as YearOptions['costs']
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
    const inputs = readInputs(args);
    const { scenario } = inputs;
    if (args.year !== null && !hasYears(scenario.sector)) {
      throw new UsageError(
        `--year: the year prognosis covers ${ENGINE_SECTORS.join(' and ')}, not sector ${scenario.sector}`
      );
    }
    const options = evaluatorOptions(args, inputs, bundle, io);
    if (args.year !== null) {
      const report = createEvaluator(bundle, scenario.sector, scenario.parameters, options).yearReport(
        scenario.edits,
        args.year,
        yearOptions(args, inputs.years)
      );
      io.stdout(
        args.json ? JSON.stringify(report) + '\n' : renderYearTable(report, bundle.meta.name, args.scenario)
      );
      return 0;
    }
    const report = evaluate(bundle, scenario, options);
    io.stdout(
      args.json
        ? JSON.stringify(report) + '\n'
        : renderTable(report, bundle.meta.name, args.scenario, options.preset ?? getPreset(scenario.sector))
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
    if (e instanceof SectorInputError) {
      io.stderr(`Fout: ${oneLine(e.message)}\n${e.lines.map((l) => l + '\n').join('')}`);
      return 1;
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
