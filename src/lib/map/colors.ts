/**
 * Colour scales of the map. Everything here must stay readable on a washed-out projector and for
 * colour-blind viewers: the demand ramp is a ColorBrewer sequential scale (YlGnBu, colour-blind safe), the
 * denomination palette is Okabe-Ito (designed for colour-vision deficiency) and every category also differs
 * in lightness from its neighbours.
 */

import { PRESETS } from '$lib/engine/sectors/presets';
import { t } from '$lib/i18n/catalogue';

export type RGBA = [number, number, number, number];

function hex(h: string, alpha = 255): RGBA {
  const n = parseInt(h.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

export function cssColor(c: RGBA): string {
  return `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${(c[3] / 255).toFixed(3)})`;
}

/** Map chrome. The map has no basemap: the region reads as white land on a grey-blue surround. */
export const BACKGROUND = '#e4e9ee';
export const MUNICIPALITY_FILL = hex('#ffffff');
export const MUNICIPALITY_LINE = hex('#4b5563');
export const LABEL_TEXT = hex('#111827');
export const LABEL_HALO = hex('#ffffff', 230);

// ---- Demand: children under 15 per 1 km cell -------------------------------------------------------------

export interface DemandClass {
  /** Inclusive lower bound (children per cell). */
  min: number;
  label: string;
  color: RGBA;
}

/**
 * Fixed class breaks (not quantiles) so a colour means the same number in every region; each class is about
 * twice the previous one, which splits the rural and the town cells of the krimp regions evenly. Cells are
 * 1 km², so the numbers are also children per km². The darkest YlGnBu step is left out: it would swallow
 * the school symbols drawn on top.
 */
export const DEMAND_CLASSES: readonly DemandClass[] = [
  { min: 0, label: t('mapText.demand.c0'), color: hex('#ffffd9') },
  { min: 5, label: '5 – 14', color: hex('#edf8b1') },
  { min: 15, label: '15 – 29', color: hex('#c7e9b4') },
  { min: 30, label: '30 – 59', color: hex('#7fcdbb') },
  { min: 60, label: '60 – 119', color: hex('#41b6c4') },
  { min: 120, label: '120 – 249', color: hex('#1d91c0') },
  { min: 250, label: t('mapText.demand.c6'), color: hex('#225ea8') }
];

export function demandClassIndex(children: number): number {
  let i = 0;
  while (i + 1 < DEMAND_CLASSES.length && children >= DEMAND_CLASSES[i + 1].min) i++;
  return i;
}

// ---- Facilities: denomination ----------------------------------------------------------------------------

export interface DenominationStyle {
  label: string;
  color: RGBA;
}

/**
 * The eight most common DUO denominations get a fixed Okabe-Ito colour, so a colour means the same
 * denomination in every region; the long tail shares one neutral dark colour.
 */
const DENOMINATIONS: Record<string, DenominationStyle> = {
  Openbaar: { label: 'Openbaar', color: hex('#0072b2') },
  'Rooms-Katholiek': { label: 'Rooms-katholiek', color: hex('#d55e00') },
  'Protestants-Christelijk': { label: 'Protestants-christelijk', color: hex('#e69f00') },
  'Algemeen bijzonder': { label: 'Algemeen bijzonder', color: hex('#cc79a7') },
  Reformatorisch: { label: 'Reformatorisch', color: hex('#009e73') },
  'Gereformeerd vrijgemaakt': { label: 'Gereformeerd vrijgemaakt', color: hex('#56b4e9') },
  'Samenwerking PC, RK': { label: 'Samenwerking PC, RK', color: hex('#f0e442') },
  Antroposofisch: { label: 'Antroposofisch', color: hex('#7b3294') }
};

export const OTHER_DENOMINATION: DenominationStyle = {
  label: t('mapText.otherDenomination'),
  color: hex('#3f3f46')
};

/**
 * Imported facilities (sport, zorg, welzijn) carry their type's label where schools carry a denomination; the
 * types of one sector get the first Okabe-Ito colours in the preset's order (no sector has more than four).
 */
const TYPE_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];
const TYPES: Record<string, DenominationStyle> = Object.fromEntries(
  PRESETS.filter((p) => p.dataSource === 'import').flatMap((p) =>
    p.facilityTypes.map((t, i) => [
      t.label,
      { label: t.label, color: hex(TYPE_COLOURS[i % TYPE_COLOURS.length]) }
    ])
  )
);

export function denominationStyle(denomination: string): DenominationStyle {
  return DENOMINATIONS[denomination] ?? TYPES[denomination] ?? OTHER_DENOMINATION;
}

/** Facilities just outside the region: present for reachability, but not the subject. */
export const CONTEXT_FILL = hex('#9ca3af', 120);
export const CONTEXT_LINE = hex('#6b7280', 170);
export const FACILITY_OUTLINE = hex('#ffffff');
export const TRANSPARENT: RGBA = [0, 0, 0, 0];

// ---- Workshop: distance to the nearest open school -------------------------------------------------------

export interface DistanceClass {
  /** Inclusive lower bound in metres. */
  min: number;
  label: string;
  color: RGBA;
}

/**
 * ColorBrewer YlOrRd (sequential, colour-blind safe, lightness falls monotonically): light = close, dark = far.
 * School circles sit on the lightest cells (near them by definition), so their colours never compete with the
 * dark end. Breaks in km, the same in every region; the top two classes are for secondary schools.
 */
export const DISTANCE_CLASSES: readonly DistanceClass[] = [
  { min: 0, label: t('mapText.distance.c0'), color: hex('#ffffcc') },
  { min: 500, label: t('mapText.distance.c1'), color: hex('#ffeda0') },
  { min: 1000, label: t('mapText.distance.c2'), color: hex('#fed976') },
  { min: 2000, label: t('mapText.distance.c3'), color: hex('#feb24c') },
  { min: 3000, label: t('mapText.distance.c4'), color: hex('#fd8d3c') },
  { min: 5000, label: t('mapText.distance.c5'), color: hex('#f03b20') },
  { min: 10000, label: t('mapText.distance.c6'), color: hex('#bd0026') }
];

export function distanceClassIndex(metres: number): number {
  let i = 0;
  while (i + 1 < DISTANCE_CLASSES.length && metres >= DISTANCE_CLASSES[i + 1].min) i++;
  return i;
}

/**
 * Catchment view: light qualitative colours (ColorBrewer Set3 without its greys), so the school circles stay
 * readable on top. Neighbouring catchments get different colours (see catchment.ts).
 */
export const CATCHMENT_PALETTE: readonly RGBA[] = [
  '#8dd3c7',
  '#ffffb3',
  '#bebada',
  '#fb8072',
  '#80b1d3',
  '#fdb462',
  '#b3de69',
  '#fccde5',
  '#ccebc5',
  '#ffed6f'
].map((c) => hex(c, 215));

// ---- Workshop: facility states ---------------------------------------------------------------------------

/** Closed and merged schools are hollow with a dark ring (and a mark, see status-marks-layer). */
export const CLOSED_LINE = hex('#111827');
/** A new location: white with a thick dark ring and a "+". */
export const NEW_FILL = hex('#ffffff');
export const NEW_LINE = hex('#111827');
/** Below its norm: an extra ring around the circle, in a colour used nowhere else on the map. */
export const BELOW_NORM_RING = hex('#c026d3');
export const SELECTION_RING = hex('#111827');
export const SELECTION_HALO = hex('#ffffff', 235);
export const MARK_TEXT = hex('#111827');
/** Arcs of moved pupils: indigo at the closed school to dark navy at the receiving one. */
export const FLOW_SOURCE = hex('#6366f1', 230);
export const FLOW_TARGET = hex('#172554', 240);
/** Outline of the cells whose children now travel further than in the baseline. */
export const FURTHER_LINE = hex('#111827', 220);
