/**
 * Edits and engine refusals in the page's language (catalogue namespace `workshopShell`), for the scenario bar and
 * the error banner; the server's live session (always Dutch) uses them too. Pure: a name lookup goes in, text comes
 * out. The words for a facility and its people default to the schools' ("school", "leerlingen"); pass the sector's
 * terms for sport, zorg or welzijn ("voorziening", "bezoekers"): they are given in Dutch, as the sector's terms
 * have them, and said in the page's language.
 */
import type { Edit } from '$lib/engine/types';
import { formatCount } from '$lib/i18n';
import { t } from '$lib/i18n/catalogue';
import type { MessageKey } from '$lib/i18n/messages/types';
import { word } from '$lib/view/indicators';

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

/** The sector's words in the page's language. */
const said = (w: EditWords) => ({ one: word('one', w.one), users: word('users', w.users) });

/** "De Zonnewijzer, Kilder"; the bare id when the facility is unknown. */
export function facilityLabel(id: string, lookup: NameLookup): string {
  const f = typeof id === 'string' ? lookup(id) : undefined;
  if (!f) return String(id);
  return f.place ? `${f.name}, ${f.place}` : f.name;
}

/** One edit as a short sentence, e.g. "Sluit De Zonnewijzer, Kilder" ("Close De Zonnewijzer, Kilder"). */
export function describeEdit(edit: Edit, lookup: NameLookup, words: EditWords = SCHOOL_WORDS): string {
  if (typeof edit !== 'object' || edit === null) return t('workshopShell.edit.unreadable');
  switch (edit.op) {
    case 'close':
      return t('workshopShell.edit.close', { facility: facilityLabel(edit.facility, lookup) });
    case 'merge':
      return (
        t('workshopShell.edit.merge', {
          facility: facilityLabel(edit.facility, lookup),
          into: facilityLabel(edit.into, lookup)
        }) +
        (edit.missingTracks === 'elsewhere' ? t('workshopShell.edit.mergeElsewhere') : '') +
        (edit.missingTracks === 'move' ? t('workshopShell.edit.mergeMove') : '')
      );
    case 'open': {
      const place = lookup(edit.id)?.place;
      return place
        ? t('workshopShell.edit.openAt', { name: edit.name, place })
        : t('workshopShell.edit.open', { name: edit.name });
    }
    case 'capacity':
      return t('workshopShell.edit.capacity', {
        facility: facilityLabel(edit.facility, lookup),
        n: formatCount(edit.capacity),
        users: said(words).users
      });
    default:
      return t('workshopShell.edit.unknown', { op: String((edit as { op?: unknown }).op) });
  }
}

type Said = ReturnType<typeof said>;

interface Rule {
  re: RegExp;
  text: (m: RegExpMatchArray, label: (id: string) => string, w: Said) => string;
}

const r = (key: string, values?: Record<string, string>) =>
  t(`workshopShell.refusal.${key}` as MessageKey, values);

/** The engine's problem texts (src/lib/engine/scenario.ts) and how to say them. */
const RULES: Rule[] = [
  {
    re: /^unknown facility "(.*)" to merge into$/,
    text: (m, _, w) => r('unknownInto', { one: w.one, id: m[1] })
  },
  { re: /^unknown facility "(.*)" \(/, text: (m, _, w) => r('unknown', { one: w.one, id: m[1] }) },
  { re: /^facility "(.*)" is already closed$/, text: (m, l) => r('alreadyClosed', { facility: l(m[1]) }) },
  {
    re: /^facility "(.*)" is a context facility/,
    text: (m, l, w) => r('context', { facility: l(m[1]), one: w.one, users: w.users })
  },
  { re: /cannot merge into itself$/, text: (_, __, w) => r('self', { one: w.one }) },
  {
    re: /^cannot merge into "(.*)": it is already closed$/,
    text: (m, l, w) => r('intoClosed', { facility: l(m[1]), users: w.users })
  },
  { re: /^no open .* facility is left/, text: (_, __, w) => r('noneLeft', { one: w.one, users: w.users }) },
  { re: /^facility id "(.*)" already exists$/, text: (m) => r('idExists', { id: m[1] }) },
  { re: /lies outside the Netherlands$/, text: () => r('outsideNl') },
  { re: /"capacity" must be/, text: () => r('capacity') },
  { re: /^"missingTracks" must be/, text: () => r('missingTracks') },
  { re: /^"tracks" must be/, text: () => r('tracks') },
  {
    re: /must be a facility id|must be a string|must be numbers|must be a non-empty|must be an object/,
    text: () => r('incomplete')
  },
  { re: /^unknown op/, text: () => r('unknownOp') }
];

/** The engine's refusal of an edit, naming the edit: "Ingreep 2 (Sluit X, Y) kan niet: ...". */
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
  const rule = RULES.find((x) => x.re.test(problem));
  const reason = rule ? rule.text(problem.match(rule.re)!, label, said(words)) : problem;
  return r('message', { n: formatCount(k + 1), edit: describeEdit(edits[k], lookup, words), reason });
}

/** What happened after a refusal, as the workshop's banner says it. */
export type RefusalAction = 'dropped' | 'reverted' | 'prefix';

/** The refusal and what the atlas did about it: "Ingreep 2 (...) kan niet: .... De ingreep is weggelaten; ...". */
export function refusalNotice(
  failure: Parameters<typeof refusalMessage>[0],
  action: RefusalAction,
  edits: readonly Edit[],
  lookup: NameLookup,
  words: EditWords = SCHOOL_WORDS
): string {
  return `${refusalMessage(failure, edits, lookup, words)} ${r(action)}`;
}
