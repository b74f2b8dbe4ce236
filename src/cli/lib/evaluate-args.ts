/**
 * The command line of `npm run evaluate`: usage text, argument parsing and the error classes that decide the exit
 * code. Only the shape of the arguments is checked here; files are read by the caller.
 */
import { ALLOCATIONS, YEAR_MAX, YEAR_MIN, type Allocation } from '../../lib/engine/index';
import { PRESET_IDS } from '../../lib/sectors/index';
import { REACH_TRACKS, type ReachTrack } from '../../lib/engine/tracks/tracks';

export const USAGE = `usage: npm run --silent evaluate -- --region ID [opties]

  --region ID        id van de regiobundel (geodata/bundles/<ID>.json), bijv. achterhoek of nederland
  --sector ID        ${PRESET_IDS.join('|')} (standaard: de sector van het scenariobestand, anders po);
                     sport, zorg en welzijn hebben geen open gegevens: geef --facilities
  --scenario FILE    scenariobestand (JSON: {"schemaVersion":3,...,"edits":[...]} of een lijst bewerkingen); een
                     bestand uit de atlas kan zijn voorzieningen en bevolking meedragen ("data"), gebruikt tenzij
                     --facilities of --demand is gegeven
  --facilities FILE  de voorzieningen van de sector uit een CSV-, GeoJSON- of TopoJSON-bestand (vervangt die van
                     de bundel); importproblemen worden met rij en kolom genoemd
  --demand FILE      een eigen bevolkingstabel (CSV, GeoJSON of TopoJSON) per PC4 of per punt, met inwoners en/of
                     leeftijdsklassen van 5 jaar; vervangt de CBS-schatting van de vraag
  --preset FILE      de aangepaste preset van de sector (JSON): vraag per leeftijdsklasse, afstanden, norm
  --type ID          alleen één soort voorziening van de sector (bijv. zwembad), met een eigen vraag
  --detour N         omrijfactor op de hemelsbrede afstand, 1 tot 3 (standaard 1 = hemelsbreed)
  --context-km N     voorzieningen buiten de regio binnen N km doen mee (standaard 10)
  --allocation RULE  waar de leerlingen van een gesloten school heen gaan: choice (het gekalibreerde
                     schoolkeuzemodel verdeelt ze; standaard voor po en vo) of nearest (allemaal naar de
                     dichtstbijzijnde open school); een scenariobestand van versie 1 of 2 houdt nearest tenzij
                     deze optie is gegeven (docs/method.md)
  --track SOORT      alleen vo: de tabel toont de afstand tot de dichtstbijzijnde open locatie met deze
                     schoolsoort: ${REACH_TRACKS.join(', ')} (gemiddeld, P90, aandeel binnen 5/10/15 km per
                     gemeente; vraag per schoolsoort geschat met landelijke aandelen, OCW 2023); met --json staat
                     "track" in het document (de afstanden per schoolsoort staan altijd onder "tracks")
  --bundles DIR      map met bundels (standaard geodata/bundles)
  --json             één JSON-document in plaats van de tabel
  --help             deze tekst

prognose per jaar (docs/method.md; zonder --year is de uitvoer de evaluatie van 2023):
  --year Y           evalueer jaar Y (${YEAR_MIN}-${YEAR_MAX}): verschoven cohorten, geprognosticeerde
                     leerlingen, normjaren, leerlingenvervoer, vloeroppervlak en kosten
  --birth-trend F    jaarlijkse verandering van de geboorten na 2021 als fractie (-0.01 = -1 % per jaar), of
                     data: de eigen trend van elke gemeente uit haar cohorten 0-4 en 5-9 (standaard data)
  --birth-band F     halve breedte van de lage/hoge band rond de geboortetrend (standaard 0.01 = 1 % per jaar)
  --migration F      jaarlijkse netto migratie als fractie, alle leeftijden (standaard 0)
  --transport-km N   afstand waarboven een kind meetelt voor leerlingenvervoer (standaard 6)
  --floor-fixed M2   vast vloeroppervlak per school (standaard po 200, vo 1500)
  --floor-per-pupil M2  vloeroppervlak per leerling (standaard po 5.03, vo 8)
  --cost-location EUR   jaarlijkse kosten per open locatie (standaard 50000)
  --cost-m2 EUR         jaarlijkse kosten per m2 in gebruik (standaard 100)
  --cost-transport EUR  jaarlijkse vervoerskosten per leerling met recht op vervoer (standaard po 2000, vo 0)
  --norms FILE       vervang de opheffingsnormen door een CSV (jaar;gm_code;opheffingsnorm;deelgebied;plaatsen)

exitcodes: 0 goed, 1 ongeldig scenario-, bundel-, voorzieningen-, bevolkings- of presetbestand, 2 verkeerde
aanroep, onbekende regio of sector`;

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
  /** vo: the track the table shows the distance to (--track). */
  track: ReachTrack | null;
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
    track: null,
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
    else if (a === '--track') {
      const v = value();
      if (!(REACH_TRACKS as readonly string[]).includes(v)) {
        throw new UsageError(`--track moet een van ${REACH_TRACKS.join(', ')} zijn, niet "${v}"`);
      }
      args.track = v as ReachTrack;
    } else if (a === '--allocation') {
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
