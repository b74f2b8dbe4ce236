/**
 * The Dutch words of "Voorstel uit criteria" (the panel, its chart and the name of the scenario it makes), in one
 * place for the message catalogue. The engine's own sentences (criteria errors, checks, relaxations, the
 * explanation) come with the result, from src/lib/engine/optimise/messages*.ts.
 */
import type { OptimiseCriteria, OptimiseResult } from '$lib/engine';

const km = (v: number) => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(v)} km`;

export const PROPOSAL_TEXT = {
  title: 'Voorstel uit criteria',
  intro: 'Laat de atlas een spreiding voorstellen die aan de criteria van de zaal voldoet.',
  objective: 'Doel',
  objectives: {
    fewest: 'Zo min mogelijk locaties',
    median: 'Vast aantal locaties, kortste afstand',
    coverage: 'Vast aantal locaties, meeste kinderen binnen de afstand'
  },
  keep: 'Aantal locaties dat open blijft',
  maxDistance: 'Maximale afstand (km)',
  share: 'Aandeel kinderen binnen die afstand (%)',
  minPupils: 'Minimum leerlingen per school',
  minPupilsNone: 'geen',
  minPupilsNumber: 'aantal',
  minPupilsNorm: 'opheffingsnorm',
  year: 'In jaar',
  yearNow: 'nu (2023)',
  placeMin: 'School in elke woonplaats vanaf (kinderen)',
  denomination: 'Richting binnen afstand',
  denominationNone: 'geen',
  lockOpen: 'Vast open (vestigingscodes)',
  lockClosed: 'Vast dicht (vestigingscodes)',
  lockHint: 'Met komma’s, bv. 05BR00, 11TN00',
  compute: 'Bereken voorstel',
  stop: 'Stoppen',
  stopped: 'Berekening gestopt. Er is niets veranderd.',
  firstKept: (open: number) =>
    `Het eerste voorstel (${open} locaties) was er al, maar is niet bewezen het beste en heeft geen grafiek.`,
  useFirst: 'Eerste voorstel toch gebruiken',
  busy: 'Bezig…',
  firstAnswer: 'Eerste antwoord',
  newScenario: (name: string) => `Nieuw scenario: ${name}`,
  constraints: 'Criteria',
  met: 'gehaald',
  notMet: 'niet gehaald',
  relaxations: 'Wat wel kan',
  apply: 'Neem over',
  chartTitle: 'Hoeveel locaties, welke afstand?',
  chartCaption: (d: number) =>
    `Gemiddelde afstand en aandeel kinderen binnen ${km(d)} bij elk aantal locaties (benadering: telkens de locatie ` +
    'sluiten die het minst afstand kost; de andere criteria tellen hier niet mee).',
  chartX: 'locaties open',
  chartMean: 'gemiddelde afstand (km)',
  chartWithin: (d: number) => `binnen ${km(d)} (%)`,
  chartToday: 'nu',
  chartProposal: 'voorstel',
  onlyAllSectors: 'Deze sector heeft nog geen voorzieningen: kies eerst een bestand.',
  readOnlyNote: 'Het voorstel komt als nieuw scenario naast dit gedeelde scenario.'
} as const;

const GOAL: Record<OptimiseCriteria['objective'], string> = {
  fewest: 'minste locaties',
  median: 'kortste afstand',
  coverage: 'meeste binnen afstand'
};

/** The new scenario's name: "Voorstel: minste locaties, 3 km" (and a warning when not every criterion holds). */
export function proposalName(criteria: OptimiseCriteria, result: OptimiseResult): string {
  const parts = [GOAL[criteria.objective]];
  if (criteria.keep !== undefined) parts.push(`${criteria.keep} locaties`);
  if (criteria.maxDistanceKm !== undefined) parts.push(km(criteria.maxDistanceKm));
  if (criteria.minPupils !== undefined)
    parts.push(criteria.minPupils === 'norm' ? 'norm' : `min. ${criteria.minPupils} lln`);
  if (criteria.year !== undefined) parts.push(String(criteria.year));
  return `Voorstel: ${parts.join(', ')}${result.feasible ? '' : ' (haalt niet alles)'}`;
}
