import type { Sector } from '$lib/engine/geodata/schema';

/** Sectors in display order; po (primary schools) is the default. */
export const SECTORS: readonly Sector[] = ['po', 'vo', 'so'];
export const DEFAULT_SECTOR: Sector = 'po';
