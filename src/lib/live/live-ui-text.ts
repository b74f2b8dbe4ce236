/**
 * The Dutch texts of the live session's pages (facilitator panel, participant page) and of the criteria
 * explanation, in one place for the message catalogue. API and question texts: live-text.ts.
 */
import type { DenominationCriterion } from '../engine/optimise/criteria';
import { formatNumber } from './live-text';

const answers = (n: number) => (n === 1 ? '1 antwoord' : `${formatNumber(n)} antwoorden`);

export const CRITERIA_TEXT = {
  /** How the chosen quantile is named in a line. */
  which: (q: number) => (q === 0.5 ? 'De mediaan' : `Het ${formatNumber(Math.round(q * 100))}%-punt`),
  noAnswers: 'Nog geen antwoorden: niet meegenomen.',
  distance: (which: string, n: number, km: number) =>
    `${which} van ${answers(n)}: ${formatNumber(km)} km → elk kind binnen ${formatNumber(km)} km van een ` +
    `open locatie (maxDistanceKm).`,
  sizeNorm: (norm: number, n: number) =>
    `${formatNumber(norm)} van de ${answers(n)} kiezen de opheffingsnorm (minstens de helft) → elke ` +
    `overblijvende school haalt haar eigen opheffingsnorm (minPupils: norm).`,
  size: (which: string, n: number, pupils: number) =>
    `${which} van ${answers(n)} met een getal: ${formatNumber(pupils)} → elke overblijvende locatie heeft ` +
    `minstens ${formatNumber(pupils)} (minPupils).`,
  sizeNone: (which: string, n: number) =>
    `${which} van ${answers(n)} met een getal is 0: geen minimumgrootte.`,
  village: (which: string, n: number, answer: string, children: number) =>
    `${which} van ${answers(n)}: ${answer === 'ja' ? '“ja, in elk dorp”' : '“alleen in grotere dorpen”'} → ` +
    `een locatie in elke woonplaats met minstens ${formatNumber(children)} ` +
    `${children === 1 ? 'kind' : 'kinderen'} van de leeftijd (placeMinChildren).`,
  villageNo: (which: string, n: number) =>
    `${which} van ${answers(n)}: “nee, de afstand telt” → geen eis per dorp.`,
  denominationPoOnly: 'Richting telt alleen bij het basisonderwijs mee.',
  denominationNot: (which: string, n: number) =>
    `${which} van ${answers(n)}: “niet belangrijk” → geen eis per richting.`,
  denominationNone: 'De regio heeft geen scholen van de gevraagde richtingen: niet meegenomen.',
  denomination: (which: string, n: number, answer: string, list: readonly DenominationCriterion[]) =>
    `${which} van ${answers(n)}: “${answer === 'zeer' ? 'zeer' : 'redelijk'} belangrijk” → elk kind heeft ` +
    list.map((d) => `${d.denomination} binnen ${formatNumber(d.withinKm)} km`).join(', ') +
    ' (denominations).',
  keep: (which: string, n: number, keep: number) =>
    `${which} van ${answers(n)}: ${formatNumber(keep)} → precies ${formatNumber(keep)} locaties blijven ` +
    `open, met de kortste gemiddelde afstand (objective: median, keep).`,
  fewest:
    'Geen antwoorden over het aantal locaties → zo min mogelijk locaties die aan de andere eisen voldoen ' +
    '(objective: fewest).',
  intro:
    'Zo worden de antwoorden van de zaal criteria voor de optimalisatie. Per vraag telt de gekozen waarde ' +
    '(standaard de mediaan: de helft van de zaal antwoordde lager of gelijk, de helft hoger of gelijk). ' +
    'Een keuzevraag gaat op volgorde: nee < grotere dorpen < ja, niet < redelijk < zeer belangrijk.',
  quantileLabel: 'Welke waarde telt',
  quantiles: [
    { value: 0.5, label: 'De mediaan (50%)' },
    { value: 0.25, label: '25%-punt (lager)' },
    { value: 0.75, label: '75%-punt (hoger)' }
  ],
  proposalPending:
    'Een voorstel van de optimalisatie volgt zodra die in de atlas zit; deze criteria gaan er dan in.'
};
