/**
 * Circle sizes for facilities. Area is proportional to pupils (sqrt scale), in screen pixels so the symbols
 * stay the same size at every zoom level and on every region; a projector needs a minimum size to see a dot.
 */

/** Pixels of radius per sqrt(pupil): 100 pupils -> 6 px, 400 -> 12 px. */
const PX_PER_SQRT_PUPIL = 0.6;
export const MIN_RADIUS = 3;
/** Radius of a facility whose pupil count DUO does not give (drawn hollow). */
export const UNKNOWN_RADIUS = 4.5;

export function pupilRadius(pupils: number | null): number {
  if (pupils === null) return UNKNOWN_RADIUS;
  return Math.max(MIN_RADIUS, PX_PER_SQRT_PUPIL * Math.sqrt(pupils));
}

/** Reference sizes drawn in the legend. */
export const PUPIL_LEGEND_STEPS = [50, 200, 500] as const;

/**
 * Shrinks all circles for regions much wider than a krimp region (the whole country), where full-size
 * symbols would cover the map. 1 up to ~0.9° of longitude (every krimp region), about 0.45 for the country.
 */
export function symbolScale(bbox: readonly [number, number, number, number]): number {
  const lonSpan = Math.max(bbox[2] - bbox[0], 1e-6);
  return Math.min(1, Math.max(0.35, Math.sqrt(0.9 / lonSpan)));
}
