/**
 * The map in a chosen year: the live result with the projected pupils and below-norm flags of that year, so the
 * existing facility and norm-ring layers size and ring the schools by the year without knowing about years.
 * Pure; the cells beyond the transport threshold for the transport layer.
 */
import type { Summary } from '$lib/engine/types';
import type { DemandCell } from '$lib/map/prepare';
import type { Evaluated } from '$lib/state/results.svelte';
import type { YearSeriesPair } from '$lib/state/years.svelte';

/** Versions of year views start here, far above the live results' versions, so updateTriggers always differ. */
const YEAR_VERSION_BASE = 1_000_000;
let yearVersion = 0;

/**
 * `current` as drawn in `year`: unchanged in the series' first year, without a series, or when the series is
 * not (yet) that of the shown edit list.
 */
export function yearEvaluated(
  current: Evaluated | null,
  pair: YearSeriesPair | null,
  year: number
): Evaluated | null {
  if (!current || !pair || pair.edits !== current.edits || pair.sector !== current.sector) return current;
  const s = pair.scenario;
  const y = s.years.indexOf(year);
  const F = s.facilityCount;
  if (y <= 0 || F !== current.result.facilities.status.length) return current;
  return {
    ...current,
    version: YEAR_VERSION_BASE + ++yearVersion,
    result: {
      ...current.result,
      facilities: {
        ...current.result.facilities,
        pupils: s.facilities.pupils.slice(y * F, (y + 1) * F),
        belowNorm: s.facilities.belowNorm.slice(y * F, (y + 1) * F)
      }
    }
  };
}

/** The populated cells whose nearest open school is beyond the transport threshold (scenario of the pair). */
export function transportCells(cells: readonly DemandCell[], pair: YearSeriesPair | null): DemandCell[] {
  const flags = pair?.scenario.demand.beyondTransport;
  if (!flags || flags.length !== cells.length) return [];
  const out: DemandCell[] = [];
  for (let i = 0; i < cells.length; i++) if (flags[i] === 1 && cells[i].unit.Y_LT15 > 0) out.push(cells[i]);
  return out;
}

/**
 * Demand-weighted distance figures with the weights of one year: the same definitions as the engine (mean,
 * weighted quantiles as the smallest distance reaching the share, max over cells with weight, shares within the
 * summary's thresholds), so the panel agrees with `evaluate --year`.
 */
export function distanceInYear(
  distances: Float32Array,
  weights: Float64Array,
  thresholds: readonly number[]
): Pick<Summary, 'distanceM' | 'shareWithin'> {
  const order = Array.from(distances.keys()).filter((u) => weights[u] > 0);
  order.sort((a, b) => distances[a] - distances[b]);
  let total = 0;
  for (const u of order) total += weights[u];
  let cum = 0;
  let sumWD = 0;
  let p50: number | null = null;
  let p90: number | null = null;
  const within = thresholds.map(() => 0);
  for (const u of order) {
    const w = weights[u];
    const d = distances[u];
    cum += w;
    sumWD += w * d;
    if (p50 === null && cum >= 0.5 * total) p50 = d;
    if (p90 === null && cum >= 0.9 * total) p90 = d;
    thresholds.forEach((t, k) => {
      if (d <= t) within[k] += w;
    });
  }
  const has = total > 0;
  const shareWithin: Summary['shareWithin'] = {};
  thresholds.forEach((t, k) => (shareWithin[String(t)] = has ? within[k] / total : null));
  return {
    distanceM: {
      mean: has ? sumWD / total : null,
      p50,
      p90,
      max: has ? distances[order[order.length - 1]] : null
    },
    shareWithin
  };
}

/**
 * A live summary in `year` (baseline or scenario series): pupils, below-norm count and, when the cells' distances
 * are given, the distance figures weighted by that year's children, so the key figures and the indicator panel
 * follow the year slider. Unchanged in the first year or without a matching series.
 */
export function summaryInYear(
  summary: Summary,
  live: Evaluated | null,
  pair: YearSeriesPair | null,
  year: number,
  which: 'baseline' | 'scenario',
  distances?: Float32Array
): Summary {
  if (!live || !pair || pair.edits !== live.edits || pair.sector !== live.sector) return summary;
  const s = pair[which];
  const y = s.years.indexOf(year);
  if (y <= 0) return summary;
  const U = s.demandCount;
  const distance =
    distances && distances.length === U
      ? distanceInYear(
          distances,
          s.demand.weight.subarray(y * U, (y + 1) * U),
          Object.keys(summary.shareWithin).map(Number)
        )
      : {};
  return { ...summary, ...distance, pupilsTotal: s.totals.pupils[y], belowNorm: s.totals.belowNorm[y] };
}
