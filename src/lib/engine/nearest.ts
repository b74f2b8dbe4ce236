/**
 * Nearest open facility: a branch-and-bound search over the kd-sorted arrays of a kdbush index (kdbush itself
 * only answers range/radius queries), skipping closed facilities, plus a linear scan over the few facilities
 * added by `open` edits.
 *
 * Distances are compared as squared RD metres computed as dx*dx + dy*dy, everywhere in the engine, so the same
 * pair always compares the same way. Ties go to the lowest id: base facilities are indexed in id order, so among
 * them the lowest index wins; added facilities are compared by id string.
 */
import type KDBush from 'kdbush';
import { STATUS_OPEN } from './types';

/** What the search needs to know about the current scenario. */
export interface OpenSet {
  /** Status per facility index (base facilities first, then added ones). */
  status: Uint8Array;
  addedX: Float64Array;
  addedY: Float64Array;
  addedIds: readonly string[];
}

const MAX_FRAMES = 256;

export class NearestFinder {
  /** Squared distance of the last hit (Infinity when nothing was found). */
  d2 = Infinity;
  private readonly stack = new Int32Array(MAX_FRAMES * 3);
  private readonly bounds = new Float64Array(MAX_FRAMES);

  constructor(
    private readonly index: KDBush,
    private readonly ids: readonly string[]
  ) {}

  /** Index of the nearest open facility to (qx, qy), or -1 when none is open. Sets `this.d2`. */
  find(qx: number, qy: number, open: OpenSet): number {
    const baseCount = this.ids.length;
    let best = this.findBase(qx, qy, open.status);
    let bestD2 = this.d2;
    const { status, addedX, addedY, addedIds } = open;
    for (let k = 0; k < addedIds.length; k++) {
      if (status[baseCount + k] !== STATUS_OPEN) continue;
      const dx = addedX[k] - qx;
      const dy = addedY[k] - qy;
      const d2 = dx * dx + dy * dy;
      if (d2 < bestD2 || (d2 === bestD2 && addedIds[k] < this.idOf(best, addedIds))) {
        best = baseCount + k;
        bestD2 = d2;
      }
    }
    this.d2 = bestD2;
    return best;
  }

  private idOf(i: number, addedIds: readonly string[]): string {
    return i < this.ids.length ? this.ids[i] : addedIds[i - this.ids.length];
  }

  private findBase(qx: number, qy: number, status: Uint8Array): number {
    const { ids, coords, nodeSize } = this.index;
    const stack = this.stack;
    const bounds = this.bounds;
    let best = -1;
    let bestD2 = Infinity;
    let sp = 0;
    if (ids.length > 0) {
      stack[0] = 0;
      stack[1] = ids.length - 1;
      stack[2] = 0;
      bounds[0] = 0;
      sp = 1;
    }
    while (sp > 0) {
      sp--;
      // Strictly greater: a subtree at exactly the best distance may still hold a tie with a lower id.
      if (bounds[sp] > bestD2) continue;
      const left = stack[3 * sp];
      const right = stack[3 * sp + 1];
      const axis = stack[3 * sp + 2];

      if (right - left <= nodeSize) {
        for (let i = left; i <= right; i++) {
          const id = ids[i];
          if (status[id] !== STATUS_OPEN) continue;
          const dx = coords[2 * i] - qx;
          const dy = coords[2 * i + 1] - qy;
          const d2 = dx * dx + dy * dy;
          if (d2 < bestD2 || (d2 === bestD2 && id < best)) {
            best = id;
            bestD2 = d2;
          }
        }
        continue;
      }

      const m = (left + right) >> 1;
      const x = coords[2 * m];
      const y = coords[2 * m + 1];
      const id = ids[m];
      if (status[id] === STATUS_OPEN) {
        const dx = x - qx;
        const dy = y - qy;
        const d2 = dx * dx + dy * dy;
        if (d2 < bestD2 || (d2 === bestD2 && id < best)) {
          best = id;
          bestD2 = d2;
        }
      }

      // kd-sort puts coordinates <= split in [left, m-1] and >= split in [m+1, right].
      const diff = axis === 0 ? qx - x : qy - y;
      const lb = bounds[sp];
      const farBound = Math.max(lb, diff * diff);
      const nextAxis = 1 - axis;
      // Push the far half first so the near half is searched first and tightens bestD2.
      if (diff < 0) {
        sp = this.push(sp, m + 1, right, nextAxis, farBound);
        sp = this.push(sp, left, m - 1, nextAxis, lb);
      } else {
        sp = this.push(sp, left, m - 1, nextAxis, farBound);
        sp = this.push(sp, m + 1, right, nextAxis, lb);
      }
    }
    this.d2 = bestD2;
    return best;
  }

  private push(sp: number, left: number, right: number, axis: number, bound: number): number {
    if (left > right) return sp;
    this.stack[3 * sp] = left;
    this.stack[3 * sp + 1] = right;
    this.stack[3 * sp + 2] = axis;
    this.bounds[sp] = bound;
    return sp + 1;
  }
}
