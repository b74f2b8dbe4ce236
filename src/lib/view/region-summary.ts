/**
 * Headline figures of a region bundle for the header and the facts panel. Counts only facilities inside the
 * region (context facilities across the border are drawn, never counted).
 */
import type { Facility, RegionBundle } from '$lib/engine/geodata/schema';
import { denominationStyle, OTHER_DENOMINATION, type RGBA } from '$lib/map/colors';

export interface SectorSummary {
  facilities: number;
  /** Sum of known pupil counts. */
  pupils: number;
  /** Facilities without a pupil count. */
  pupilsUnknown: number;
  /** Facilities just outside the region shown for context. */
  context: number;
}

export interface RegionSummary {
  municipalities: number;
  inhabitants: number;
  children: number;
  cells: number;
  /** By sector id: po, vo, so, and any sector with imported facilities. */
  sectors: Record<string, SectorSummary>;
}

export function summarizeRegion(bundle: RegionBundle): RegionSummary {
  const empty = (): SectorSummary => ({ facilities: 0, pupils: 0, pupilsUnknown: 0, context: 0 });
  const sectors: Record<string, SectorSummary> = { po: empty(), vo: empty(), so: empty() };
  for (const f of bundle.facilities) {
    const s = (sectors[f.sector] ??= empty());
    if (f.context) {
      s.context++;
      continue;
    }
    s.facilities++;
    if (f.pupils === null) s.pupilsUnknown++;
    else s.pupils += f.pupils;
  }
  let inhabitants = 0;
  let children = 0;
  for (const d of bundle.demand) {
    inhabitants += d.T;
    children += d.Y_LT15;
  }
  return {
    municipalities: bundle.municipalities.length,
    inhabitants,
    children,
    cells: bundle.demand.length,
    sectors
  };
}

export interface DenominationCount {
  label: string;
  color: RGBA;
  count: number;
}

/** Denominations (as legend groups) of the region's facilities of one sector, most common first, the rest last. */
export function denominationCounts(facilities: readonly Facility[], sector: string): DenominationCount[] {
  const byLabel = new Map<string, DenominationCount>();
  for (const f of facilities) {
    if (f.context || f.sector !== sector) continue;
    const style = denominationStyle(f.denomination);
    const entry = byLabel.get(style.label) ?? { ...style, count: 0 };
    entry.count++;
    byLabel.set(style.label, entry);
  }
  const isOther = (d: DenominationCount) => Number(d.label === OTHER_DENOMINATION.label);
  return [...byLabel.values()].sort(
    (a, b) => isOther(a) - isOther(b) || b.count - a.count || a.label.localeCompare(b.label, 'nl')
  );
}
