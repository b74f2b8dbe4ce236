/**
 * The Dutch sentences of a proposal: the check of every criterion, the relaxations that work, the explanation for
 * the room and the progress lines. (The messages for bad criteria are in messages.ts.)
 */
import { count, km, kmMean, OBJECTIVE_LABEL, percent, type Words } from './messages';
import type { OptimiseObjective } from './criteria';

const list = (items: string[], max = 5) =>
  items.slice(0, max).join(', ') + (items.length > max ? ` en ${count(items.length - max)} meer` : '');

const yearText = (year: number | null) => (year === null ? 'nu (1-10-2023)' : `in ${year}`);

export const CHECK = {
  keep: (k: number, open: number, w: Words) =>
    open === k
      ? `${count(open)} ${w.many} blijven open, zoals gevraagd.`
      : `${count(open)} ${w.many} open in plaats van ${count(k)}.`,
  lockOpen: (n: number, missing: string[], w: Words) =>
    missing.length === 0
      ? n === 1
        ? `De vastgezette ${w.one} blijft open.`
        : `De ${count(n)} vastgezette ${w.many} blijven open.`
      : `Niet open, terwijl vastgezet: ${list(missing)}.`,
  lockClosed: (n: number, still: string[], w: Words) =>
    still.length === 0
      ? n === 1
        ? `De als dicht vastgezette ${w.one} sluit.`
        : `De ${count(n)} als dicht vastgezette ${w.many} sluiten.`
      : `Nog open, terwijl vastgezet als dicht: ${list(still)}.`,
  distance: (d: number, share: number, achieved: number, beyond: number, reachable: number, w: Words) => {
    if (share >= 1) {
      return beyond <= 1e-9 * Math.max(1, reachable)
        ? `Alle ${w.people} wonen binnen ${km(d)} van een open ${w.one} (de onbereikbare niet meegerekend).`
        : `${count(Math.round(beyond))} ${w.people} wonen verder dan ${km(d)} van een open ${w.one}.`;
    }
    return `${percent(achieved)} van de bereikbare ${w.people} woont binnen ${km(d)} van een open ${w.one} (gevraagd: minstens ${percent(share)}).`;
  },
  minPupils: (min: number | 'norm', year: number | null, checked: number, short: string[], w: Words) => {
    const what = min === 'norm' ? 'hun opheffingsnorm' : `${count(min)} leerlingen`;
    return short.length === 0
      ? `Alle ${count(checked)} open ${w.many} met een minimum hebben ${yearText(year)} minstens ${what}.`
      : `${count(short.length)} ${short.length === 1 ? w.one : w.many} ${short.length === 1 ? 'blijft' : 'blijven'} ${yearText(year)} onder ${what}: ${list(short)}.`;
  },
  places: (n: number, total: number, without: string[], w: Words) => {
    if (without.length > 0) return `Zonder ${w.one}: ${list(without)}.`;
    return total === 0
      ? `Geen woonplaats met een ${w.one} heeft minstens ${count(n)} ${w.people}.`
      : `Alle ${count(total)} woonplaatsen met minstens ${count(n)} ${w.people} houden een ${w.one}.`;
  },
  denomination: (
    name: string,
    d: number,
    missing: number,
    reachable: number,
    unreachable: number,
    w: Words
  ) => {
    const note =
      unreachable > 0
        ? ` (${count(Math.round(unreachable))} ${w.people} hebben er ook nu geen binnen die afstand)`
        : '';
    return missing <= 1e-9 * Math.max(1, reachable)
      ? `Iedereen heeft binnen ${km(d)} een ${w.one} met richting ${name}${note}.`
      : `${count(Math.round(missing))} ${w.people} hebben geen ${w.one} met richting ${name} binnen ${km(d)}${note}.`;
  }
} as const;

export const RELAX = {
  maxDistanceKm: (d: number) => `Met ${km(d)} kan het wel.`,
  keep: (k: number, w: Words) => `Met ${count(k)} ${k === 1 ? w.one : w.many} kan het wel.`,
  share: (s: number, d: number) => `Met ${percent(s)} binnen ${km(d)} kan het wel.`,
  minPupils: (n: number) => `Met een minimum van ${count(n)} leerlingen kan het wel.`,
  placeMinChildren: (n: number, w: Words) =>
    `Met een ${w.one} in elke woonplaats vanaf ${count(n)} ${w.people} kan het wel.`,
  denomination: (name: string, d: number) => `Met richting ${name} binnen ${km(d)} kan het wel.`,
  lockClosed: (names: string[]) => `Zonder vast dicht voor ${list(names)} kan het wel.`,
  lockOpen: (names: string[]) => `Zonder vast open voor ${list(names)} kan het wel.`,
  none: () => 'Er is geen kleine aanpassing van één criterium gevonden die wel werkt.'
} as const;

export interface ExplainInput {
  objective: OptimiseObjective;
  words: Words;
  open: number;
  total: number;
  meanKm: number;
  meanNowKm: number;
  distanceKm: number | null;
  withinShare: number | null;
  feasible: boolean;
  infeasibleProven: boolean;
  /** Relaxations found; null while none were searched (the first answer). */
  relaxations: number | null;
  failing: string[];
  method: 'exact' | 'heuristic';
  optimal: boolean;
  gap: number | null;
  solver: string | null;
  unreachableChildren: number;
  merges: number;
  year: number | null;
}

export function explain(x: ExplainInput): string[] {
  const w = x.words;
  const lines: string[] = [];
  lines.push(
    `Voorstel (${OBJECTIVE_LABEL[x.objective]}): ${count(x.open)} van de ${count(x.total)} ${w.many} blijven open, ${count(x.total - x.open)} sluiten.`
  );
  const within =
    x.distanceKm !== null && x.withinShare !== null
      ? `; ${percent(x.withinShare)} woont binnen ${km(x.distanceKm)}`
      : '';
  lines.push(`Gemiddelde afstand ${kmMean(x.meanKm)} (nu ${kmMean(x.meanNowKm)})${within}.`);
  if (x.feasible) lines.push('Alle criteria worden gehaald (nagerekend met de rekenkern van de atlas).');
  else lines.push(`Niet alle criteria worden gehaald: ${x.failing.join(' ')}`);
  const next =
    x.relaxations === null ? '' : x.relaxations > 0 ? ' Hieronder staat wat wel kan.' : ` ${RELAX.none()}`;
  if (x.infeasibleProven)
    lines.push(
      `Alle criteria samen kunnen niet: dat is bewezen (${x.solver ?? 'exacte berekening'}).${next}`
    );
  else if (!x.feasible) lines.push(`Er is geen voorstel gevonden dat alle criteria haalt.${next}`);
  else if (x.method === 'exact' && x.optimal)
    lines.push(`Bewezen het beste voorstel voor deze criteria (${x.solver ?? 'exacte berekening'}).`);
  else if (x.gap !== null)
    lines.push(
      `Hooguit ${percent(x.gap)} van het best mogelijke af (bewezen ondergrens${x.method === 'heuristic' ? ', snelle benadering' : ''}).`
    );
  else lines.push('Snelle benadering: hoe ver dit van het best mogelijke af is, is niet bewezen.');
  if (x.unreachableChildren > 0 && x.distanceKm !== null) {
    lines.push(
      `${count(Math.round(x.unreachableChildren))} ${w.people} wonen verder dan ${km(x.distanceKm)} van elke ${w.one} die open kan blijven: onbereikbaar, welk voorstel ook.`
    );
  }
  if (x.merges > 0)
    lines.push(
      `Bij ${count(x.merges)} sluitingen gaan de leerlingen naar een gekozen ${w.one}, zodat die het minimum haalt.`
    );
  if (x.year !== null) lines.push(`Kinderen en leerlingen volgens de prognose voor ${x.year}.`);
  return lines;
}

export const PROGRESS = {
  prepare: 'Criteria nakijken en afstanden berekenen…',
  heuristic: 'Snel een eerste voorstel zoeken…',
  first: (open: number, meanKm: number, exact: boolean) =>
    `Eerste voorstel: ${count(open)} locaties, gemiddeld ${kmMean(meanKm)}.${exact ? ' Nu het beste voorstel bewijzen…' : ''}`,
  exact: (value: number | null, bound: number | null) =>
    value === null || bound === null || value <= 0
      ? 'Het beste voorstel bewijzen (HiGHS)…'
      : `Het beste voorstel bewijzen (HiGHS): hooguit ${percent(Math.max(0, (value - bound) / value))} van het beste af…`,
  bound: 'Ondergrens berekenen…',
  verify: 'Nagerekenen met de rekenkern…',
  relax: 'Zoeken wat wel kan…'
} as const;
