/**
 * The Dutch texts of the live session's pages (facilitator panel, participant page) and of the criteria
 * explanation, in one place for the message catalogue. API and question texts: live-text.ts.
 */
import type { DenominationCriterion } from '../engine/optimise/criteria';
import { formatNumber } from './live-text';
import { LIVE_START_TEXT } from './live-start-text';

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
  propose: 'Voorstel uit de criteria van de zaal',
  proposeHelp:
    'Berekent met deze criteria een voorstel (zoals "Voorstel uit criteria"), voegt het toe als scenario van de ' +
    'workshop en zet het meteen open voor beoordeling.',
  proposing: 'Voorstel wordt berekend…',
  stop: 'Stoppen',
  stopped: 'Berekening gestopt; er is niets toegevoegd.',
  proposed: (name: string) => `${name}: toegevoegd als scenario en open voor beoordeling.`,
  proposeNoAnswers:
    'Er zijn nog geen antwoorden; het voorstel gebruikt dan alleen "zo min mogelijk locaties".'
};

const people = (n: number) => (n === 1 ? '1 deelnemer' : `${formatNumber(n)} deelnemers`);

/** The participant page (/s/CODE). */
export const PARTICIPANT_TEXT = {
  title: 'Transitieatlas · meedoen',
  loading: 'De sessie wordt geladen…',
  enterCode: 'Vul de code van het scherm in',
  codeLabel: 'Code (6 tekens)',
  codeButton: 'Meedoen',
  codeInvalid: 'Een code heeft 6 tekens: cijfers 2-9 en letters (geen O, I, L of U).',
  gone: 'Deze sessie is niet (meer) beschikbaar',
  otherCode: 'Andere code invullen',
  error: 'De sessie kon niet geladen worden',
  retry: 'Opnieuw proberen',
  nicknameLabel: 'Je naam (mag leeg blijven)',
  nicknameSave: 'Opslaan',
  nicknameSaved: (name: string) => `Je doet mee als ${name}.`,
  anonymous: 'Je doet anoniem mee. Je antwoorden ziet alleen de gespreksleider, als optelling.',
  waiting: 'Even wachten: de gespreksleider opent zo een vraag.',
  send: 'Versturen',
  change: 'Wijzigen en versturen',
  sending: 'Versturen…',
  received: (answer: string) => `Ontvangen: ${answer}`,
  notSent: (why: string) => `Niet verstuurd: ${why}`,
  tryAgain: 'Opnieuw versturen',
  less: 'minder',
  more: 'meer',
  ratingTitle: 'Wat vind je van dit scenario?',
  ratingScale: '1 = slecht, 5 = goed',
  stars: (n: number) => `${n} van 5`,
  mapAlt: (name: string) =>
    `Kaart van scenario ${name}: afstand tot de dichtstbijzijnde locatie per vierkante kilometer`,
  legendOpen: 'open',
  legendClosed: 'gesloten',
  legendNew: 'nieuw',
  legendDistance: 'Afstand tot de dichtstbijzijnde open locatie',
  figuresOpen: (before: number, after: number) =>
    `Open locaties: ${formatNumber(after)} (nu ${formatNumber(before)})`,
  figuresMean: (before: string, after: string) => `Gemiddelde afstand: ${after} (nu ${before})`,
  figuresP90: (before: string, after: string) => `9 op de 10 binnen: ${after} (nu ${before})`,
  figuresMoved: (n: number) => `Moeten verhuizen: ${formatNumber(n)}`,
  figuresPlaces: (places: readonly string[]) => `Dorpen zonder eigen locatie: ${places.join(', ')}`,
  edits: (n: number) => (n === 1 ? '1 ingreep' : `${formatNumber(n)} ingrepen`),
  people,
  answered: (n: number) => `${people(n)} · samen ontvangen`,
  questionCount: (n: number) => (n === 1 ? '1 antwoord' : `${formatNumber(n)} antwoorden`),
  connection: {
    connecting: 'verbinden…',
    live: 'live',
    polling: 'bijwerken elke paar seconden',
    closed: 'verbinding gesloten'
  } as const
};

/** A distance in metres as "1,84 km" (as the workshop's figures). */
export const km = (m: number | null) =>
  m === null
    ? 'onbekend'
    : `${new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(m / 1000)} km`;

/** The facilitator's panel in the workshop. */
export const FACILITATOR_TEXT = {
  proposalLost: 'Het voorstel is berekend, maar het scenario is intussen verwijderd; er is niets opengezet.',
  ...LIVE_START_TEXT,
  title: 'Live sessie',
  hide: 'Verbergen',
  join: 'Doe mee op je telefoon',
  scan: 'Scan de QR-code of ga naar',
  codeLabel: 'code',
  localhost:
    'Let op: deze link werkt alleen op deze computer (localhost). Open de atlas via het netwerkadres van deze ' +
    'computer, of start de server met TRANSITIEATLAS_PUBLIC_URL.',
  copy: 'Link kopiëren',
  copied: 'Gekopieerd',
  participants: (n: number) => people(n),
  connection: {
    connecting: 'verbinden…',
    live: 'live bijgewerkt',
    polling: 'bijgewerkt elke paar seconden',
    closed: 'geen verbinding'
  } as const,
  questions: 'Vragen aan de zaal',
  open: 'Open',
  closed: 'Gesloten',
  openAction: 'Openen',
  closeAction: 'Sluiten',
  answers: (n: number) => (n === 1 ? '1 antwoord' : `${formatNumber(n)} antwoorden`),
  median: (v: string) => `mediaan ${v}`,
  noAnswers: 'nog geen antwoorden',
  ratings: 'Scenario’s beoordelen (1-5)',
  ratingsHelp:
    'Zet een scenario van deze sessie ter beoordeling: de server rekent het door en toont de kaart op de telefoons.',
  putUp: 'Ter beoordeling',
  putUpAgain: 'Opnieuw ter beoordeling',
  onPhones: 'Op de telefoons',
  average: (mean: string, n: number) =>
    `gemiddeld ${mean} (${n === 1 ? '1 stem' : `${formatNumber(n)} stemmen`})`,
  noRatings: 'nog geen beoordelingen',
  noEdits: 'zonder ingrepen',
  criteria: 'Criteria van de zaal',
  criteriaJson: 'Als criteria voor de optimalisatie',
  export: 'Exporteren',
  exportJson: 'Stemmen (JSON)',
  exportCsv: 'Stemmen (CSV)',
  exportPdf: 'Uitslag (PDF)',
  end: 'Sessie beëindigen',
  endConfirm:
    'De sessie beëindigen en alle stemmen op de server wissen? Exporteer eerst wat je wilt bewaren.',
  ended: 'De sessie is beëindigd.',
  gone: 'De sessie bestaat niet meer op de server (verlopen of beëindigd).',
  failed: (why: string) => `Niet gelukt: ${why}`,
  pdfTitle: (code: string) => `Live sessie ${code}`,
  pdfKicker: 'Transitieatlas · live sessie',
  pdfRegion: 'Regio',
  pdfSector: 'Sector',
  pdfDate: 'Datum',
  pdfParticipants: 'Deelnemers',
  pdfCode: 'Code',
  pdfValue: 'Antwoord',
  pdfCount: 'Aantal',
  pdfMap: (name: string) => `Kaart van “${name}”: afstand tot de dichtstbijzijnde open locatie per cel.`,
  pdfRating: 'Beoordeling',
  pdfFooter: (code: string) =>
    `Transitieatlas · live sessie ${code} · uitslag berekend uit de opgeslagen stemmen`
};
