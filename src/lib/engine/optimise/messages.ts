/**
 * Every Dutch sentence of the optimiser in one place: the messages for bad criteria (the CLI prints them as its
 * one `Fout:` line, the panel shows the same words), the constraint details, the relaxations and the plain-Dutch
 * explanation of a proposal. Kept together so they move into the message catalogue in one piece.
 */

const nl1 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const nl0 = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** 3.4 -> "3,4 km". */
export const km = (v: number) => `${nl1.format(v)} km`;
const nl2 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** A mean distance: 0.7186 -> "0,72 km". */
export const kmMean = (v: number) => `${nl2.format(v)} km`;
/** 20637 -> "20.637". */
export const count = (v: number) => nl0.format(v);
/** 0.953 -> "95,3 %". */
export const percent = (share: number) => `${nl1.format(share * 100)} %`;

/** The words of a sector: "school"/"scholen" for the schools, "voorziening"/"voorzieningen" otherwise. */
export interface Words {
  one: string;
  many: string;
  /** Who the demand counts: "kinderen" for the schools, "inwoners" otherwise. */
  people: string;
  users: string;
}

export function wordsFor(sector: string, users: string): Words {
  const school = sector === 'po' || sector === 'vo' || sector === 'so';
  return {
    one: school ? 'school' : 'voorziening',
    many: school ? 'scholen' : 'voorzieningen',
    people: school ? 'kinderen' : 'inwoners',
    users
  };
}

export const OBJECTIVE_LABEL = {
  median: 'kortste gemiddelde afstand',
  fewest: 'minste locaties',
  coverage: 'meeste kinderen binnen de afstand'
} as const;

/** Messages for criteria that cannot be used as given (the CLI exits 2 with one of these). */
export const INPUT = {
  objective: (v: unknown) =>
    `Onbekend doel "${String(v)}": kies median (${OBJECTIVE_LABEL.median}), fewest (${OBJECTIVE_LABEL.fewest}) of coverage (${OBJECTIVE_LABEL.coverage}).`,
  keepMissing: (objective: string) =>
    `Het doel "${objective}" vraagt hoeveel locaties er open blijven: geef een aantal.`,
  keepWithFewest: () =>
    'Het doel "minste locaties" zoekt zelf het aantal locaties: laat het aantal te houden locaties weg.',
  keepNotInteger: (v: unknown) =>
    `Het aantal locaties moet een geheel getal van 1 of meer zijn, niet ${String(v)}.`,
  keepTooMany: (k: number, n: number, w: Words) =>
    `${count(k)} locaties houden kan niet: de regio heeft ${count(n)} ${n === 1 ? w.one : w.many}.`,
  keepBelowLocks: (k: number, locked: number, w: Words) =>
    `${count(k)} locaties houden kan niet: er ${locked === 1 ? 'is' : 'zijn'} ${count(locked)} ${locked === 1 ? w.one : w.many} vastgezet als open.`,
  keepAboveAllowed: (k: number, allowed: number, closed: number, w: Words) =>
    `${count(k)} locaties houden kan niet: na ${count(closed)} vastgezette sluiting${closed === 1 ? '' : 'en'} blijven er ${count(allowed)} ${allowed === 1 ? w.one : w.many} over.`,
  distance: (v: unknown, what = 'De afstand') =>
    `${what} moet een getal groter dan 0 km zijn (hoogstens 100 km), niet ${String(v)}${typeof v === 'number' ? ' km' : ''}.`,
  distanceMissing: () => 'Het doel "meeste kinderen binnen de afstand" vraagt een afstand in km.',
  share: (v: unknown) => `Het aandeel moet groter dan 0 en hoogstens 1 zijn (0,9 = 90 %), niet ${String(v)}.`,
  shareWithoutDistance: () => 'Een aandeel kinderen binnen een afstand vraagt ook die afstand in km.',
  minPupils: (v: unknown) =>
    `Het minimum aantal leerlingen moet een geheel getal van 1 of meer zijn, of "norm", niet ${JSON.stringify(v)}.`,
  noNorms: (sector: string) =>
    `Voor ${sector} gelden geen opheffingsnormen: geef een minimum aantal leerlingen in plaats van "norm".`,
  year: (v: unknown, from: number, to: number) =>
    `Het jaar moet een jaar van ${from} tot en met ${to} zijn, niet ${String(v)}.`,
  noYears: (sector: string) => `Een prognosejaar kan alleen voor po en vo, niet voor ${sector}.`,
  lockList: (field: string) => `De ${field} moeten een lijst van codes zijn.`,
  lockUnknown: (id: string, field: string, w: Words) =>
    `Onbekende ${w.one} "${id}" bij ${field}: die code hoort bij geen ${w.one} van deze regio.`,
  lockContext: (id: string, name: string, field: string) =>
    `"${id}" (${name}) bij ${field} ligt buiten de regio: die blijft altijd meetellen en kan niet worden vastgezet.`,
  lockBoth: (id: string, name: string) => `"${id}" (${name}) staat zowel bij vast open als bij vast dicht.`,
  placeMinChildren: (v: unknown, w: Words) =>
    `Het aantal ${w.people} per woonplaats moet een getal van 0 of meer zijn, niet ${String(v)}.`,
  denominationsOnlyPo: () => 'Een richting binnen een afstand kan alleen voor het basisonderwijs (po).',
  denominationShape: () => 'Een richting heeft een naam en een afstand in km, zoals "Rooms-Katholiek:5".',
  denominationUnknown: (name: string, known: string[]) =>
    `Geen scholen met richting "${name}" in of rond de regio; kies uit: ${known.join(', ')}.`,
  fewestNeedsCriteria: () =>
    'Het doel "minste locaties" heeft een criterium nodig dat locaties vraagt: een afstand, een school per woonplaats of een richting binnen een afstand.',
  tooLarge: (cells: number) =>
    `Dit gebied is te groot voor een exacte berekening (${count(cells)} cellen): gebruik de snelle benadering.`
} as const;

/** The optimiser's field names as the messages mention them. */
export const FIELD = {
  lockOpen: 'vast open',
  lockClosed: 'vast dicht'
} as const;
