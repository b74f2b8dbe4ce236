/**
 * Catchment view: every cell takes the colour of its nearest open facility, and neighbouring catchments must
 * differ. Cells are the Eurostat 1 km grid, so two catchments touch when two grid-adjacent cells have different
 * nearest facilities; a greedy colouring over that graph, which keeps each facility's previous colour where it
 * can, stops the colours from jumping around on every click.
 */

export interface CellGrid {
  /** Index of the cell east of each cell, or -1. */
  east: Int32Array;
  /** Index of the cell north of each cell, or -1. */
  north: Int32Array;
}

const GRID_ID = /RES(\d+)mN(\d+)E(\d+)$/;

/** Neighbours of each cell from Eurostat grid ids ("CRS3035RES1000mN3235000E4081000"). */
export function cellGrid(ids: readonly string[]): CellGrid {
  const east = new Int32Array(ids.length).fill(-1);
  const north = new Int32Array(ids.length).fill(-1);
  const at = new Map<string, number>();
  const parsed: ([number, number, number] | null)[] = ids.map((id, i) => {
    const m = GRID_ID.exec(id);
    if (!m) return null;
    const cell: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3])];
    at.set(`${cell[1]}:${cell[2]}`, i);
    return cell;
  });
  parsed.forEach((c, i) => {
    if (!c) return;
    const [size, n, e] = c;
    east[i] = at.get(`${n}:${e + size}`) ?? -1;
    north[i] = at.get(`${n + size}:${e}`) ?? -1;
  });
  return { east, north };
}

/**
 * A palette index per facility (length `facilityCount`) such that catchments that touch differ where the
 * palette allows. `previous` (same length or shorter) holds last time's colours; 255 = none yet.
 */
export function colourCatchments(
  nearest: Int32Array,
  grid: CellGrid,
  facilityCount: number,
  paletteSize: number,
  previous?: Uint8Array
): Uint8Array {
  const neighbours: Set<number>[] = Array.from({ length: facilityCount }, () => new Set<number>());
  const used = new Uint8Array(facilityCount);
  const link = (a: number, b: number) => {
    if (a === b || a < 0 || b < 0 || a >= facilityCount || b >= facilityCount) return;
    neighbours[a].add(b);
    neighbours[b].add(a);
  };
  for (let c = 0; c < nearest.length; c++) {
    const a = nearest[c];
    if (a >= 0 && a < facilityCount) used[a] = 1;
    if (grid.east[c] >= 0) link(a, nearest[grid.east[c]]);
    if (grid.north[c] >= 0) link(a, nearest[grid.north[c]]);
  }
  const colour = new Uint8Array(facilityCount).fill(255);
  const taken = new Uint8Array(paletteSize);
  for (let f = 0; f < facilityCount; f++) {
    if (!used[f]) continue;
    taken.fill(0);
    for (const n of neighbours[f]) if (colour[n] !== 255) taken[colour[n]] = 1;
    const prev = previous && f < previous.length ? previous[f] : 255;
    if (prev < paletteSize && !taken[prev]) {
      colour[f] = prev;
      continue;
    }
    let pick = taken.indexOf(0);
    if (pick < 0) pick = f % paletteSize; // more neighbours than colours: rare, the catchment borders still show
    colour[f] = pick;
  }
  return colour;
}
