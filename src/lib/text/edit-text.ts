/**
 * Edits and engine refusals in plain Dutch, for the scenario bar and the error banner. Pure: a name lookup goes
 * in, text comes out. The words for a facility and its people default to the schools' ("school", "leerlingen");
 * pass the sector's terms for sport, zorg or welzijn ("voorziening", "bezoekers").
 */
import type { Edit } from '$lib/engine/types';
import { formatCount } from '$lib/i18n';

export interface FacilityName {
  name: string;
  /** Woonplaats; null when unknown (a new location outside the region's postcode areas). */
  place: string | null;
}

export type NameLookup = (id: string) => FacilityName | undefined;

/** The words the texts use: a `SectorTerms` fits. */
export interface EditWords {
  /** One facility: "school", "voorziening". */
  one: string;
  /** Its people, lower case plural: "leerlingen", "bezoekers". */
  users: string;
}

const SCHOOL_WORDS: EditWords = { one: 'school', users: 'leerlingen' };

/** "De Zonnewijzer, Kilder"; the bare id when the facility is unknown. */
export function facilityLabel(id: string, lookup: NameLookup): string {
  const f = typeof id === 'string' ? lookup(id) : undefined;
  if (!f) return String(id);
  return f.place ? `${f.name}, ${f.place}` : f.name;
}

/** One edit as a short Dutch sentence, e.g. "Sluit De Zonnewijzer, Kilder". */
export function describeEdit(edit: Edit, lookup: NameLookup, words: EditWords = SCHOOL_WORDS): string {
  if (typeof edit !== 'object' || edit === null) return 'Onleesbare ingreep';
  switch (edit.op) {
    case 'close':
      return `Sluit ${facilityLabel(edit.facility, lookup)}`;
    case 'merge':
      return (
        `Voeg ${facilityLabel(edit.facility, lookup)} samen met ${facilityLabel(edit.into, lookup)}` +
        (edit.missingTracks === 'elsewhere' ? ' (ontbrekende schoolsoorten elders)' : '') +
        (edit.missingTracks === 'move' ? ' (schoolsoorten verhuizen mee)' : '')
      );
    case 'open': {
      const place = lookup(edit.id)?.place;
      return `Nieuwe locatie: ${edit.name}${place ? `, ${place}` : ''}`;
    }
    case 'capacity':
      return `Capaciteit ${facilityLabel(edit.facility, lookup)}: ${formatCount(edit.capacity)} ${words.users}`;
    default:
      return `Onbekende ingreep '${String((edit as { op?: unknown }).op)}'`;
  }
}

interface Rule {
  re: RegExp;
  text: (m: RegExpMatchArray, label: (id: string) => string, w: EditWords) => string;
}

/** The engine's problem texts (src/lib/engine/scenario.ts) and how to say them in Dutch. */
const RULES: Rule[] = [
  {
    re: /^unknown facility "(.*)" to merge into$/,
    text: (m, _, w) => `de ${w.one} '${m[1]}' om mee samen te voegen bestaat niet in deze regio`
  },
  {
    re: /^unknown facility "(.*)" \(/,
    text: (m, _, w) => `de ${w.one} '${m[1]}' bestaat niet in deze regio en sector`
  },
  { re: /^facility "(.*)" is already closed$/, text: (m, l) => `${l(m[1])} is al gesloten` },
  {
    re: /^facility "(.*)" is a context facility/,
    text: (m, l, w) =>
      `${l(m[1])} ligt buiten de regio; die ${w.one} kan wel ${w.users} opvangen, maar sluiten of wijzigen is niet aan deze regio`
  },
  { re: /cannot merge into itself$/, text: (_, __, w) => `een ${w.one} kan niet met zichzelf samengaan` },
  {
    re: /^cannot merge into "(.*)": it is already closed$/,
    text: (m, l, w) => `${l(m[1])} is al gesloten en kan geen ${w.users} opvangen`
  },
  {
    re: /^no open .* facility is left/,
    text: (_, __, w) => `er blijft geen open ${w.one} over om de ${w.users} op te vangen`
  },
  { re: /^facility id "(.*)" already exists$/, text: (m) => `de code '${m[1]}' bestaat al` },
  { re: /lies outside the Netherlands$/, text: () => 'die plek ligt buiten Nederland' },
  { re: /"capacity" must be/, text: () => 'de capaciteit moet een getal van 0 of meer zijn' },
  {
    re: /^"missingTracks" must be/,
    text: () => 'kies wat er met een ontbrekende schoolsoort gebeurt: meeverhuizen of elders'
  },
  { re: /^"tracks" must be/, text: () => 'de schoolsoorten van de nieuwe locatie zijn ongeldig' },
  {
    re: /must be a facility id|must be a string|must be numbers|must be a non-empty|must be an object/,
    text: () => 'de ingreep is onvolledig'
  },
  { re: /^unknown op/, text: () => 'dit soort ingreep kent de atlas niet' }
];

/** The engine's refusal of an edit, in Dutch and naming the edit: "Ingreep 2 (Sluit X, Y) kan niet: ...". */
export function refusalMessage(
  failure: { message: string; editIndex: number | null; problem?: string },
  edits: readonly Edit[],
  lookup: NameLookup,
  words: EditWords = SCHOOL_WORDS
): string {
  const k = failure.editIndex;
  if (k === null || k < 0 || k >= edits.length) return failure.message;
  const label = (id: string) => facilityLabel(id, lookup);
  const problem = failure.problem ?? failure.message;
  const rule = RULES.find((r) => r.re.test(problem));
  const reason = rule ? rule.text(problem.match(rule.re)!, label, words) : problem;
  return `Ingreep ${k + 1} (${describeEdit(edits[k], lookup, words)}) kan niet: ${reason}.`;
}
