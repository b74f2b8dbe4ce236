/**
 * The words the workshop screen uses for a sector: "scholen" and "leerlingen" for the schools, "voorzieningen" and
 * the preset's capacity unit ("bezoekers", "patiënten") for sport, zorg and welzijn. Derived from the preset, so a
 * new sector brings its words with its data. Also says which school-only parts apply (norms, the year series).
 * `one`, `many`, `users` and `groupBy` are the Dutch words and serve as keys: the page's language comes from
 * `word` (view/indicators.ts) and `sectorWords` (text/sector-words.ts). `name` and `newName` are shown as they
 * are, so they follow the page's language (namespace `terms`; in Node always Dutch).
 */
import { YOUTH_BANDS } from '../engine/demand';
import type { AgeBand } from '../engine/geodata/schema';
import { getPreset, type SectorPreset } from '../engine/sectors/presets';
import { t } from '../i18n/catalogue';
import type { MessageKey } from '../i18n/messages/types';

export interface SectorTerms {
  id: string;
  /** "Basisonderwijs", "Sport". */
  name: string;
  /** One facility and many: "school"/"scholen", "voorziening"/"voorzieningen". */
  one: string;
  many: string;
  /** The people counted at a facility, lower case plural: "leerlingen", "bezoekers", "patiënten". */
  users: string;
  /** What the legend groups the symbols by: "richting" (schools: denomination) or "soort" (facility type). */
  groupBy: 'richting' | 'soort';
  /** Name of a location placed on the map: "Nieuwe school 1", "Nieuwe locatie 1". */
  newName: string;
  /** Opheffingsnormen count (po). */
  norms: boolean;
  /** The year series (prognosis 2023-2035) exists for the sector (po and vo). */
  years: boolean;
  /** The preset counts adults too (sport, zorg, welzijn): the map colours every inhabited cell, not only children. */
  adults: boolean;
  /** Facilities from the bundle (DUO) or from the user's file. */
  dataSource: 'real' | 'import';
}

const SCHOOLS = new Set(['po', 'vo', 'so']);

/** The built-in sectors' names in the page's language (a user's own preset keeps the name it was given). */
const NAME_KEY: Readonly<Record<string, MessageKey>> = {
  po: 'terms.sector.po',
  vo: 'terms.sector.vo',
  so: 'terms.sector.so',
  sport: 'terms.sector.sport',
  zorg: 'terms.sector.zorg',
  welzijn: 'terms.sector.welzijn'
};

/**
 * A built-in sector's name in the page's language when the preset is the built-in one unchanged (Dutch: exactly
 * the preset's name); a renamed or user's own preset as it is called.
 */
export function presetName(sector: string, preset: SectorPreset | undefined = getPreset(sector)): string {
  const builtIn = getPreset(sector);
  if (preset && builtIn && preset.name === builtIn.name && NAME_KEY[sector]) return t(NAME_KEY[sector]);
  return preset?.name ?? sector;
}

/** Capitalised first letter: "Leerlingen", "Voorzieningen". */
export const capital = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** The terms of a sector id (an unknown id gets the neutral "voorziening" words). */
export function sectorTerms(
  sector: string,
  preset: SectorPreset | undefined = getPreset(sector)
): SectorTerms {
  const school = SCHOOLS.has(sector);
  return {
    id: sector,
    name: presetName(sector, preset),
    one: school ? 'school' : 'voorziening',
    many: school ? 'scholen' : 'voorzieningen',
    users: preset?.capacity.unit ?? 'gebruikers',
    groupBy: school ? 'richting' : 'soort',
    newName: t(school ? 'terms.newName.school' : 'terms.newName.location'),
    norms: sector === 'po' && (preset?.normApplies ?? true),
    years: sector === 'po' || sector === 'vo',
    adults: Object.entries(preset?.demand.bandWeights ?? {}).some(
      ([band, w]) => !YOUTH_BANDS.includes(band as AgeBand) && (w ?? 0) > 0
    ),
    dataSource: preset?.dataSource ?? 'import'
  };
}
