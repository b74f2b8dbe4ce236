/**
 * Dutch UI text and number formatting in one place, so labels stay consistent between pages, legend and
 * tooltips. Code and comments stay English.
 */
import type { RegionType, Sector } from '$lib/engine/geodata/schema';

const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** 20637 -> "20.637". */
export function formatCount(n: number): string {
  return integer.format(n);
}

export const UNKNOWN = 'onbekend';

export function formatPupils(n: number | null): string {
  return n === null ? UNKNOWN : formatCount(n);
}

export const REGION_TYPE_LABEL: Record<RegionType, string> = {
  krimpregio: 'krimpregio',
  anticipeerregio: 'anticipeerregio',
  land: 'heel Nederland'
};

export const SECTOR_LABEL: Record<Sector, string> = {
  po: 'Basisonderwijs',
  vo: 'Voortgezet onderwijs',
  so: 'Speciaal onderwijs'
};

/** Short sector names for tight controls. */
export const SECTOR_SHORT: Record<Sector, string> = {
  po: 'Basis',
  vo: 'Voortgezet',
  so: 'Speciaal'
};

/** Plural noun for a count of facilities of a sector, e.g. "132 basisscholen". */
export const SECTOR_NOUN: Record<Sector, string> = {
  po: 'basisscholen',
  vo: 'vo-scholen',
  so: 'so-scholen'
};

/** One line under the map; the full source list is in the README. */
export const SOURCES_LINE =
  'Bron: CBS/Kadaster (gemeenten 2016), DUO (scholen, leerlingen 1-10-2023), Eurostat/CBS (1 km-raster 2021)';
