/**
 * The command line of `npm run optimise`: usage text and argument parsing. Every problem is an ArgsError with one
 * Dutch sentence (the command exits 2 with it). The criteria themselves are checked by the engine
 * (resolveCriteria), with the same Dutch messages the workshop panel shows.
 */
import type {
  Allocation,
  DenominationCriterion,
  OptimiseCriteria,
  OptimiseObjective
} from '../../lib/engine/index';
import { ALLOCATIONS, YEAR_MAX, YEAR_MIN } from '../../lib/engine/index';

export const OPTIMISE_USAGE = `gebruik: npm run --silent optimise -- --region ID --objective median|fewest|coverage [opties]

Maakt een spreidingsscenario uit criteria (het "voorstel uit criteria" van de atlas) en controleert het met de
rekenkern van evaluate. Afstanden in km, hemelsbreed maal de omrijfactor, zoals in de atlas.

  --region ID                regiobundel (geodata/bundles/<ID>.json), bv. achterhoek of nederland
  --sector po|vo|so          sector (standaard po)
  --objective DOEL           median:   precies --keep locaties, kortste gemiddelde afstand (p-mediaan)
                             fewest:   zo min mogelijk locaties die aan de criteria voldoen
                             coverage: precies --keep locaties, zo veel mogelijk kinderen binnen --max-distance
  --keep K                   aantal locaties in de regio dat open blijft (median en coverage); scholen buiten de
                             regio tellen niet mee en blijven altijd open
  --max-distance M           elk kind binnen M km van een open school (coverage: de afstand die telt); kinderen
                             die zelfs met alle scholen open verder wonen, heten "onbereikbaar" en tellen niet mee
  --share S                  alleen een aandeel S (0-1, bv. 0.95) van de kinderen binnen --max-distance
  --min-pupils N|norm        elke school die open blijft heeft minstens N leerlingen, of haar opheffingsnorm
                             (po); gesloten scholen worden samengevoegd met een gekozen school waar dat nodig is
  --year Y                   kinderen en leerlingen volgens de prognose van jaar Y (${YEAR_MIN}-${YEAR_MAX}); standaard
                             de telling van 1-10-2023
  --birth-trend F            met --year: jaarlijkse verandering van de geboorten (-0.01 = 1 % minder per jaar)
  --migration F              met --year: jaarlijkse netto migratie, alle leeftijden
  --lock-open IDS            deze scholen blijven open (vestigingscodes, met komma's gescheiden)
  --lock-closed IDS          deze scholen sluiten
  --place-min-children N     een school in elke woonplaats met minstens N kinderen
  --denomination "R:KM"      (po) voor elk kind een school van richting R binnen KM km, bv.
                             "Rooms-Katholiek:5"; mag vaker
  --detour F                 omrijfactor 1 tot 3 (standaard 1 = hemelsbreed)
  --allocation R             waar de leerlingen van een gesloten school heen gaan: choice (standaard: verdeeld
                             volgens het gekalibreerde keuzemodel, gemodelleerd) of nearest (allemaal naar de
                             dichtstbijzijnde open school); telt voor --min-pupils en de samenvatting, niet voor
                             de afstanden (altijd tot de dichtstbijzijnde open school)
  --time-limit S             seconden voor de exacte berekening (standaard 30); daarna het beste tot dan toe
  --heuristic                alleen de snelle benadering (geen exacte berekening; ondergrens uit Lagrange)
  --bundles DIR              map met regiobundels (standaard geodata/bundles)
  --json                     één JSON-document: { scenario, summary, objective, constraints, feasible,
                             unreachable }; scenario is een scenariobestand voor evaluate --scenario
  --help                     deze tekst

Exitcodes: 0 klaar (ook als de criteria niet allemaal kunnen: zie "feasible" en de alternatieven), 1 ongeldige
bundel, 2 verkeerde invoer (een regel op stderr die zegt wat er mis is).`;

/** Wrong arguments or criteria (exit 2). */
export class ArgsError extends Error {}

export interface OptimiseArgs {
  region: string;
  sector: string;
  criteria: OptimiseCriteria;
  birthTrend: number | null;
  migration: number | null;
  detour: number | null;
  allocation: Allocation;
  timeLimit: number;
  heuristic: boolean;
  bundles: string;
  json: boolean;
  help: boolean;
}

const ids = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function parseOptimiseArgs(argv: string[]): OptimiseArgs {
  const args: OptimiseArgs = {
    region: '',
    sector: 'po',
    criteria: { objective: '' as OptimiseObjective },
    birthTrend: null,
    migration: null,
    detour: null,
    allocation: 'choice',
    timeLimit: 30,
    heuristic: false,
    bundles: 'geodata/bundles',
    json: false,
    help: false
  };
  const c = args.criteria;
  const denominations: DenominationCriterion[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new ArgsError(`${a} vraagt een waarde.`);
      return v;
    };
    const number = (): number => {
      const v = value();
      const n = Number(v.replace(',', '.'));
      if (v.trim() === '' || !Number.isFinite(n)) throw new ArgsError(`${a} vraagt een getal, niet "${v}".`);
      return n;
    };
    switch (a) {
      case '--region':
        args.region = value();
        break;
      case '--sector':
        args.sector = value();
        break;
      case '--objective':
        c.objective = value() as OptimiseObjective;
        break;
      case '--keep':
        c.keep = number();
        break;
      case '--max-distance':
        c.maxDistanceKm = number();
        break;
      case '--share':
        c.share = number();
        break;
      case '--min-pupils': {
        const v = value();
        c.minPupils = v === 'norm' ? 'norm' : Number(v);
        if (c.minPupils !== 'norm' && !Number.isFinite(c.minPupils)) {
          throw new ArgsError(`--min-pupils vraagt een aantal leerlingen of "norm", niet "${v}".`);
        }
        break;
      }
      case '--year':
        c.year = number();
        break;
      case '--birth-trend':
        args.birthTrend = number();
        break;
      case '--migration':
        args.migration = number();
        break;
      case '--lock-open':
        c.lockOpen = [...(c.lockOpen ?? []), ...ids(value())];
        break;
      case '--lock-closed':
        c.lockClosed = [...(c.lockClosed ?? []), ...ids(value())];
        break;
      case '--place-min-children':
        c.placeMinChildren = number();
        break;
      case '--denomination': {
        const v = value();
        const at = v.lastIndexOf(':');
        const km = at < 0 ? NaN : Number(v.slice(at + 1).replace(',', '.'));
        if (at <= 0 || !Number.isFinite(km)) {
          throw new ArgsError(
            `--denomination vraagt richting en afstand, zoals "Rooms-Katholiek:5", niet "${v}".`
          );
        }
        denominations.push({ denomination: v.slice(0, at).trim(), withinKm: km });
        break;
      }
      case '--detour':
        args.detour = number();
        break;
      case '--allocation': {
        const v = value();
        if (!(ALLOCATIONS as readonly string[]).includes(v)) {
          throw new ArgsError(`--allocation moet ${ALLOCATIONS.join(' of ')} zijn, niet "${v}".`);
        }
        args.allocation = v as Allocation;
        break;
      }
      case '--time-limit':
        args.timeLimit = number();
        break;
      case '--heuristic':
        args.heuristic = true;
        break;
      case '--bundles':
        args.bundles = value();
        break;
      case '--json':
        args.json = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new ArgsError(`Onbekende optie "${a}"; zie --help.`);
    }
  }
  if (denominations.length > 0) c.denominations = denominations;
  if (args.help) return args;
  if (!args.region) throw new ArgsError('Geef een regio met --region, bv. --region achterhoek.');
  if (!c.objective) throw new ArgsError('Geef een doel met --objective: median, fewest of coverage.');
  if (!/^[a-z]+$/.test(args.sector) || !['po', 'vo', 'so'].includes(args.sector)) {
    throw new ArgsError(`--sector moet po, vo of so zijn, niet "${args.sector}".`);
  }
  if (args.detour !== null && !(args.detour >= 1 && args.detour <= 3)) {
    throw new ArgsError(`--detour moet van 1 tot 3 zijn, niet ${args.detour}.`);
  }
  if (!(args.timeLimit > 0 && args.timeLimit <= 3600)) {
    throw new ArgsError(
      `--time-limit moet meer dan 0 en hoogstens 3600 seconden zijn, niet ${args.timeLimit}.`
    );
  }
  for (const [flag, v] of [
    ['--birth-trend', args.birthTrend],
    ['--migration', args.migration]
  ] as const) {
    if (v === null) continue;
    if (c.year === undefined) throw new ArgsError(`${flag} hoort bij --year.`);
    if (!(Math.abs(v) <= 0.2))
      throw new ArgsError(`${flag} is een fractie per jaar van -0.2 tot 0.2, niet ${v}.`);
  }
  return args;
}
