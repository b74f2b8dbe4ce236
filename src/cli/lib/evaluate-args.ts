/**
 * The command line of `npm run evaluate`: usage text, argument parsing and the error classes that decide the exit
 * code. Only the shape of the arguments is checked here; files are read by the caller.
 */
import { ALLOCATIONS, YEAR_MAX, YEAR_MIN, type Allocation } from '../../lib/engine/index';
import { PRESET_IDS } from '../../lib/sectors/index';

export const USAGE = `usage: npm run --silent evaluate -- --region ID [options]

  --region ID        region bundle id (geodata/bundles/<ID>.json), e.g. achterhoek or nederland
  --sector ID        ${PRESET_IDS.join('|')} (default: the scenario file's sector, else po);
                     sport, zorg and welzijn have no open data: give --facilities
  --scenario FILE    scenario file (JSON: {"schemaVersion":2,...,"edits":[...]} or a bare edit array); a file
                     exported from the atlas may carry its facilities and population ("data"), used unless
                     --facilities or --demand is given
  --facilities FILE  the sector's facilities from a CSV, GeoJSON or TopoJSON file (replaces the bundle's);
                     import problems are listed with row and column
  --demand FILE      your own population table (CSV, GeoJSON or TopoJSON) per PC4 or per point, with
                     inhabitants and/or 5-year age bands; replaces the CBS demand estimate
  --preset FILE      the sector's preset as edited (JSON): demand per age band, distance thresholds, norm
  --type ID          evaluate one facility type of the sector only (e.g. zwembad), with its own demand
  --detour N         detour factor on straight-line distance, 1 to 3 (default 1 = hemelsbreed)
  --context-km N     context facilities within N km of the region take part (default 10)
  --allocation RULE  where the pupils of a closed school go: choice (the calibrated school-choice model spreads
                     them; default for po and vo) or nearest (all to the nearest open school); a scenario file
                     of version 1 or 2 keeps nearest unless this flag is given (docs/method.md)
  --bundles DIR      bundle folder (default geodata/bundles)
  --json             print one JSON document instead of the table
  --help             this text

year prognosis (docs/method.md; without --year the output is the 2023 evaluation):
  --year Y           evaluate year Y (${YEAR_MIN}-${YEAR_MAX}): cohort-shifted demand, projected pupils, norm years,
                     pupil transport, floor area and costs
  --birth-trend F    yearly change of births after 2021 as a fraction (-0.01 = -1 % a year), or data: each
                     municipality's own trend from its 0-4 and 5-9 cohorts (default data)
  --birth-band F     half-width of the low/high band around the birth trend (default 0.01 = 1 % a year)
  --migration F      yearly net migration as a fraction, all ages (default 0)
  --transport-km N   distance beyond which a child counts for pupil transport (default 6)
  --floor-fixed M2   fixed floor area per school (default po 200, vo 1500)
  --floor-per-pupil M2  floor area per pupil (default po 5.03, vo 8)
  --cost-location EUR   yearly cost per open location (default 50000)
  --cost-m2 EUR         yearly cost per m2 in use (default 100)
  --cost-transport EUR  yearly transport cost per entitled pupil (default po 2000, vo 0)
  --norms FILE       replace the opheffingsnormen by a CSV (jaar;gm_code;opheffingsnorm;deelgebied;plaatsen)

exit codes: 0 ok, 1 invalid scenario, bundle, facilities, demand or preset file, 2 usage error, unknown region or sector`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Wrong arguments (exit 2). */
export class UsageError extends Error {}
/** An unknown region id (exit 2, printed without the usage). */
export class UnknownRegionError extends Error {}
/** Invalid input: a file that cannot be read or is wrong (exit 1). */
export class InputError extends Error {}

export interface Args {
  region: string;
  sector: string | null;
  scenario: string | null;
  facilities: string | null;
  demand: string | null;
  preset: string | null;
  type: string | null;
  detour: number | null;
  contextKm: number | null;
  allocation: Allocation | null;
  bundles: string;
  json: boolean;
  help: boolean;
  year: number | null;
  /** Year-only options given on the command line (flag name -> value), checked against --year. */
  yearFlags: string[];
  birthTrend: number | 'data' | null;
  birthBand: number | null;
  migration: number | null;
  transportKm: number | null;
  floorFixed: number | null;
  floorPerPupil: number | null;
  costLocation: number | null;
  costM2: number | null;
  costTransport: number | null;
  norms: string | null;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = {
    region: '',
    sector: null,
    scenario: null,
    facilities: null,
    demand: null,
    preset: null,
    type: null,
    detour: null,
    contextKm: null,
    allocation: null,
    bundles: 'geodata/bundles',
    json: false,
    help: false,
    year: null,
    yearFlags: [],
    birthTrend: null,
    birthBand: null,
    migration: null,
    transportKm: null,
    floorFixed: null,
    floorPerPupil: null,
    costLocation: null,
    costM2: null,
    costTransport: null,
    norms: null
  };
  const yearNumber = (key: YearNumberKey | 'birthTrend', n: () => number, flag: string) => {
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
      if (!/^[a-z0-9-]+$/.test(s))
        throw new UsageError(`--sector must be one of ${PRESET_IDS.join(', ')}, got "${s}"`);
      args.sector = s;
    } else if (a === '--scenario') args.scenario = value();
    else if (a === '--facilities') args.facilities = value();
    else if (a === '--demand') args.demand = value();
    else if (a === '--preset') args.preset = value();
    else if (a === '--type') args.type = value();
    else if (a === '--detour') args.detour = number();
    else if (a === '--context-km') args.contextKm = number();
    else if (a === '--allocation') {
      const v = value();
      if (!(ALLOCATIONS as readonly string[]).includes(v)) {
        throw new UsageError(`--allocation must be ${ALLOCATIONS.join(' or ')}, got "${v}"`);
      }
      args.allocation = v as Allocation;
    } else if (a === '--bundles') args.bundles = value();
    else if (a === '--json') args.json = true;
    else if (a === '--year') {
      const y = number();
      if (!Number.isInteger(y) || y < YEAR_MIN || y > YEAR_MAX) {
        throw new UsageError(`--year must be a year from ${YEAR_MIN} to ${YEAR_MAX}, got ${y}`);
      }
      args.year = y;
    } else if (a === '--birth-trend') {
      const v = argv[i + 1];
      if (v === 'data') {
        args.birthTrend = 'data';
        args.yearFlags.push(a);
        i++;
      } else yearNumber('birthTrend', number, a);
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
  if (args.birthBand !== null && !(args.birthBand >= 0 && args.birthBand <= 0.1)) {
    throw new UsageError(
      `--birth-band is a fraction per year from 0 to 0.1 (0.01 = 1 %), got ${args.birthBand}`
    );
  }
  for (const [flag, v] of [
    ['--birth-trend', args.birthTrend === 'data' ? null : args.birthTrend],
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
  | 'birthBand'
  | 'migration'
  | 'transportKm'
  | 'floorFixed'
  | 'floorPerPupil'
  | 'costLocation'
  | 'costM2'
  | 'costTransport';

const YEAR_NUMBER_FLAGS: Record<string, YearNumberKey> = {
  '--birth-band': 'birthBand',
  '--migration': 'migration',
  '--transport-km': 'transportKm',
  '--floor-fixed': 'floorFixed',
  '--floor-per-pupil': 'floorPerPupil',
  '--cost-location': 'costLocation',
  '--cost-m2': 'costM2',
  '--cost-transport': 'costTransport'
};
