/**
 * Small planar geometry for the bundle build: point in (multi)polygon, a bbox grid index over polygons, distance to
 * a polygon edge, a label point. Lon/lat are treated as planar inside one municipality, which is fine at the
 * resolution of the generalised 2016 boundaries.
 */
import type { MultiPolygonCoords } from './schema';

export type BBox = [number, number, number, number];

export const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;
export const round1 = (v: number): number => Math.round(v * 10) / 10;

export function roundCoords(multi: MultiPolygonCoords): MultiPolygonCoords {
  return multi.map((poly) => poly.map((ring) => ring.map((p) => [round6(p[0]), round6(p[1])])));
}

export function bboxOf(multi: MultiPolygonCoords): BBox {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const poly of multi)
    for (const p of poly[0] ?? []) {
      if (p[0] < minX) minX = p[0];
      if (p[0] > maxX) maxX = p[0];
      if (p[1] < minY) minY = p[1];
      if (p[1] > maxY) maxY = p[1];
    }
  return [minX, minY, maxX, maxY];
}

export function unionBBox(boxes: BBox[]): BBox {
  return boxes.reduce<BBox>(
    (a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity]
  );
}

/** Even-odd ray casting over all rings of one polygon, so holes are excluded. */
function inPolygon(x: number, y: number, poly: number[][][]): boolean {
  let inside = false;
  for (const ring of poly) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const xi = ring[i][0],
        yi = ring[i][1],
        xj = ring[j][0],
        yj = ring[j][1];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

export function pointInMultiPolygon(x: number, y: number, multi: MultiPolygonCoords): boolean {
  for (const poly of multi) if (inPolygon(x, y, poly)) return true;
  return false;
}

/** Metres per degree at latitude `lat` (equirectangular; good to < 0.5 % over a few km). */
function metresPerDegree(lat: number): [number, number] {
  return [111_320 * Math.cos((lat * Math.PI) / 180), 110_574];
}

/** Distance in metres from a point to the nearest edge of a multipolygon (0 if inside). */
export function distanceToMultiPolygon(lon: number, lat: number, multi: MultiPolygonCoords): number {
  if (pointInMultiPolygon(lon, lat, multi)) return 0;
  const [kx, ky] = metresPerDegree(lat);
  let best = Infinity;
  for (const poly of multi)
    for (const ring of poly)
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1][0] - lon) * kx,
          ay = (ring[i - 1][1] - lat) * ky;
        const bx = (ring[i][0] - lon) * kx,
          by = (ring[i][1] - lat) * ky;
        const dx = bx - ax,
          dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        const d = Math.hypot(ax + t * dx, ay + t * dy);
        if (d < best) best = d;
      }
  return best;
}

/** Signed area and area centroid of a ring (shoelace). */
function ringCentroid(ring: number[][]): { a: number; cx: number; cy: number } {
  let a = 0,
    cx = 0,
    cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f;
    cx += (ring[j][0] + ring[i][0]) * f;
    cy += (ring[j][1] + ring[i][1]) * f;
  }
  return a === 0
    ? { a: 0, cx: ring[0][0], cy: ring[0][1] }
    : { a: a / 2, cx: cx / (3 * a), cy: cy / (3 * a) };
}

/**
 * A point inside the polygon for a label: the area centroid of the largest part if it lies inside, otherwise the
 * middle of the widest inside stretch of a horizontal line through that centroid (concave or ring-shaped parts).
 */
export function labelPoint(multi: MultiPolygonCoords): [number, number] {
  let best = multi[0];
  let bestA = -1;
  for (const poly of multi) {
    const a = Math.abs(ringCentroid(poly[0]).a);
    if (a > bestA) {
      bestA = a;
      best = poly;
    }
  }
  const { cx, cy } = ringCentroid(best[0]);
  if (inPolygon(cx, cy, best)) return [cx, cy];
  const xs: number[] = [];
  for (const ring of best)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > cy !== yj > cy) xs.push(((xj - xi) * (cy - yi)) / (yj - yi) + xi);
    }
  xs.sort((a, b) => a - b);
  let mid: [number, number] = [best[0][0][0], best[0][0][1]];
  let width = -1;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    if (xs[k + 1] - xs[k] > width) {
      width = xs[k + 1] - xs[k];
      mid = [(xs[k] + xs[k + 1]) / 2, cy];
    }
  }
  return mid;
}

/**
 * Uniform grid over polygon bounding boxes: a point query only tests the polygons whose bbox covers the grid cell
 * of the point. 390 municipalities in a 0.05° grid means one to a few candidates per query.
 */
export class PolygonIndex {
  private readonly boxes: BBox[];
  private readonly cells = new Map<number, number[]>();
  private readonly size: number;

  constructor(
    readonly polygons: MultiPolygonCoords[],
    size = 0.05
  ) {
    this.size = size;
    this.boxes = polygons.map(bboxOf);
    this.boxes.forEach((b, i) => {
      for (let gx = Math.floor(b[0] / size); gx <= Math.floor(b[2] / size); gx++)
        for (let gy = Math.floor(b[1] / size); gy <= Math.floor(b[3] / size); gy++) {
          const key = this.key(gx, gy);
          const list = this.cells.get(key);
          if (list) list.push(i);
          else this.cells.set(key, [i]);
        }
    });
  }

  private key(gx: number, gy: number): number {
    return (gx + 10_000) * 100_000 + (gy + 10_000);
  }

  /** Index of the first polygon that contains the point, or -1. */
  find(x: number, y: number): number {
    const list = this.cells.get(this.key(Math.floor(x / this.size), Math.floor(y / this.size)));
    if (!list) return -1;
    for (const i of list) {
      const b = this.boxes[i];
      if (x < b[0] || x > b[2] || y < b[1] || y > b[3]) continue;
      if (pointInMultiPolygon(x, y, this.polygons[i])) return i;
    }
    return -1;
  }

  /** Nearest polygon within `maxMetres` (edge distance), or null. Linear scan with a bbox prefilter: rare cases. */
  nearest(x: number, y: number, maxMetres: number): { index: number; metres: number } | null {
    const [kx, ky] = metresPerDegree(y);
    const mx = maxMetres / kx,
      my = maxMetres / ky;
    let best: { index: number; metres: number } | null = null;
    this.boxes.forEach((b, i) => {
      if (x < b[0] - mx || x > b[2] + mx || y < b[1] - my || y > b[3] + my) return;
      const d = distanceToMultiPolygon(x, y, this.polygons[i]);
      if (d <= maxMetres && (!best || d < best.metres)) best = { index: i, metres: d };
    });
    return best;
  }
}
