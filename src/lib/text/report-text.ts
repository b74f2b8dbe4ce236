/**
 * Wording and number formatting of scenario results in the page's language (Dutch in Node), shared by the compare page, the PDF report and the
 * e2e tests' expectations: one place, so a number reads the same on screen and on paper. Pure functions.
 * The words follow the sector (`sectorTerms`: "scholen"/"leerlingen", "voorzieningen"/"bezoekers") and the distance
 * rows the report's own thresholds; without a sector they are po's, exactly as before the sectors.
 */
import '$lib/i18n/parts/report';
import { CHOICE_TEXT } from './choice-text';
import { INTL_LOCALE, t } from '$lib/i18n/catalogue';
import type {
  CompareIndicator,
  Edit,
  FacilityStatusText,
  IndicatorUnit,
  Parameters,
  ReportFacility,
  ShareWithin
} from '$lib/engine';
import { PRESETS } from '$lib/engine/sectors/presets';
import { capital, presetName, sectorTerms, type SectorTerms } from '$lib/sectors/terms';
import { sectorWords, usersWord } from './sector-words';
import { thresholdKm, withinKeys } from '../view/indicators';

/** The sector's terms, from an id or as given (default: the schools of po). */
const termsOf = (sector: string | SectorTerms = 'po'): SectorTerms =>
  typeof sector === 'string' ? sectorTerms(sector) : sector;

/**
 * Who the distances are about, lower case plural, in the page's language: the schools' "kinderen" (the pupils'
 * ages in the population), for another sector the "inwoners" its demand counts.
 */
export function peopleWord(sector: string | SectorTerms = 'po'): string {
  return t(termsOf(sector).one === 'school' ? 'terms.people.children' : 'terms.people.residents');
}

/** The placeholders of the `terms.ind` and `terms.short` messages: the sector's words in the page's language. */
function wordValues(terms: SectorTerms): Record<string, string> {
  const w = sectorWords(terms);
  const people = peopleWord(terms);
  return { ...w, Many: capital(w.many), Users: capital(w.users), people, People: capital(people) };
}

/**
 * The three within-rows' thresholds in metres, ascending: the report's own `shareWithin` keys (sport '2000',
 * '5000', '10000'), or po's 1, 3 and 5 km when none are given.
 */
function thresholds(within?: ShareWithin | readonly string[]): number[] {
  const keys = within === undefined ? [] : Array.isArray(within) ? within : withinKeys(within as ShareWithin);
  const metres = keys.map(Number).filter((n) => Number.isFinite(n));
  return metres.length >= 3 ? metres.slice(0, 3) : [1000, 3000, 5000];
}

const WITHIN: readonly CompareIndicator[] = ['shareWithin1000', 'shareWithin3000', 'shareWithin5000'];

/**
 * The indicator labels of the compare page and the PDF in a sector's words, the within rows at the report's own
 * thresholds (`summary.shareWithin`). po: "Open scholen in de regio", "Kinderen binnen 1 km van een school";
 * sport: "Open voorzieningen in de regio", "Inwoners binnen 2 km van een voorziening".
 */
export function indicatorLabels(
  sector: string | SectorTerms = 'po',
  within?: ShareWithin | readonly string[]
): Record<CompareIndicator, string> {
  return labelsOf('ind', termsOf(sector), within);
}

/** Short labels for narrow tables (the PDF), in the sector's words and at the report's thresholds. */
export function indicatorShortLabels(
  sector: string | SectorTerms = 'po',
  within?: ShareWithin | readonly string[]
): Record<CompareIndicator, string> {
  return labelsOf('short', termsOf(sector), within);
}

const LABELLED = [
  'openFacilities',
  'belowNorm',
  'placesWithoutFacility',
  'pupilsToContext',
  'distanceMean',
  'distanceP50',
  'distanceP90',
  'distanceMax'
] as const;

function labelsOf(
  group: 'ind' | 'short',
  terms: SectorTerms,
  within?: ShareWithin | readonly string[]
): Record<CompareIndicator, string> {
  const values = wordValues(terms);
  const labels = Object.fromEntries(LABELLED.map((k) => [k, t(`terms.${group}.${k}`, values)])) as Record<
    CompareIndicator,
    string
  >;
  const km = thresholds(within).map(thresholdKm);
  WITHIN.forEach((k, i) => (labels[k] = t(`terms.${group}.within`, { ...values, km: km[i] })));
  return labels;
}

/** The labels of po (and vo: the same words and thresholds). Other sectors: `indicatorLabels`. */
export const INDICATOR_LABEL: Record<CompareIndicator, string> = indicatorLabels('po');

/** Short labels of po and vo for narrow tables (the PDF). Other sectors: `indicatorShortLabels`. */
export const INDICATOR_SHORT: Record<CompareIndicator, string> = indicatorShortLabels('po');

/**
 * Names of the built-in sectors by id in the page's language (Dutch 'Basisonderwijs', 'Voortgezet onderwijs',
 * 'Speciaal onderwijs', 'Sport', 'Zorg', 'Welzijn'). A user's own preset: `sectorName`.
 */
export const SECTOR_NAME: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(PRESETS.map((p) => [p.id, presetName(p.id, p)]))
);

/** The name of a sector: the preset's name (a built-in one in the page's language); an unknown id as itself. */
export function sectorName(sector: string | SectorTerms): string {
  return typeof sector === 'string' ? (SECTOR_NAME[sector] ?? sectorTerms(sector).name) : sector.name;
}

export const STATUS_LABEL: Record<FacilityStatusText, string> = {
  open: t('report.status.open'),
  closed: t('report.status.closed'),
  merged: t('report.status.merged'),
  new: t('report.status.new')
};

export const BASELINE_NAME = t('report.baselineName');

const fmt = (digits: number) =>
  new Intl.NumberFormat(INTL_LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits });
const INT = fmt(0);
const ONE = fmt(1);
const TWO = fmt(2);

/**
 * The minus sign of differences: the typographic U+2212 on screen; the PDF passes '-' (its standard fonts have
 * no U+2212).
 */
export type Minus = '−' | '-';

function signed(text: string, n: number, minus: Minus): string {
  if (text.replace(/[^1-9]/g, '') === '') return text.replace(/^-/, ''); // "-0,0" -> "0,0"
  return n > 0 ? `+${text}` : text.replace(/^-/, minus);
}

/** An indicator value as shown: counts whole, distances in km with 2 decimals, shares in % with 1 decimal. */
export function formatIndicator(value: number | null, unit: IndicatorUnit): string {
  if (value === null) return '–';
  if (unit === 'count') return INT.format(value);
  if (unit === 'm') return `${TWO.format(value / 1000)} km`;
  return `${ONE.format(value * 100)} %`;
}

/** A difference B - A with a sign; shares in percentage points. "0" without sign when nothing changed. */
export function formatDifference(value: number | null, unit: IndicatorUnit, minus: Minus = '−'): string {
  if (value === null) return '–';
  if (unit === 'count') return signed(INT.format(value), value, minus);
  if (unit === 'm') return `${signed(TWO.format(value / 1000), value, minus)} km`;
  return t('report.points', { value: signed(ONE.format(value * 100), value, minus) });
}

/** The change judged for the children: better, worse or the same (rounded as shown). */
export function judge(
  difference: number | null,
  unit: IndicatorUnit,
  better: 'higher' | 'lower'
): 'better' | 'worse' | 'same' {
  if (difference === null) return 'same';
  const shown = formatDifference(difference, unit);
  if (!/[1-9]/.test(shown)) return 'same';
  return difference > 0 === (better === 'higher') ? 'better' : 'worse';
}

export function formatPupils(n: number | null): string {
  return n === null ? t('report.unknown') : INT.format(n);
}

export function formatKm(metres: number): string {
  return `${TWO.format(metres / 1000)} km`;
}

/** The parameters in words; the allocation rule only for the school sectors (the others always go nearest). */
export function parametersText(p: Parameters, sector?: string): string {
  const distance =
    p.detourFactor === 1
      ? t('report.detourNone')
      : t('report.detour', { factor: TWO.format(p.detourFactor).replace(/[,.]?0+$/, '') });
  if (sector !== 'po' && sector !== 'vo') return distance;
  return t('report.withAllocation', { distance, rule: CHOICE_TEXT.allocationShort[p.allocation] });
}

export function dateText(d: Date): string {
  return new Intl.DateTimeFormat(INTL_LOCALE, { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

type Named = Pick<ReportFacility, 'id' | 'name' | 'place'>;

function facilityText(id: string, byId: ReadonlyMap<string, Named>): string {
  const f = byId.get(id);
  if (!f) return id;
  return f.place ? `${f.name} (${f.place})` : f.name;
}

/**
 * One edit as a Dutch sentence, naming facilities by name and place (the report's facility list), in the sector's
 * words ("Nieuwe school", "leerlingen"; sport: "Nieuwe locatie", "bezoekers").
 */
export function editText(
  edit: Edit,
  byId: ReadonlyMap<string, Named>,
  sector: string | SectorTerms = 'po'
): string {
  const terms = termsOf(sector);
  switch (edit.op) {
    case 'close':
      return t('report.close', { facility: facilityText(edit.facility, byId) });
    case 'merge':
      return t('report.merge', {
        facility: facilityText(edit.facility, byId),
        into: facilityText(edit.into, byId)
      });
    case 'open':
      return (
        `${terms.newName}: ${facilityText(edit.id, byId)}` +
        (edit.capacity !== undefined
          ? t('report.capacityOfNew', { capacity: INT.format(edit.capacity) })
          : '')
      );
    case 'capacity':
      return t('report.capacity', {
        facility: facilityText(edit.facility, byId),
        capacity: INT.format(edit.capacity),
        users: usersWord(terms.users)
      });
  }
}

/** id -> facility, for editText. */
export function facilityIndex(facilities: readonly Named[]): Map<string, Named> {
  return new Map(facilities.map((f) => [f.id, f]));
}
