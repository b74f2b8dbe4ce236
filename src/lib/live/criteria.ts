/**
 * From the room's answers to the optimiser's criteria (`OptimiseCriteria`): pure, explained line by line in
 * Dutch, so the facilitator can show the room how its answers became a problem for the optimiser.
 *
 * The rules (the same text is in CRITERIA_TEXT and in the README):
 * - Every number criterion takes the chosen quantile of the answers (default the median, 0.5): with 0.25 the
 *   value at or below which a quarter of the answers lie.
 * - "Een school in elk dorp": the answer at that quantile in the order nee < grotere dorpen < ja; "ja" becomes
 *   `placeMinChildren` = VILLAGE_CHILDREN.yes, "grotere dorpen" VILLAGE_CHILDREN.large, "nee" no constraint.
 * - Minimum size: "de opheffingsnorm" when at least half of the answers chose it (`minPupils: 'norm'`), else the
 *   quantile of the numbers; 0 means no constraint.
 * - Denomination (po only): the answer at the quantile in the order niet < redelijk < zeer. "redelijk": openbaar
 *   onderwijs within twice the distance criterion; "zeer": every denomination with at least 10 % of the region's
 *   schools within the distance criterion (without a distance answer: DEFAULT_DENOMINATION_KM).
 * - Maximum number of locations: objective `median` (p-median) keeping that many, at most today's count;
 *   without answers the objective is `fewest` (the fewest locations that meet the other criteria).
 */
import type { DenominationCriterion, OptimiseCriteria } from '../engine/optimise/criteria';
import { CRITERIA_TEXT } from './live-ui-text';
import { DENOMINATION_OPTIONS, NORM_VALUE, Q, VILLAGE_OPTIONS } from './questions';
import { histogramQuantile } from './tally';
import type { QuestionTally, Tally } from './types';

/** Children of the sector's ages a place needs to count as a village ("ja") or a larger village ("groot"). */
export const VILLAGE_CHILDREN = { yes: 1, large: 100 } as const;
/** Share of a region's schools a denomination needs to count under "zeer belangrijk". */
export const DENOMINATION_SHARE = 0.1;
export const DEFAULT_DENOMINATION_KM = 10;
/** The denomination DUO gives public schools. */
export const PUBLIC_DENOMINATION = 'Openbaar';

export interface CriteriaContext {
  sector: string;
  /** The denominations of the region's facilities of the sector (one entry per facility, context excluded). */
  denominations: readonly string[];
  /** The year of the map (2023..2035); omitted from the criteria when 2023 or absent. */
  year?: number;
}

export interface CriteriaOptions {
  /** 0..1; default 0.5 (the median). */
  quantile?: number;
}

export interface CriteriaLine {
  /** The question id the line explains. */
  question: string;
  /** How many answered. */
  answers: number;
  /** Dutch: "Mediaan van 37 antwoorden: 5 km → elk kind binnen 5 km (maxDistanceKm: 5)". */
  text: string;
  /** Whether the line added a criterion. */
  used: boolean;
}

export interface RoomCriteria {
  criteria: OptimiseCriteria;
  lines: CriteriaLine[];
  /** Participants whose answers went in (the tally's count). */
  participants: number;
  quantile: number;
}

/** The option at quantile q of a choice tally, in the given order (lowest demand first); null without answers. */
export function ordinalQuantile<V extends string>(
  t: QuestionTally,
  order: readonly V[],
  q: number
): V | null {
  const total = order.reduce((s, v) => s + (t.counts[v] ?? 0), 0);
  if (total === 0) return null;
  // The smallest option whose cumulative share reaches q (for q = 0.5: the lower median).
  const need = Math.max(1, Math.ceil(q * total - 1e-9));
  let seen = 0;
  for (const v of order) {
    seen += t.counts[v] ?? 0;
    if (seen >= need) return v;
  }
  return order[order.length - 1];
}

const round = (x: number, step: number) => Math.round(x / step) * step;

export function roomCriteria(
  tally: Tally,
  ctx: CriteriaContext,
  options: CriteriaOptions = {}
): RoomCriteria {
  const q = Math.min(1, Math.max(0, options.quantile ?? 0.5));
  const t = CRITERIA_TEXT;
  const which = t.which(q);
  const byId = new Map(tally.questions.map((x) => [x.id, x]));
  const lines: CriteriaLine[] = [];
  const criteria: OptimiseCriteria = { objective: 'fewest' };
  const count = (id: string) => byId.get(id)?.count ?? 0;
  const line = (question: string, text: string, used: boolean) =>
    lines.push({ question, answers: count(question), text, used });

  // Distance.
  const distance = byId.get(Q.maxDistance);
  const km = distance?.histogram ? histogramQuantile(distance.histogram, q) : null;
  if (km !== null && distance) {
    criteria.maxDistanceKm = round(km, 0.01);
    line(Q.maxDistance, t.distance(which, distance.count, criteria.maxDistanceKm), true);
  } else line(Q.maxDistance, t.noAnswers, false);

  // Minimum size.
  const size = byId.get(Q.minPupils);
  if (size && size.count > 0) {
    const norm = size.counts[NORM_VALUE] ?? 0;
    if (norm > 0 && norm * 2 >= size.count) {
      criteria.minPupils = 'norm';
      line(Q.minPupils, t.sizeNorm(norm, size.count), true);
    } else {
      const n = histogramQuantile(size.histogram ?? [], q);
      if (n !== null && n > 0) {
        criteria.minPupils = Math.round(n);
        line(Q.minPupils, t.size(which, size.count - norm, criteria.minPupils), true);
      } else line(Q.minPupils, t.sizeNone(which, size.count - norm), false);
    }
  } else line(Q.minPupils, t.noAnswers, false);

  // A school in every village.
  const village = byId.get(Q.village);
  const v = village ? ordinalQuantile(village, VILLAGE_OPTIONS, q) : null;
  if (v === 'ja' || v === 'groot') {
    criteria.placeMinChildren = v === 'ja' ? VILLAGE_CHILDREN.yes : VILLAGE_CHILDREN.large;
    line(Q.village, t.village(which, count(Q.village), v, criteria.placeMinChildren), true);
  } else if (v === 'nee') line(Q.village, t.villageNo(which, count(Q.village)), false);
  else line(Q.village, t.noAnswers, false);

  // Denomination (po).
  const denomination = byId.get(Q.denomination);
  if (denomination) {
    const d = ordinalQuantile(denomination, DENOMINATION_OPTIONS, q);
    if (d === null) line(Q.denomination, t.noAnswers, false);
    else if (ctx.sector !== 'po') line(Q.denomination, t.denominationPoOnly, false);
    else if (d === 'niet') line(Q.denomination, t.denominationNot(which, denomination.count), false);
    else {
      const list = denominationCriteria(d, ctx.denominations, criteria.maxDistanceKm);
      if (list.length > 0) {
        criteria.denominations = list;
        line(Q.denomination, t.denomination(which, denomination.count, d, list), true);
      } else line(Q.denomination, t.denominationNone, false);
    }
  }

  // Number of locations -> objective.
  const locations = byId.get(Q.maxLocations);
  const keep = locations?.histogram ? histogramQuantile(locations.histogram, q) : null;
  const today = ctx.denominations.length;
  if (keep !== null && locations) {
    criteria.objective = 'median';
    criteria.keep = Math.max(1, Math.min(today > 0 ? today : Infinity, Math.floor(keep)));
    line(Q.maxLocations, t.keep(which, locations.count, criteria.keep), true);
  } else line(Q.maxLocations, t.fewest, true);

  if (ctx.year !== undefined && ctx.year !== 2023) criteria.year = ctx.year;
  return { criteria, lines, participants: tally.participants, quantile: q };
}

/** The denomination criteria of an answer ("redelijk" or "zeer") for the region's schools. */
export function denominationCriteria(
  answer: 'redelijk' | 'zeer',
  denominations: readonly string[],
  distanceKm: number | undefined
): DenominationCriterion[] {
  const base = distanceKm ?? DEFAULT_DENOMINATION_KM;
  if (answer === 'redelijk') {
    return denominations.includes(PUBLIC_DENOMINATION)
      ? [{ denomination: PUBLIC_DENOMINATION, withinKm: round(2 * base, 0.01) }]
      : [];
  }
  const counts = new Map<string, number>();
  for (const d of denominations) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= DENOMINATION_SHARE * denominations.length)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl'))
    .map(([denomination]) => ({ denomination, withinKm: round(base, 0.01) }));
}
