/**
 * The server's words of the live session, in Dutch (the server always speaks Dutch): the default questions it
 * stores, the answer checks and the API's errors. Pages show a stored default question in their own language
 * (question-text.ts, catalogue namespace `liveQuestions`, which has these Dutch words too); the pages' own texts
 * are in live-ui-text.ts. No `$lib` imports: the server's storage runs in plain Node in a test.
 */

const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** 2.5 -> "2,5"; 1000 -> "1.000". */
export function formatNumber(n: number): string {
  return nl.format(n);
}

const list = (labels: readonly string[]) =>
  labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels
        .slice(0, -1)
        .map((l) => `'${l}'`)
        .join(', ')} of '${labels[labels.length - 1]}'`;

export const QUESTION_TEXT = {
  maxDistance: (one: string) => `Hoe ver mag de dichtstbijzijnde ${one} hoogstens zijn?`,
  maxDistanceHelp: 'In kilometers, zoals de kaart afstanden toont.',
  minPupils: (one: string, users: string) => `Hoeveel ${users} moet een ${one} minstens hebben?`,
  normOption: 'de opheffingsnorm',
  minPupilsNormHelp: 'Of kies de opheffingsnorm: het wettelijke minimum van de gemeente.',
  village: (one: string) => `Een ${one} in elk dorp?`,
  villageYes: 'Ja, in elk dorp',
  villageLarge: 'Alleen in grotere dorpen',
  villageNo: 'Nee, de afstand telt',
  villageHelp: 'Een dorp: een woonplaats met kinderen van de leeftijd (grotere dorpen: 100 of meer).',
  denomination: 'Hoe belangrijk is keuze uit richting (openbaar, katholiek, christelijk, …)?',
  denominationVery: 'Zeer belangrijk',
  denominationSome: 'Redelijk belangrijk',
  denominationNot: 'Niet belangrijk',
  denominationHelp: 'Of elk kind binnen bereik een school van de eigen richting moet hebben.',
  maxLocations: (one: string) => `Hoeveel locaties (${one}) mogen er hoogstens overblijven?`,
  locationsUnit: 'locaties',
  maxLocationsHelp: (n: number, one: string) =>
    `Nu zijn het er ${formatNumber(n)} (${one === 'school' ? 'scholen' : 'voorzieningen'} in de regio).`,
  invalid: {
    notObject: 'Een vraag moet een JSON-object zijn',
    id: 'veld "id": moet beginnen met een letter en mag alleen letters, cijfers, - en _ bevatten (hoogstens 40)',
    label: (max: number) => `veld "label": de vraag moet een tekst van 1 tot ${max} tekens zijn`,
    kind: 'veld "kind": moet "number" of "choice" zijn',
    options: (max: number) => `veld "options": moet een lijst van hoogstens ${max} keuzes zijn`,
    option: (max: number) =>
      `veld "options": elke keuze is een tekst of { value, label } van hoogstens ${max} tekens`,
    duplicateOption: (v: string) => `veld "options": de keuze '${v}' staat er twee keer in`,
    help: (max: number) => `veld "help": moet een tekst van hoogstens ${max} tekens zijn`,
    choiceOptions: 'Een keuzevraag heeft minstens twee keuzes',
    range: 'velden "min" en "max": moeten getallen zijn met min kleiner dan max',
    step: 'veld "step": moet een positief getal zijn (hoogstens 100.000 stappen tussen min en max)'
  }
};

export const ANSWER_TEXT = {
  choiceType: (label: string) => `Het antwoord op '${label}' moet een van de keuzes zijn (tekst)`,
  notAnOption: (labels: readonly string[]) => `Kies ${list(labels)}`,
  numberOrOption: (labels: readonly string[]) => `Geef een getal of kies ${list(labels)}`,
  numberType: 'Het antwoord moet een getal zijn',
  range: (min: number, max: number, unit: string | null, got: number) =>
    `Het antwoord moet tussen ${formatNumber(min)} en ${formatNumber(max)}${unit ? ` ${unit}` : ''} liggen ` +
    `(ontvangen: ${formatNumber(got)})`,
  step: (step: number, unit: string | null) =>
    `Het antwoord moet in stappen van ${formatNumber(step)}${unit ? ` ${unit}` : ''}`,
  ratingType: 'Een beoordeling moet een getal van 1 tot en met 5 zijn',
  ratingRange: 'Een beoordeling is een heel getal van 1 tot en met 5'
};

/** The API's error messages (JSON `{ error }`). */
export const API_TEXT = {
  notFound: 'Sessie niet gevonden. Controleer de code op het scherm.',
  expired: 'Deze sessie is verlopen (24 uur zonder activiteit).',
  noToken: 'Deze actie is alleen voor de gespreksleider: de sleutel van de sessie ontbreekt',
  wrongToken: 'De sleutel van de gespreksleider klopt niet voor deze sessie',
  bodyObject: 'Het verzoek moet een JSON-object zijn',
  participant:
    'veld "participant": moet een deelnemer-id van 8 tot 64 tekens zijn (letters, cijfers, - en _)',
  nickname: 'veld "nickname": moet een tekst zijn (hoogstens 40 tekens) of leeg blijven',
  question: 'veld "question": moet de id van een vraag zijn',
  unknownQuestion: (id: string) => `Deze sessie heeft geen vraag '${id.slice(0, 40)}'`,
  closedQuestion: 'Deze vraag is gesloten: de gespreksleider neemt geen antwoorden meer aan',
  scenario: 'veld "scenario": moet de id van een scenario van de sessie zijn',
  unknownScenario: (id: string) => `Deze sessie heeft geen scenario '${id.slice(0, 40)}'`,
  closedScenario: 'Over dit scenario wordt niet (meer) gestemd',
  value: 'veld "value": ontbreekt',
  open: 'veld "open": moet true of false zijn',
  region: (id: string) => `veld "region": onbekende regio '${id.slice(0, 60)}'`,
  regionMissing: 'veld "region": ontbreekt (een regio-id zoals "achterhoek")',
  sector: (id: string, known: readonly string[]) =>
    `veld "sector": onbekende sector '${id.slice(0, 40)}' (kies ${list(known)})`,
  sectorMissing: 'veld "sector": ontbreekt (bijvoorbeeld "po")',
  scenarioRegion: (region: string, session: string) =>
    `Het scenario hoort bij regio '${region}', deze sessie bij '${session}'`,
  scenarioInvalid: (why: string) => `Het scenario kan niet worden doorgerekend: ${why}`,
  tooManyQuestions: (max: number) => `Een sessie heeft hoogstens ${max} vragen`,
  duplicateQuestion: (id: string) => `Deze sessie heeft al een vraag '${id}'`,
  tooManyScenarios: (max: number) => `Een sessie heeft hoogstens ${max} scenario's ter beoordeling`,
  full: (max: number) =>
    `Deze sessie is vol (${formatNumber(max)} deelnemers). Vraag de gespreksleider om een nieuwe sessie.`,
  rateLimited: 'Te veel verzoeken achter elkaar van deze telefoon; wacht een paar seconden',
  busy: 'Er worden nu te veel sessies tegelijk gestart; probeer het over een minuut opnieuw',
  format: 'format moet "csv" of "json" zijn',
  tooManyStreams:
    'Te veel open verbindingen met deze sessie; de pagina ververst de uitslag elke paar seconden',
  closing: 'Deze server stopt; de pagina maakt vanzelf opnieuw verbinding'
};
