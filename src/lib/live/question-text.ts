/**
 * A live session's questions and answers in the page's language. The server stores the default criteria
 * questions in Dutch (questions.ts with live-text.ts); a phone or panel in English shows them in English: a field
 * of a default question (by id) that is exactly the Dutch default's text gets the catalogue's text (namespace
 * `liveQuestions`). A facilitator's own question, or a label typed over a default, stays as typed. In Dutch the
 * question comes back with the same words. Also the sector's name and an answer in words with the locale's number.
 */
import '$lib/i18n/parts/liveQuestions';
import '$lib/i18n/parts/participant';
import { t } from '$lib/i18n/catalogue';
import { participant } from '$lib/i18n/messages/nl/participant';
import { formatDecimal } from '$lib/i18n/format';
import type { MessageKey } from '$lib/i18n/messages/types';
import { getPreset } from '$lib/engine/sectors/presets';
import { sectorTerms } from '$lib/sectors/terms';
import { QUESTION_TEXT as NL } from './live-text';
import { Q } from './questions';
import type { AnswerValue, Question, SessionView } from './types';

const SCHOOLS = new Set(['po', 'vo', 'so']);
const DEFAULT_IDS = new Set<string>(Object.values(Q));
const USERS: Record<string, MessageKey> = {
  leerlingen: 'liveQuestions.users.leerlingen',
  bezoekers: 'liveQuestions.users.bezoekers',
  plaatsen: 'liveQuestions.users.plaatsen',
  patiënten: 'liveQuestions.users.patienten',
  kinderen: 'liveQuestions.users.kinderen',
  deelnemers: 'liveQuestions.users.deelnemers'
};

/** Dutch default text -> the page's text, for one question of a session of `sector`. */
function dictionary(q: Question, sector: string): Map<string, string> {
  const nl = sectorTerms(sector);
  const kind = SCHOOLS.has(sector) ? 'school' : 'other';
  const one = t(`liveQuestions.one.${kind}`);
  const users = USERS[nl.users] ? t(USERS[nl.users]) : nl.users;
  const L = (key: string) => t(`liveQuestions.${key}` as MessageKey);
  const pairs: [string, string][] = [
    [NL.maxDistance(nl.one), t('liveQuestions.maxDistance', { one })],
    [NL.maxDistanceHelp, L('maxDistanceHelp')],
    [NL.minPupils(nl.one, nl.users), t('liveQuestions.minPupils', { one, users })],
    [nl.users, users],
    [NL.normOption, L('normOption')],
    [NL.minPupilsNormHelp, L('minPupilsNormHelp')],
    [NL.village(nl.one), t('liveQuestions.village', { one })],
    [NL.villageYes, L('villageYes')],
    [NL.villageLarge, L('villageLarge')],
    [NL.villageNo, L('villageNo')],
    [NL.villageHelp, L('villageHelp')],
    [NL.denomination, L('denomination')],
    [NL.denominationVery, L('denominationVery')],
    [NL.denominationSome, L('denominationSome')],
    [NL.denominationNot, L('denominationNot')],
    [NL.denominationHelp, L('denominationHelp')],
    [NL.maxLocations(nl.one), t('liveQuestions.maxLocations', { one })],
    [NL.locationsUnit, L('locationsUnit')]
  ];
  if (q.id === Q.maxLocations && q.max !== null)
    pairs.push([
      NL.maxLocationsHelp(q.max, nl.one),
      t('liveQuestions.maxLocationsHelp', {
        n: formatDecimal(q.max),
        many: t(`liveQuestions.many.${kind}`)
      })
    ]);
  return new Map(pairs);
}

/** A default question of a session of `sector` in the page's language; any other question as it is. */
export function localQuestion(q: Question, sector: string): Question {
  if (!DEFAULT_IDS.has(q.id)) return q;
  const words = dictionary(q, sector);
  const w = <T extends string | null>(s: T): T => (s === null ? s : ((words.get(s) ?? s) as T));
  return {
    ...q,
    label: w(q.label),
    help: w(q.help),
    unit: w(q.unit),
    options: q.options.map((o) => ({ value: o.value, label: w(o.label) }))
  };
}

/** The session's sector name in the page's language when it is a preset's (as the server stores it). */
export function localSectorName(sector: string, sectorName: string): string {
  if (sectorName !== getPreset(sector)?.name) return sectorName;
  if (!(sector in participant.sectors)) return sectorName;
  return t(`participant.sectors.${sector}` as MessageKey);
}

/** The session with its default questions and sector name in the page's language. */
export function localSession<S extends SessionView | null>(s: S): S {
  if (!s) return s;
  return {
    ...s,
    sectorName: localSectorName(s.sector, s.sectorName),
    questions: s.questions.map((q) => localQuestion(q, s.sector))
  };
}

/** The answer as the phone, the panel and the exports show it: "5 km", "de opheffingsnorm", "Ja, in elk dorp". */
export function answerText(q: Question, value: AnswerValue): string {
  if (typeof value === 'string') return q.options.find((o) => o.value === value)?.label ?? value;
  return `${formatDecimal(value)}${q.unit ? ` ${q.unit}` : ''}`;
}
