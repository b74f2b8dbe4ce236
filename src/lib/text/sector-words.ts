/**
 * A sector's nouns in the page's language for the compare page and the import dialogs: "school"/"scholen",
 * "voorziening"/"voorzieningen" and the people counted ("leerlingen", "bezoekers"). The Dutch words are exactly
 * those of sectorTerms (sectors/terms.ts); English comes from the catalogue (namespace `compare`).
 */
import '$lib/i18n/parts/compare';
import { t } from '$lib/i18n/catalogue';
import type { MessageKey } from '$lib/i18n/messages/types';
import { sectorTerms, type SectorTerms } from '$lib/sectors/terms';

const UNIT_KEY: Readonly<Record<string, MessageKey>> = {
  leerlingen: 'compare.units.leerlingen',
  bezoekers: 'compare.units.bezoekers',
  plaatsen: 'compare.units.plaatsen',
  patiënten: 'compare.units.patienten',
  kinderen: 'compare.units.kinderen',
  deelnemers: 'compare.units.deelnemers',
  gebruikers: 'compare.words.users'
};

export interface SectorWords {
  one: string;
  many: string;
  users: string;
}

/** The people a sector counts, in the page's language (an unknown unit as it is). */
export function usersWord(unit: string): string {
  const key = UNIT_KEY[unit];
  return key ? t(key) : unit;
}

export function sectorWords(sector: string | SectorTerms): SectorWords {
  const terms = typeof sector === 'string' ? sectorTerms(sector) : sector;
  const school = terms.one === 'school';
  return {
    one: t(school ? 'compare.words.school' : 'compare.words.facility'),
    many: t(school ? 'compare.words.schools' : 'compare.words.facilities'),
    users: usersWord(terms.users)
  };
}
