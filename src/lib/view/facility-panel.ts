/**
 * The facility panel's words that depend on the facility and the sector (pure, tested in node in both languages):
 * the search box, the status badge, why a facility cannot be edited, what became of a school its pupils went to.
 * The sector's words ("school"/"leerlingen", "voorziening"/"bezoekers") come in the page's language.
 */
import { formatCount } from '$lib/i18n';
import { t } from '$lib/i18n/catalogue';
import { capital, type SectorTerms } from '$lib/sectors/terms';
import type { FacilityDetails, OutFlowLine } from './facility-details';
import { word } from './indicators';

/** A sector's words for the panel, in the page's language. */
export interface PanelWords {
  /** "school", "voorziening". */
  one: string;
  /** "leerlingen", "bezoekers". */
  users: string;
  One: string;
  Users: string;
  /** DUO schools are found by BRIN too, imported facilities by their own code. */
  placeholder: string;
  searchLabel: string;
  empty: string;
}

export function panelWords(terms: SectorTerms): PanelWords {
  const one = word('one', terms.one);
  const users = word('users', terms.users);
  return {
    one,
    users,
    One: capital(one),
    Users: capital(users),
    placeholder: t(
      terms.one === 'school' ? 'facility.search.placeholderBrin' : 'facility.search.placeholderCode'
    ),
    searchLabel: t('facility.search.label', { one }),
    empty: t('facility.search.empty', { one })
  };
}

/** The status badge: "Open", "Gesloten", "Samengevoegd", or "Nieuw" for an open new location. */
export function statusText(details: Pick<FacilityDetails, 'status' | 'isNew'>): string {
  return details.isNew && details.status === 'open'
    ? t('facility.status.new')
    : t(`facility.status.${details.status}`);
}

/** Whether the panel offers close, merge and capacity for this facility. */
export function isEditable(details: FacilityDetails | null, readOnly: boolean): boolean {
  return !!details && !readOnly && !details.context && details.inEngine && details.status === 'open';
}

/** Why the actions are off ('' when they are on). */
export function whyNotEditable(
  details: FacilityDetails | null,
  readOnly: boolean,
  words: PanelWords
): string {
  if (!details) return '';
  if (readOnly) return t('facility.why.readOnly');
  const values = { one: words.one, users: words.users };
  if (details.context) return t('facility.why.context', values);
  if (!details.inEngine) return t('facility.why.far', values);
  if (details.status !== 'open') return t('facility.why.closed', values);
  return '';
}

/** What became of the school the pupils went to: "nu 283 leerlingen, norm 23: boven de norm". */
export function outflowAfter(f: OutFlowLine, countUnknown: boolean, users: string): string {
  if (f.closed) return t('facility.flow.closedLater');
  if (countUnknown) return t('facility.flow.countUnknown');
  const count = formatCount(f.total);
  if (f.norm === null) return t('facility.flow.now', { count, users });
  const verdict = t(f.belowNorm ? 'facility.belowNorm' : 'facility.aboveNorm');
  return t('facility.flow.withNorm', { count, users, norm: formatCount(f.norm), verdict });
}

/** The place line: "Kilder", "Kilder · buiten de regio", "plaats onbekend". */
export function placeLine(details: Pick<FacilityDetails, 'place' | 'context'>): string {
  const place = details.place ?? t('facility.placeUnknown');
  return details.context ? `${place} · ${t('facility.outsideRegion')}` : place;
}
