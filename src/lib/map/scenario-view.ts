/**
 * Turns an engine result (typed arrays from the worker) into what the map layers read: per-point style arrays
 * in the layers' data order, per-cell class indexes, and the small per-result lists (arcs, marks, new
 * locations). Layers keep their `data` arrays and recolour through `updateTriggers` keyed on `version`; no
 * accessor computes anything beyond an array read.
 */
import type { Facility, RegionBundle } from '$lib/engine/geodata/schema';
import { STATUS_OPEN, type EvaluationResult } from '$lib/engine/types';
import { t } from '$lib/i18n/catalogue';
import { CLOSED_LINE, distanceClassIndex, NEW_FILL, NEW_LINE, TRANSPARENT, type RGBA } from './colors';
import { facilityPoint, type DemandCell, type FacilityPoint, type LonLat } from './prepare';
import { pupilRadius } from './symbols';

/** No class: the cell has no children (drawn transparent). */
export const NO_CLASS = 255;

/** Smallest radius of a closed or new location, so its mark reads. */
const MARKED_MIN_RADIUS = 8;

export interface FacilityStyle {
  radius: Float32Array;
  fill: RGBA[];
  line: RGBA[];
  lineWidth: Float32Array;
  /** 1 where the school is open and below its norm. */
  belowNorm: Uint8Array;
}

/** Map index -> engine index (-1 where the engine does not know the point, e.g. a far context school). */
export function engineIndexOf(points: readonly FacilityPoint[], facilityIds: readonly string[]): Int32Array {
  const byId = new Map(facilityIds.map((id, i) => [id, i]));
  return Int32Array.from(points, (p) => byId.get(p.facility.id) ?? -1);
}

function styleOne(
  out: FacilityStyle,
  i: number,
  point: FacilityPoint,
  result: EvaluationResult | null,
  e: number,
  isNew: boolean
) {
  const open = !result || e < 0 || result.facilities.status[e] === STATUS_OPEN;
  const pupils = result && e >= 0 ? result.facilities.pupils[e] : point.facility.pupils;
  const below = !!result && e >= 0 && result.facilities.belowNorm[e] === 1;
  if (!open) {
    out.radius[i] = Math.max(point.radius, MARKED_MIN_RADIUS);
    out.fill[i] = TRANSPARENT;
    out.line[i] = CLOSED_LINE;
    out.lineWidth[i] = 2.5;
  } else if (isNew) {
    out.radius[i] = Math.max(pupilRadius(pupils), MARKED_MIN_RADIUS);
    out.fill[i] = NEW_FILL;
    out.line[i] = NEW_LINE;
    out.lineWidth[i] = 3;
  } else {
    // An unknown count stays hollow until the school receives pupils.
    const unknown = point.facility.pupils === null && !pupils;
    out.radius[i] = unknown ? point.radius : pupilRadius(pupils);
    out.fill[i] = unknown ? TRANSPARENT : point.fill;
    out.line[i] = point.line;
    out.lineWidth[i] = point.lineWidth;
  }
  out.belowNorm[i] = below ? 1 : 0;
}

function emptyStyle(n: number): FacilityStyle {
  return {
    radius: new Float32Array(n),
    fill: new Array(n),
    line: new Array(n),
    lineWidth: new Float32Array(n),
    belowNorm: new Uint8Array(n)
  };
}

/** Styles of the bundle's facility points of the sector (baseline look without a result). */
export function facilityStyle(
  points: readonly FacilityPoint[],
  engineIndex: Int32Array | null,
  result: EvaluationResult | null
): FacilityStyle {
  const out = emptyStyle(points.length);
  points.forEach((p, i) => styleOne(out, i, p, result, engineIndex ? engineIndex[i] : -1, false));
  return out;
}

/** Locations added by `open` edits, as points the facility layers and the tooltip understand. */
export function addedPoints(result: EvaluationResult, sector: Facility['sector']): FacilityPoint[] {
  return result.facilities.added.map((a) =>
    facilityPoint({
      id: a.id,
      brin: '',
      name: a.name,
      sector,
      type: 'nieuw',
      tracks: 0,
      denomination: t('mapText.newLocation'),
      address: '',
      postcode: '',
      place: a.place ?? '',
      municipality: a.municipality,
      lon: a.lon,
      lat: a.lat,
      x: a.x,
      y: a.y,
      pupils: 0,
      context: false
    })
  );
}

export function addedStyle(points: readonly FacilityPoint[], result: EvaluationResult, base: number) {
  const out = emptyStyle(points.length);
  points.forEach((p, i) => styleOne(out, i, p, result, base + i, true));
  return out;
}

export interface StatusMark {
  position: LonLat;
  text: string;
}

/** "×" on closed, "»" on merged (its pupils went to a chosen school), "+" on new locations. */
export function statusMarks(
  points: readonly FacilityPoint[],
  engineIndex: Int32Array,
  added: readonly FacilityPoint[],
  result: EvaluationResult
): StatusMark[] {
  const marks: StatusMark[] = [];
  const status = result.facilities.status;
  points.forEach((p, i) => {
    const e = engineIndex[i];
    if (e >= 0 && status[e] !== STATUS_OPEN)
      marks.push({ position: p.position, text: status[e] === 1 ? '×' : '»' });
  });
  const base = status.length - added.length;
  added.forEach((p, k) => {
    marks.push({ position: p.position, text: status[base + k] === STATUS_OPEN ? '+' : '×' });
  });
  return marks;
}

export interface FlowArc {
  from: string;
  to: string;
  pupils: number;
  source: LonLat;
  target: LonLat;
}

/** Arcs of the result's flows with their end points looked up once (none for a flow of 0 pupils). */
export function flowArcs(
  result: EvaluationResult,
  positionOf: (id: string) => LonLat | undefined
): FlowArc[] {
  const arcs: FlowArc[] = [];
  for (const f of result.flows) {
    const source = positionOf(f.from);
    const target = positionOf(f.to);
    if (source && target && f.pupils > 0) arcs.push({ ...f, source, target });
  }
  return arcs;
}

/**
 * Whether a cell holds people the sector serves: children under 15 for the schools (`adults` false), anyone for a
 * sector that serves adults too. An imported population table without age bands has no child count (NaN): its
 * inhabitants stand in for them.
 */
export function inhabited(unit: DemandCell['unit'], adults = false): boolean {
  if (adults) return unit.T > 0;
  return unit.Y_LT15 > 0 || (Number.isNaN(unit.Y_LT15) && unit.T > 0);
}

/** Distance class per cell (NO_CLASS where nobody the sector serves lives). */
export function distanceClasses(
  cells: readonly DemandCell[],
  distanceM: Float32Array,
  adults = false
): Uint8Array {
  const out = new Uint8Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    out[i] = inhabited(cells[i].unit, adults) ? distanceClassIndex(distanceM[i]) : NO_CLASS;
  }
  return out;
}

/** The cells whose children now travel further than in the baseline (by more than a metre). */
export function furtherCells(
  cells: readonly DemandCell[],
  distanceM: Float32Array,
  baselineM: Float32Array,
  adults = false
): DemandCell[] {
  const out: DemandCell[] = [];
  if (baselineM.length !== distanceM.length) return out;
  for (let i = 0; i < cells.length; i++) {
    if (inhabited(cells[i].unit, adults) && distanceM[i] > baselineM[i] + 1) out.push(cells[i]);
  }
  return out;
}

/** Rings for the schools below their norm (base points and new locations). */
export function normRings(
  points: readonly FacilityPoint[],
  style: FacilityStyle,
  added: readonly FacilityPoint[] = [],
  addedStyle: FacilityStyle | null = null
): { position: LonLat; radius: number }[] {
  const rings: { position: LonLat; radius: number }[] = [];
  points.forEach((p, i) => {
    if (style.belowNorm[i]) rings.push({ position: p.position, radius: style.radius[i] });
  });
  added.forEach((p, i) => {
    if (addedStyle?.belowNorm[i]) rings.push({ position: p.position, radius: addedStyle.radius[i] });
  });
  return rings;
}

/** Position of any facility of the bundle or of the result's added ones. */
export function positionLookup(bundle: RegionBundle, result: EvaluationResult | null) {
  const byId = new Map<string, LonLat>(bundle.facilities.map((f) => [f.id, [f.lon, f.lat]]));
  for (const a of result?.facilities.added ?? []) byId.set(a.id, [a.lon, a.lat]);
  return (id: string) => byId.get(id);
}
