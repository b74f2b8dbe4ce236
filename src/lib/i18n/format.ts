/**
 * UI labels (from the catalogue) and number formatting in the page's language in one place, so labels stay consistent between pages, legend and
 * tooltips. Code and comments stay English.
 */
import type { RegionType, Sector } from '../engine/geodata/schema';
import { INTL_LOCALE, t } from './catalogue';

const integer = new Intl.NumberFormat(INTL_LOCALE, { maximumFractionDigits: 0 });

/** 20637 -> "20.637". */
export function formatCount(n: number): string {
  return integer.format(n);
}

export const UNKNOWN = t('common.unknown');

export function formatPupils(n: number | null): string {
  return n === null ? UNKNOWN : formatCount(n);
}

export const REGION_TYPE_LABEL: Record<RegionType, string> = {
  krimpregio: t('common.regionType.krimpregio'),
  anticipeerregio: t('common.regionType.anticipeerregio'),
  land: t('common.regionType.land')
};

export const SECTOR_LABEL: Record<Sector, string> = {
  po: t('common.sector.po'),
  vo: t('common.sector.vo'),
  so: t('common.sector.so')
};

/** Short sector names for tight controls. */
export const SECTOR_SHORT: Record<Sector, string> = {
  po: t('common.sectorShort.po'),
  vo: t('common.sectorShort.vo'),
  so: t('common.sectorShort.so')
};

/** Plural noun for a count of facilities of a sector, e.g. "132 basisscholen". */
export const SECTOR_NOUN: Record<Sector, string> = {
  po: t('common.sectorNoun.po'),
  vo: t('common.sectorNoun.vo'),
  so: t('common.sectorNoun.so')
};

/** One line under the map; the full source list is in the README. */
export const SOURCES_LINE = t('common.sourcesLine');

// ---- Workshop figures -------------------------------------------------------------------------------------

const km2 = new Intl.NumberFormat(INTL_LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct1 = new Intl.NumberFormat(INTL_LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dec1 = new Intl.NumberFormat(INTL_LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** Metres as kilometres with two decimals: 692.67 -> "0,69 km". The same rounding as the e2e tests use. */
export function formatKm(metres: number | null): string {
  return metres === null ? '–' : `${km2.format(metres / 1000)} km`;
}

/** A share 0..1 as a percentage with one decimal: 0.8043 -> "80,4 %". */
export function formatPercent(share: number | null): string {
  return share === null ? '–' : `${pct1.format(share * 100)} %`;
}

/** 1.3 -> "1,3". */
export function formatFactor(n: number): string {
  return dec1.format(n);
}

/** A minus sign that reads as one on a projector (U+2212), not a hyphen. */
const MINUS = '\u2212';

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : value < 0 ? `${MINUS}${text}` : text;
}

/** Change of a count: "+3", "−1", "0". */
export function formatCountDelta(d: number): string {
  return signed(formatCount(Math.abs(d)), Math.round(d));
}

/** Change of a distance in km with two decimals; rounds to zero below 5 m. */
export function formatKmDelta(metres: number): string {
  const rounded = Math.round(metres / 10) / 100;
  return `${signed(km2.format(Math.abs(rounded)), rounded)} km`;
}

/** Change of a share in percentage points with one decimal. */
export function formatPointsDelta(share: number): string {
  const rounded = Math.round(share * 1000) / 10;
  return t('common.pointsDelta', { value: signed(pct1.format(Math.abs(rounded)), rounded) });
}

/** Short names of the engine sectors for the sector switch. */
export const ENGINE_SECTOR_LABEL: Record<'po' | 'vo', string> = {
  po: t('common.engineSector.po'),
  vo: t('common.engineSector.vo')
};

const upTo2 = new Intl.NumberFormat(INTL_LOCALE, { maximumFractionDigits: 2 });

/** A number with up to two decimals, as a person typed it: 2.5 -> "2,5", 1000 -> "1.000". */
export function formatDecimal(n: number): string {
  return upTo2.format(n);
}

const dateTime = new Intl.DateTimeFormat(INTL_LOCALE, { dateStyle: 'long', timeStyle: 'short' });

/** A date and time: "5 december 2026 om 17:14" ("5 December 2026 at 17:14"). */
export function formatDateTime(d: Date): string {
  return dateTime.format(d);
}
