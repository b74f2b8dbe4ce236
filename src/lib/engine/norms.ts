/**
 * Which opheffingsnorm (minimum pupils for a basisschool to keep funding) applies to a facility: the norm of its
 * sub-area (deelgebied) when the municipality has sub-area norms and the facility's BAG place is listed for one,
 * otherwise the municipal norm. Keyed on the 2016 CBS code of the facility's location, never on names of
 * municipalities; place names are compared case- and space-insensitively.
 */
import type { NormSet, Sector } from './geodata/schema';

export interface NormMatch {
  norm: number;
  source: 'deelgebied' | 'gemeente';
  /** The sub-area name when source is 'deelgebied'. */
  area?: string;
}

/** The fields normFor needs; a geodata Facility fits. */
export interface NormSubject {
  sector: Sector;
  municipality: string | null;
  place: string;
}

const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The norm for a facility, or null when none applies: not a basisschool sector ('po'), no municipality, or the
 * municipality has no known norm (e.g. Gooise Meren 2016) and the place is in no sub-area.
 */
export function normFor(facility: NormSubject, norms: NormSet): NormMatch | null {
  if (facility.sector !== 'po' || facility.municipality === null) return null;
  const code = facility.municipality;
  const place = key(facility.place);
  for (const s of norms.subAreas) {
    if (s.municipality === code && s.places.some((p) => key(p) === place))
      return { norm: s.norm, source: 'deelgebied', area: s.area };
  }
  const m = norms.municipal.find((n) => n.code === code);
  return m && m.norm !== null ? { norm: m.norm, source: 'gemeente' } : null;
}
