/**
 * Comparing two scenarios is a pure function over their two reports: no re-evaluation, no state. Either side may
 * be the baseline (a report of no edits), so "scenario against now" and "scenario A against scenario B" are the
 * same call. Differences are always B minus A.
 */
import type { FacilityStatusText, Report, ReportFacility, SectorId } from './types';

/**
 * Indicators of the summary that a comparison shows, in display order. `shareWithin1000`, `3000` and `5000` are
 * the shares within the sector's first, second and third threshold: 1, 3 and 5 km for po and vo, the preset's
 * `thresholdsM` for another sector (the keys of `summary.shareWithin`).
 */
export const COMPARE_INDICATORS = [
  'openFacilities',
  'belowNorm',
  'placesWithoutFacility',
  'pupilsToContext',
  'distanceMean',
  'distanceP50',
  'distanceP90',
  'distanceMax',
  'shareWithin1000',
  'shareWithin3000',
  'shareWithin5000'
] as const;

export type CompareIndicator = (typeof COMPARE_INDICATORS)[number];

/** count: a number of things; m: metres after the detour factor; share: a fraction 0..1 of the demand. */
export type IndicatorUnit = 'count' | 'm' | 'share';

export interface IndicatorRow {
  key: CompareIndicator;
  unit: IndicatorUnit;
  /** Whether a larger value is better for the children (more schools within reach), worse, or neither. */
  better: 'higher' | 'lower';
  a: number | null;
  b: number | null;
  /** b - a; null when either side is null (no demand). */
  difference: number | null;
}

export interface FacilitySide {
  status: FacilityStatusText;
  pupils: number;
}

export interface FacilityDifference {
  id: string;
  name: string;
  place: string | null;
  municipality: string | null;
  context: boolean;
  pupilsBase: number | null;
  norm: number | null;
  /** null when the facility does not exist in that scenario (opened only in the other one). */
  a: FacilitySide | null;
  b: FacilitySide | null;
}

export interface Comparison {
  indicators: IndicatorRow[];
  /** Per demand unit (bundle order): distance to the nearest open facility in B minus that in A, metres. */
  distanceChangeM: Float32Array;
  /** Facilities whose status or pupils differ between A and B, in report order (A's order, then B's new ones). */
  facilities: FacilityDifference[];
  /** Places without an open facility in B but not in A, and the other way round. */
  places: { lostInB: string[]; regainedInB: string[] };
}

const PUPIL_EPSILON = 1e-9;

const UNIT: Record<CompareIndicator, IndicatorUnit> = {
  openFacilities: 'count',
  belowNorm: 'count',
  placesWithoutFacility: 'count',
  pupilsToContext: 'count',
  distanceMean: 'm',
  distanceP50: 'm',
  distanceP90: 'm',
  distanceMax: 'm',
  shareWithin1000: 'share',
  shareWithin3000: 'share',
  shareWithin5000: 'share'
};

const HIGHER_IS_BETTER = new Set<CompareIndicator>([
  'openFacilities',
  'shareWithin1000',
  'shareWithin3000',
  'shareWithin5000'
]);

/** The share within the k-th threshold (0, 1, 2) of a report, whatever its thresholds are. */
function shareAt(report: Report<SectorId>, k: number): number | null {
  const w = report.summary.shareWithin;
  return w[Object.keys(w)[k]] ?? null;
}

/** The value of one indicator in a report's summary. */
export function indicatorValue(report: Report<SectorId>, key: CompareIndicator): number | null {
  const s = report.summary;
  switch (key) {
    case 'openFacilities':
      return s.openFacilities;
    case 'belowNorm':
      return s.belowNorm;
    case 'placesWithoutFacility':
      return s.placesWithoutFacility.length;
    case 'pupilsToContext':
      return s.pupilsToContext;
    case 'distanceMean':
      return s.distanceM.mean;
    case 'distanceP50':
      return s.distanceM.p50;
    case 'distanceP90':
      return s.distanceM.p90;
    case 'distanceMax':
      return s.distanceM.max;
    case 'shareWithin1000':
      return shareAt(report, 0);
    case 'shareWithin3000':
      return shareAt(report, 1);
    case 'shareWithin5000':
      return shareAt(report, 2);
  }
}

function side(f: ReportFacility | undefined): FacilitySide | null {
  return f ? { status: f.status, pupils: f.pupils } : null;
}

function differs(a: FacilitySide | null, b: FacilitySide | null): boolean {
  if (!a || !b) return true;
  return a.status !== b.status || Math.abs(a.pupils - b.pupils) > PUPIL_EPSILON;
}

/**
 * Compares two reports of the same region and sector. Throws RangeError when they cannot be compared (another
 * region, sector or demand grid). Never mutates its inputs.
 */
export function compareReports(a: Report<SectorId>, b: Report<SectorId>): Comparison {
  if (a.region !== b.region)
    throw new RangeError(`compareReports: regions differ (${a.region}, ${b.region})`);
  if (a.sector !== b.sector)
    throw new RangeError(`compareReports: sectors differ (${a.sector}, ${b.sector})`);
  if (a.demand.length !== b.demand.length) throw new RangeError('compareReports: demand grids differ');
  const thresholds = (r: Report<SectorId>) => Object.keys(r.summary.shareWithin).join(', ');
  if (thresholds(a) !== thresholds(b)) {
    throw new RangeError(`compareReports: distance thresholds differ (${thresholds(a)}; ${thresholds(b)})`);
  }

  const indicators = COMPARE_INDICATORS.map((key): IndicatorRow => {
    const va = indicatorValue(a, key);
    const vb = indicatorValue(b, key);
    return {
      key,
      unit: UNIT[key],
      better: HIGHER_IS_BETTER.has(key) ? 'higher' : 'lower',
      a: va,
      b: vb,
      difference: va === null || vb === null ? null : vb - va
    };
  });

  const distanceChangeM = new Float32Array(a.demand.length);
  for (let i = 0; i < a.demand.length; i++) {
    if (a.demand[i].id !== b.demand[i].id) throw new RangeError('compareReports: demand grids differ');
    distanceChangeM[i] = b.demand[i].distanceM - a.demand[i].distanceM;
  }

  const byIdB = new Map(b.facilities.map((f) => [f.id, f]));
  const idsA = new Set(a.facilities.map((f) => f.id));
  const facilities: FacilityDifference[] = [];
  const push = (f: ReportFacility, fa: ReportFacility | undefined, fb: ReportFacility | undefined) => {
    const sa = side(fa);
    const sb = side(fb);
    if (!differs(sa, sb)) return;
    facilities.push({
      id: f.id,
      name: f.name,
      place: f.place,
      municipality: f.municipality,
      context: f.context,
      pupilsBase: f.pupilsBase,
      norm: f.norm,
      a: sa,
      b: sb
    });
  };
  for (const fa of a.facilities) push(fa, fa, byIdB.get(fa.id));
  for (const fb of b.facilities) if (!idsA.has(fb.id)) push(fb, undefined, fb);

  const placesA = new Set(a.summary.placesWithoutFacility);
  const placesB = new Set(b.summary.placesWithoutFacility);
  return {
    indicators,
    distanceChangeM,
    facilities,
    places: {
      lostInB: b.summary.placesWithoutFacility.filter((p) => !placesA.has(p)),
      regainedInB: a.summary.placesWithoutFacility.filter((p) => !placesB.has(p))
    }
  };
}
