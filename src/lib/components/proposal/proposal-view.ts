/**
 * The panel's logic without a browser: the form (strings as typed, Dutch decimal commas allowed) to criteria and
 * back, the checked criteria as rows, and the trade-off chart's geometry. Components only render these.
 */
import type { OptimiseCriteria, OptimiseObjective, OptimiseResult, Tradeoff } from '$lib/engine';

export interface ProposalForm {
  objective: OptimiseObjective;
  keep: string;
  maxDistance: string;
  /** Percent; '' = every child. */
  share: string;
  minPupilsMode: 'none' | 'number' | 'norm';
  minPupils: string;
  /** '' = now (the DUO count of 2023). */
  year: string;
  placeMin: string;
  denomination: string;
  denominationKm: string;
  lockOpen: string;
  lockClosed: string;
}

export function defaultForm(regionCount: number): ProposalForm {
  return {
    objective: 'fewest',
    keep: String(Math.max(1, Math.round(regionCount * 0.8))),
    maxDistance: '3',
    share: '',
    minPupilsMode: 'none',
    minPupils: '',
    year: '',
    placeMin: '',
    denomination: '',
    denominationKm: '5',
    lockOpen: '',
    lockClosed: ''
  };
}

/** The denominations a criterion can name: DUO's, without the samenwerkingsscholen (they count for theirs). */
export function denominationNames(facilities: readonly { sector: string; denomination: string }[]): string[] {
  const names = new Set<string>();
  for (const f of facilities) {
    if (f.sector === 'po' && f.denomination && !f.denomination.startsWith('Samenwerking'))
      names.add(f.denomination);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** A form value that is not a number. */
export class FormError extends Error {}

const number = (text: string, label: string): number | undefined => {
  const t = text.trim();
  if (t === '') return undefined;
  const v = Number(t.replace(',', '.'));
  if (!Number.isFinite(v)) throw new FormError(`${label} is geen getal: "${t}".`);
  return v;
};

const ids = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);

/** The criteria of a form; the engine checks their ranges (with its own Dutch messages). Throws FormError. */
export function criteriaOf(form: ProposalForm): OptimiseCriteria {
  const c: OptimiseCriteria = { objective: form.objective };
  if (form.objective !== 'fewest') c.keep = number(form.keep, 'Het aantal locaties');
  const d = number(form.maxDistance, 'De afstand');
  if (d !== undefined) c.maxDistanceKm = d;
  const share = number(form.share, 'Het aandeel');
  if (share !== undefined) c.share = share / 100;
  if (form.minPupilsMode === 'norm') c.minPupils = 'norm';
  else if (form.minPupilsMode === 'number') {
    const n = number(form.minPupils, 'Het minimum aantal leerlingen');
    if (n === undefined) throw new FormError('Vul het minimum aantal leerlingen in, of kies "geen".');
    c.minPupils = n;
  }
  const year = number(form.year, 'Het jaar');
  if (year !== undefined) c.year = year;
  const place = number(form.placeMin, 'Het aantal kinderen per woonplaats');
  if (place !== undefined) c.placeMinChildren = place;
  if (form.denomination.trim() !== '') {
    const km = number(form.denominationKm, 'De afstand voor de richting');
    c.denominations = [{ denomination: form.denomination.trim(), withinKm: km ?? NaN }];
  }
  const open = ids(form.lockOpen);
  const closed = ids(form.lockClosed);
  if (open.length > 0) c.lockOpen = open;
  if (closed.length > 0) c.lockClosed = closed;
  return c;
}

const text = (v: number | undefined) => (v === undefined ? '' : String(v).replace('.', ','));

/** The form of criteria (to take over a relaxation the engine found). */
export function formOf(c: OptimiseCriteria, base: ProposalForm): ProposalForm {
  const den = c.denominations?.[0];
  return {
    ...base,
    objective: c.objective,
    keep: c.keep === undefined ? base.keep : String(c.keep),
    maxDistance: text(c.maxDistanceKm),
    share: c.share === undefined ? '' : text(Math.round(c.share * 1000) / 10),
    minPupilsMode: c.minPupils === undefined ? 'none' : c.minPupils === 'norm' ? 'norm' : 'number',
    minPupils: typeof c.minPupils === 'number' ? String(c.minPupils) : '',
    year: c.year === undefined ? '' : String(c.year),
    placeMin: text(c.placeMinChildren),
    denomination: den?.denomination ?? '',
    denominationKm: den ? text(den.withinKm) : base.denominationKm,
    lockOpen: (c.lockOpen ?? []).join(', '),
    lockClosed: (c.lockClosed ?? []).join(', ')
  };
}

const LABEL: Record<string, string> = {
  keep: 'Aantal locaties',
  'max-distance': 'Afstand',
  'min-pupils': 'Minimum leerlingen',
  'lock-open': 'Vast open',
  'lock-closed': 'Vast dicht',
  place: 'School per woonplaats'
};

export interface ConstraintRow {
  id: string;
  label: string;
  met: boolean;
  detail: string;
}

export function constraintRows(result: OptimiseResult): ConstraintRow[] {
  return result.constraints.map((c) => ({
    id: c.id,
    label: c.id.startsWith('denomination:')
      ? `Richting ${c.id.slice('denomination:'.length)}`
      : (LABEL[c.id] ?? c.id),
    met: c.met,
    detail: c.detail
  }));
}

/** The trade-off chart in SVG units: two lines over the number of locations, today and the proposal marked. */
export interface ChartModel {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  meanPath: string;
  withinPath: string;
  xTicks: { x: number; label: string }[];
  meanTicks: { y: number; label: string }[];
  withinTicks: { y: number; label: string }[];
  today: { x: number; yMean: number; yWithin: number };
  proposal: { x: number; yMean: number; yWithin: number } | null;
}

function niceStep(range: number, count: number): number {
  const raw = range / Math.max(1, count);
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? raw;
}

const nl = (v: number, digits: number) =>
  new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits }).format(v);

export function chartModel(
  curve: Tradeoff,
  proposal: { keep: number; meanKm: number; withinShare: number } | null,
  width = 340,
  height = 190
): ChartModel {
  const plot = { left: 40, right: width - 40, top: 12, bottom: height - 30 };
  const keeps = curve.points.map((p) => p.keep);
  const xMin = Math.min(...keeps, proposal?.keep ?? Infinity);
  const xMax = Math.max(curve.today.keep, ...keeps);
  // The mean axis runs to a little over the curve's largest mean in the shown range (few locations can be far).
  const means = curve.points.map((p) => p.meanKm);
  const meanMax = Math.max(...means, proposal?.meanKm ?? 0, curve.today.meanKm) * 1.05 || 1;
  const x = (k: number) => plot.left + ((k - xMin) / Math.max(1, xMax - xMin)) * (plot.right - plot.left);
  const yMean = (v: number) => plot.bottom - (v / meanMax) * (plot.bottom - plot.top);
  const yWithin = (s: number) => plot.bottom - s * (plot.bottom - plot.top);
  const path = (pts: [number, number][]) =>
    pts.map(([px, py], k) => `${k === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
  const xStep = niceStep(xMax - xMin, 5);
  const xTicks: ChartModel['xTicks'] = [];
  for (let k = Math.ceil(xMin / xStep) * xStep; k <= xMax; k += xStep)
    xTicks.push({ x: x(k), label: nl(k, 0) });
  const mStep = niceStep(meanMax, 4);
  const meanTicks: ChartModel['meanTicks'] = [];
  for (let v = 0; v <= meanMax; v += mStep) meanTicks.push({ y: yMean(v), label: nl(v, 1) });
  const withinTicks = [0, 0.25, 0.5, 0.75, 1].map((s) => ({ y: yWithin(s), label: nl(s * 100, 0) }));
  return {
    width,
    height,
    plot,
    meanPath: path(curve.points.map((p) => [x(p.keep), yMean(p.meanKm)])),
    withinPath: path(curve.points.map((p) => [x(p.keep), yWithin(p.withinShare)])),
    xTicks,
    meanTicks,
    withinTicks,
    today: {
      x: x(curve.today.keep),
      yMean: yMean(curve.today.meanKm),
      yWithin: yWithin(curve.today.withinShare)
    },
    proposal: proposal
      ? { x: x(proposal.keep), yMean: yMean(proposal.meanKm), yWithin: yWithin(proposal.withinShare) }
      : null
  };
}

/** The proposal's point on the chart, from its checked summary (the curve's distance is the criteria's, or 3 km). */
export function proposalPoint(result: OptimiseResult, curve: Tradeoff) {
  return {
    keep: result.summary.openFacilities,
    meanKm: (result.summary.distanceM.mean ?? 0) / 1000,
    withinShare: result.withinShare ?? result.summary.shareWithin[String(curve.distanceKm * 1000)] ?? 0
  };
}
