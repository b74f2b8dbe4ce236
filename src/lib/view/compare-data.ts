/**
 * What the compare page draws, computed once per pair of reports: colour per demand cell (distance in A and B,
 * change B - A), styled facility points, and the list of scenarios the pickers offer. Pure functions; the layers
 * only read the arrays (house style: no maths in accessors).
 */
import '$lib/i18n/parts/compare';
import { WebMercatorViewport, type MapViewState } from '@deck.gl/core';
import type { Edit, FacilityStatusText, Report, SectorId } from '$lib/engine';
import { getPreset, type SectorPreset } from '$lib/engine/sectors/presets';
import {
  scenarioDatasets,
  type Datasets,
  type DemandDataset,
  type FacilityDataset,
  type ScenarioDraft
} from '$lib/state/store';
import { pupilRadius } from '$lib/map/symbols';
import { BASELINE_NAME } from '../text/report-text';
import { t } from '$lib/i18n/catalogue';

export type RGBA = [number, number, number, number];

function hex(h: string, alpha = 255): RGBA {
  const n = parseInt(h.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

export const TRANSPARENT: RGBA = [0, 0, 0, 0];

export interface ColourClass {
  /** Inclusive lower bound in metres (-Infinity for the first class). */
  min: number;
  label: string;
  color: RGBA;
}

/**
 * Distance to the nearest open school: the workshop map's scale (ColorBrewer YlOrRd, colour-blind safe, light =
 * close), so a colour means the same distance on both screens.
 */
export const DISTANCE_CLASSES: readonly ColourClass[] = [
  { min: -Infinity, label: t('compare.distance.c0'), color: hex('#ffffb2') },
  { min: 500, label: t('compare.distance.c1'), color: hex('#fed976') },
  { min: 1000, label: t('compare.distance.c2'), color: hex('#feb24c') },
  { min: 2000, label: t('compare.distance.c3'), color: hex('#fd8d3c') },
  { min: 3000, label: t('compare.distance.c4'), color: hex('#fc4e2a') },
  { min: 5000, label: t('compare.distance.c5'), color: hex('#e31a1c') },
  { min: 10000, label: t('compare.distance.c6'), color: hex('#b10026') }
];

/**
 * Change in distance B - A: ColorBrewer PuOr (diverging, colour-blind safe). Orange = further in B, purple =
 * closer in B, near-white = (almost) the same. Symmetric breaks in km.
 */
export const DIFFERENCE_CLASSES: readonly ColourClass[] = [
  { min: -Infinity, label: t('compare.change.c0'), color: hex('#542788') },
  { min: -3000, label: t('compare.change.c1'), color: hex('#998ec3') },
  { min: -1000, label: t('compare.change.c2'), color: hex('#d8daeb') },
  { min: -100, label: t('compare.change.c3'), color: hex('#f7f7f7', 150) },
  { min: 100, label: t('compare.change.c4'), color: hex('#fee0b6') },
  { min: 1000, label: t('compare.change.c5'), color: hex('#f1a340') },
  { min: 3000, label: t('compare.change.c6'), color: hex('#b35806') }
];

export function classIndex(classes: readonly ColourClass[], value: number): number {
  let i = 0;
  while (i + 1 < classes.length && value >= classes[i + 1].min) i++;
  return i;
}

/** Cells where no child lives are left transparent: a distance there concerns nobody. */
export function distanceFills(report: Report): RGBA[] {
  return report.demand.map((u) =>
    u.weight > 0 ? DISTANCE_CLASSES[classIndex(DISTANCE_CLASSES, u.distanceM)].color : TRANSPARENT
  );
}

export function differenceFills(report: Report, changeM: Float32Array): RGBA[] {
  return report.demand.map((u, i) =>
    u.weight > 0 ? DIFFERENCE_CLASSES[classIndex(DIFFERENCE_CLASSES, changeM[i])].color : TRANSPARENT
  );
}

/** Counts of children (summed weight) per difference class, for the legend. */
export function differenceTotals(report: Report, changeM: Float32Array): number[] {
  const out = DIFFERENCE_CLASSES.map(() => 0);
  report.demand.forEach((u, i) => {
    if (u.weight > 0) out[classIndex(DIFFERENCE_CLASSES, changeM[i])] += u.weight;
  });
  return out;
}

export interface StatusPoint {
  id: string;
  name: string;
  place: string | null;
  status: FacilityStatusText;
  pupils: number;
  belowNorm: boolean;
  context: boolean;
  position: [number, number];
  radius: number;
  fill: RGBA;
  line: RGBA;
  lineWidth: number;
}

/** Facility symbols by status; Okabe-Ito blue for open schools, magenta ring below norm (as the workshop). */
export const STATUS_STYLE = {
  open: { fill: hex('#0072b2'), line: hex('#ffffff'), lineWidth: 1.5, label: t('compare.status.open') },
  belowNorm: {
    fill: hex('#0072b2'),
    line: hex('#c026d3'),
    lineWidth: 3,
    label: t('compare.status.belowNorm')
  },
  closed: {
    fill: hex('#ffffff', 200),
    line: hex('#111827'),
    lineWidth: 2,
    label: t('compare.status.closed')
  },
  new: { fill: hex('#ffffff'), line: hex('#0072b2'), lineWidth: 3.5, label: t('compare.status.new') },
  context: {
    fill: hex('#9ca3af', 110),
    line: hex('#6b7280', 150),
    lineWidth: 1,
    label: t('compare.status.context')
  }
} as const;

function styleOf(f: Report['facilities'][number]) {
  if (f.status === 'closed' || f.status === 'merged') return STATUS_STYLE.closed;
  if (f.status === 'new') return STATUS_STYLE.new;
  if (f.context) return STATUS_STYLE.context;
  return f.belowNorm ? STATUS_STYLE.belowNorm : STATUS_STYLE.open;
}

/** Points in drawing order: context first, then large before small, so small circles stay on top. */
export function statusPoints(report: Report): StatusPoint[] {
  const points = report.facilities.map((f): StatusPoint => {
    const s = styleOf(f);
    const closed = f.status === 'closed' || f.status === 'merged';
    return {
      id: f.id,
      name: f.name,
      place: f.place,
      status: f.status,
      pupils: f.pupils,
      belowNorm: f.belowNorm,
      context: f.context,
      position: [f.lon, f.lat],
      // Context schools are there for reachability only: drawn smaller, so they do not crowd the region.
      radius: closed
        ? 5
        : pupilRadius(f.status === 'new' ? Math.max(f.pupils, 60) : f.pupils) * (f.context ? 0.6 : 1),
      fill: [...s.fill],
      line: [...s.line],
      lineWidth: s.lineWidth
    };
  });
  return points.sort((a, b) => Number(b.context) - Number(a.context) || b.radius - a.radius);
}

// ---- The pickers ---------------------------------------------------------------------------------------

export const BASELINE_KEY = 'basis';
export const SHARED_PREFIX = 'gedeeld:';

/** What a side is evaluated with besides the bundle: imported facilities, edited preset, imported population. */
export interface CompareData {
  facilities: FacilityDataset | null;
  preset: SectorPreset | null;
  demand: DemandDataset | null;
}

export interface CompareOption {
  /** `basis`, a session scenario id (`s2`) or `gedeeld:<share id>`. */
  key: string;
  name: string;
  /** null for the baseline: it takes the sector of the other side. */
  sector: SectorId | null;
  edits: readonly Edit[];
  source: 'basis' | 'sessie' | 'gedeeld';
  /** The data the side is evaluated with; null for the baseline (it takes the other side's). */
  data: CompareData | null;
}

export function baselineOption(): CompareOption {
  return { key: BASELINE_KEY, name: BASELINE_NAME, sector: null, edits: [], source: 'basis', data: null };
}

/** The data a scenario is evaluated with: its own (link, file) before the session's datasets. */
export function scenarioCompareData(datasets: Datasets, s: ScenarioDraft): CompareData {
  const effective = scenarioDatasets(datasets, s);
  return {
    facilities: effective.facilities[s.sector] ?? null,
    preset: s.presets?.[s.sector] ?? null,
    demand: effective.demand
  };
}

/**
 * The session's scenarios the comparison can evaluate: every sector, each with the data it is evaluated with; a
 * sector without open data only when a file of it is there.
 */
export function sessionOptions(
  scenarios: readonly ScenarioDraft[],
  datasets: Datasets = { facilities: {}, demand: null }
): CompareOption[] {
  return scenarios.flatMap((s) => {
    const data = scenarioCompareData(datasets, s);
    if (getPreset(s.sector)?.dataSource === 'import' && !data.facilities) return [];
    return [
      {
        key: s.id,
        name: s.readOnly ? t('compare.sharedName', { name: s.name }) : s.name,
        sector: s.sector,
        edits: s.edits,
        source: 'sessie' as const,
        data
      }
    ];
  });
}

/** A key of the data a side is evaluated with (report cache, what the worker holds). */
export function dataKey(data: CompareData | null): string {
  if (!data) return 'bundel|standaard|cbs';
  const preset = data.preset ? JSON.stringify(data.preset) : 'standaard';
  return `${data.facilities?.id ?? 'bundel'}|${preset}|${data.demand?.id ?? 'cbs'}`;
}

/** The sector both sides are evaluated in, or null when A and B are of different sectors. */
export function pairSector(a: CompareOption, b: CompareOption, fallback: SectorId): SectorId | null {
  if (a.sector && b.sector && a.sector !== b.sector) return null;
  return a.sector ?? b.sector ?? fallback;
}

/**
 * Per-report-cell values in the order of the map's cells (both are the bundle's demand order, so this is
 * normally the identity; matched by id in case a bundle ever holds cells the report leaves out).
 */
export function byCell<T>(cellIds: readonly string[], report: Report, values: readonly T[], missing: T): T[] {
  const same =
    cellIds.length === report.demand.length && cellIds.every((id, i) => report.demand[i].id === id);
  if (same) return [...values];
  const index = new Map(report.demand.map((u, i) => [u.id, i]));
  return cellIds.map((id) => {
    const i = index.get(id);
    return i === undefined ? missing : values[i];
  });
}

/** Fits the region into a compare map (small maps without overlays, so only a thin margin). */
export function fitCompareView(
  bounds: [[number, number], [number, number]],
  width: number,
  height: number
): MapViewState {
  const pad = 14;
  const w = Math.max(width, 2 * pad + 10);
  const h = Math.max(height, 2 * pad + 10);
  const { longitude, latitude, zoom } = new WebMercatorViewport({ width: w, height: h }).fitBounds(bounds, {
    padding: pad
  });
  return { longitude, latitude, zoom, pitch: 0, bearing: 0, minZoom: 5, maxZoom: 15 };
}
