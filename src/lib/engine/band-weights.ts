/**
 * The school sectors' demand weights per five-year age band, apart from demand.ts so the sector presets (their
 * data users) and the engine types can both use them without importing each other.
 */
import type { AgeBand, Sector } from './geodata/schema';

type SchoolSector = Extract<Sector, 'po' | 'vo'>;

/** Weight per five-year band: the share of the band a sector serves (missing bands count 0). */
export type BandWeights = Partial<Record<AgeBand, number>>;

/** The school sectors' weights (ages 4-11 and 12-17, bands spread evenly over their ages). */
export const SECTOR_BAND_WEIGHTS: Readonly<Record<SchoolSector, Readonly<BandWeights>>> =
  /* @__PURE__ */ Object.freeze({
    po: Object.freeze({ a_0_4: 0.2, a_5_9: 1, a_10_14: 0.4 }),
    vo: Object.freeze({ a_10_14: 0.6, a_15_19: 0.6 })
  });

/** Bands scaled from the grid's Y_LT15; all later bands are scaled from T. */
export const YOUTH_BANDS: readonly AgeBand[] = ['a_0_4', 'a_5_9', 'a_10_14', 'a_15_19'];
