/**
 * The map of a scenario for a phone: one small SVG drawn on the server from the engine's result, instead of the
 * workshop's deck.gl map. Cells coloured by the distance to the nearest open facility (the workshop's classes),
 * the municipality borders, open facilities as dark dots, closed and merged ones as red crosses, new ones as
 * white dots. Numbers only, no text: nothing a user typed ends up in the markup.
 *
 * Pure: lon/lat in, an SVG string out. Equirectangular projection around the region's middle latitude (at
 * this scale indistinguishable from RD on a phone).
 */
import { DISTANCE_CLASSES, distanceClassIndex } from '../map/colors';

export interface PhoneMapInput {
  /** The region's municipality polygons (lon/lat MultiPolygons): they set the frame. */
  municipalities: readonly { polygon: number[][][][] }[];
  /** Demand units (cells) with their outline; `weight` 0 (nobody of the ages) is left white. */
  demand: readonly { polygon: number[][] }[];
  weight: ArrayLike<number>;
  /** Distance (m) per demand unit to the nearest open facility in the scenario. */
  distanceM: ArrayLike<number>;
  /** Facilities in engine order (base ones, then the added ones), with their status in the scenario. */
  facilities: readonly { lon: number; lat: number; context: boolean; added?: boolean }[];
  /** STATUS_OPEN 0, STATUS_CLOSED 1, STATUS_MERGED 2 per facility. */
  status: ArrayLike<number>;
}

/** Width of the drawing in SVG units; the height follows the region's shape. */
export const MAP_WIDTH = 1000;
const PAD = 12;
export const OPEN_FILL = '#1e3a8a';
export const CLOSED_STROKE = '#b91c1c';
export const NEW_STROKE = '#111827';
const BORDER = '#4b5563';
const LAND = '#ffffff';
const SEA = '#e4e9ee';

const hex = (c: readonly number[]) =>
  `#${c
    .slice(0, 3)
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;

/** The cell colours of the phone map's legend (the workshop's distance classes). */
export const PHONE_MAP_CLASSES = DISTANCE_CLASSES.map((c) => ({ min: c.min, color: hex(c.color) }));

interface Frame {
  x: (lon: number) => number;
  y: (lat: number) => number;
  height: number;
}

function frameOf(municipalities: PhoneMapInput['municipalities']): Frame {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const m of municipalities) {
    for (const poly of m.polygon) {
      for (const ring of poly) {
        for (const [lon, lat] of ring) {
          if (lon < minLon) minLon = lon;
          if (lon > maxLon) maxLon = lon;
          if (lat < minLat) minLat = lat;
          if (lat > maxLat) maxLat = lat;
        }
      }
    }
  }
  if (!Number.isFinite(minLon) || maxLon === minLon || maxLat === minLat) {
    throw new RangeError('phone map: the region has no municipality outline');
  }
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (MAP_WIDTH - 2 * PAD) / ((maxLon - minLon) * k);
  const height = Math.round((maxLat - minLat) * scale + 2 * PAD);
  return {
    x: (lon) => Math.round((PAD + (lon - minLon) * k * scale) * 10) / 10,
    y: (lat) => Math.round((PAD + (maxLat - lat) * scale) * 10) / 10,
    height
  };
}

function ringPath(f: Frame, ring: readonly number[][]): string {
  let d = '';
  let last = '';
  for (let i = 0; i < ring.length; i++) {
    const p = `${f.x(ring[i][0])} ${f.y(ring[i][1])}`;
    if (p === last) continue; // points that round to the same spot add bytes, not shape
    d += (d ? 'L' : 'M') + p;
    last = p;
  }
  return d ? `${d}Z` : '';
}

/** The SVG document of the phone map. */
export function phoneMapSvg(input: PhoneMapInput): string {
  const f = frameOf(input.municipalities);
  const byClass: string[] = DISTANCE_CLASSES.map(() => '');
  input.demand.forEach((u, i) => {
    if (!(input.weight[i] > 0)) return;
    const d = input.distanceM[i];
    if (!Number.isFinite(d)) return;
    byClass[distanceClassIndex(d)] += ringPath(f, u.polygon);
  });
  const land = input.municipalities.flatMap((m) => m.polygon.flatMap((p) => p.map((r) => ringPath(f, r))));

  const open: string[] = [];
  const closed: string[] = [];
  const added: string[] = [];
  input.facilities.forEach((fac, i) => {
    const x = f.x(fac.lon);
    const y = f.y(fac.lat);
    if (x < 0 || y < 0 || x > MAP_WIDTH || y > f.height) return;
    const s = input.status[i];
    if (fac.added) {
      if (s === 0) added.push(`<circle cx="${x}" cy="${y}" r="8"/>`);
    } else if (s === 0) {
      if (!fac.context) open.push(`<circle cx="${x}" cy="${y}" r="6"/>`);
    } else if (!fac.context) {
      closed.push(`M${x - 10} ${y - 10}L${x + 10} ${y + 10}M${x - 10} ${y + 10}L${x + 10} ${y - 10}`);
    }
  });

  const cells = DISTANCE_CLASSES.map((c, k) =>
    byClass[k] ? `<path fill="${hex(c.color)}" d="${byClass[k]}"/>` : ''
  ).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${f.height}" ` +
    `width="${MAP_WIDTH}" height="${f.height}" role="img">` +
    `<rect width="${MAP_WIDTH}" height="${f.height}" fill="${SEA}"/>` +
    `<path fill="${LAND}" d="${land.join('')}"/>` +
    `<g data-layer="cells" stroke="none">${cells}</g>` +
    `<path data-layer="borders" fill="none" stroke="${BORDER}" stroke-width="2" stroke-linejoin="round" d="${land.join('')}"/>` +
    `<g data-layer="open" fill="${OPEN_FILL}" stroke="#fff" stroke-width="2">${open.join('')}</g>` +
    `<path data-layer="closed" fill="none" stroke="${CLOSED_STROKE}" stroke-width="6" stroke-linecap="round" d="${closed.join('')}"/>` +
    `<g data-layer="new" fill="#fff" stroke="${NEW_STROKE}" stroke-width="4">${added.join('')}</g>` +
    `</svg>`
  );
}
