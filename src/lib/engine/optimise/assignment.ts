/**
 * The heuristic's state: which facilities are open, and per cell the nearest and second-nearest open facility
 * (the bookkeeping of fast interchange), with per facility the cost of closing it (`loss`: how much the summed
 * weighted distance grows), the coverage within the distance criterion and the cover rows' open counts.
 * Everything lives in typed arrays; `open` and `close` update only the cells whose lists hold the facility.
 *
 * A cell whose list is exhausted before its second open facility (only with capped lists, on very large regions)
 * is "wide": its nearest facilities come from a kd-tree search over the open set, and moves check it directly.
 */
import { NearestFinder } from '../nearest';
import { ROLE_OPEN, type OptimiseProblem } from './problem';

/** Distance standing in for "no second open facility" (metres): finite, so differences stay numbers. */
export const FAR = 1e9;

export class Assignment {
  readonly open: Uint8Array;
  readonly n1: Int32Array;
  readonly n2: Int32Array;
  readonly d1: Float64Array;
  readonly d2: Float64Array;
  /** Per facility: weighted distance added when it closes (cells move to their second-nearest). */
  readonly loss: Float64Array;
  /** Per cell: open facilities within the distance criterion. */
  readonly cov: Int32Array;
  /** Per facility: weight that loses its only facility within the distance when it closes. */
  readonly lossCov: Float64Array;
  readonly rowOpen: Int32Array;
  /** Per facility: rows in which it is the only open member. */
  readonly sole: Int32Array;
  /** Summed weighted distance (weight x metres). */
  cost = 0;
  /** Weight of reachable cells with an open facility within the distance. */
  covered = 0;
  openFree = 0;
  violatedRows = 0;
  private readonly wide: Uint8Array;
  private wideList: number[] = [];
  private readonly finderStatus: Uint8Array;
  private readonly finder: NearestFinder;
  private readonly openSet;

  constructor(
    readonly problem: OptimiseProblem,
    initiallyOpen: ArrayLike<number>
  ) {
    const { F, cells, rows } = problem;
    const C = cells.length;
    this.open = new Uint8Array(F);
    this.n1 = new Int32Array(C);
    this.n2 = new Int32Array(C);
    this.d1 = new Float64Array(C);
    this.d2 = new Float64Array(C);
    this.loss = new Float64Array(F);
    this.cov = new Int32Array(C);
    this.lossCov = new Float64Array(F);
    this.rowOpen = new Int32Array(rows.count);
    this.sole = new Int32Array(F);
    this.wide = new Uint8Array(C);
    this.finderStatus = new Uint8Array(F).fill(1);
    this.finder = new NearestFinder(problem.prepared.facilityIndex, problem.prepared.facilityIds);
    this.openSet = {
      status: this.finderStatus,
      addedX: new Float64Array(0),
      addedY: new Float64Array(0),
      addedIds: []
    };
    for (let j = 0; j < F; j++) if (problem.role[j] === ROLE_OPEN) this.setOpenFlag(j, 1);
    for (let k = 0; k < initiallyOpen.length; k++) {
      const j = initiallyOpen[k];
      if (this.open[j]) continue;
      this.setOpenFlag(j, 1);
      this.openFree++;
    }
    const D = problem.maxDistanceM;
    const { lists } = problem;
    for (let c = 0; c < C; c++) {
      this.locate(c);
      if (D !== null && problem.reach[c]) {
        for (let e = lists.start[c]; e < lists.start[c + 1] && lists.dist[e] <= D; e++) {
          if (this.open[lists.fac[e]]) this.cov[c]++;
        }
        if (this.cov[c] > 0) this.covered += problem.w[c];
      }
      this.apply(c);
    }
    for (let r = 0; r < rows.count; r++) {
      let n = 0;
      let last = -1;
      for (let e = rows.start[r]; e < rows.start[r + 1]; e++) {
        if (this.open[rows.fac[e]]) {
          n++;
          last = rows.fac[e];
        }
      }
      this.rowOpen[r] = n;
      if (n === 0) this.violatedRows++;
      if (n === 1) this.sole[last]++;
    }
  }

  private setOpenFlag(j: number, v: 0 | 1): void {
    this.open[j] = v;
    this.finderStatus[j] = v ? 0 : 1;
  }

  /** Nearest and second-nearest open facility of cell c, from its list or (wide cells) a kd-tree search. */
  private locate(c: number): void {
    const { lists } = this.problem;
    let a = -1;
    let b = -1;
    let da = FAR;
    let db = FAR;
    for (let e = lists.start[c]; e < lists.start[c + 1]; e++) {
      const j = lists.fac[e];
      if (!this.open[j]) continue;
      if (a < 0) {
        a = j;
        da = lists.dist[e];
      } else {
        b = j;
        db = lists.dist[e];
        break;
      }
    }
    if (b < 0 && !lists.complete[c]) {
      const u = this.problem.cells[c];
      const { dx, dy } = this.problem.prepared;
      const detour = this.problem.prepared.parameters.detourFactor;
      if (a < 0) {
        a = this.finder.find(dx[u], dy[u], this.openSet);
        da = a < 0 ? FAR : Math.sqrt(this.finder.d2) * detour;
      }
      if (a >= 0) {
        this.finderStatus[a] = 1;
        b = this.finder.find(dx[u], dy[u], this.openSet);
        db = b < 0 ? FAR : Math.sqrt(this.finder.d2) * detour;
        this.finderStatus[a] = 0;
      }
      if (!this.wide[c]) {
        this.wide[c] = 1;
        this.wideList.push(c);
      }
    }
    this.n1[c] = a;
    this.n2[c] = b;
    this.d1[c] = da;
    this.d2[c] = db;
  }

  /** Take cell c's contribution out of cost, loss and lossCov. */
  private retract(c: number): void {
    const w = this.problem.w[c];
    const a = this.n1[c];
    this.cost -= w * this.d1[c];
    if (a >= 0) {
      this.loss[a] -= w * (this.d2[c] - this.d1[c]);
      if (this.cov[c] === 1) this.lossCov[a] -= w;
    }
  }

  private apply(c: number): void {
    const w = this.problem.w[c];
    const a = this.n1[c];
    this.cost += w * this.d1[c];
    if (a >= 0) {
      this.loss[a] += w * (this.d2[c] - this.d1[c]);
      if (this.cov[c] === 1) this.lossCov[a] += w;
    }
  }

  /** Wide cells (their nearest facilities may lie beyond their lists). */
  wideCells(): readonly number[] {
    return this.wideList;
  }

  isWide(c: number): boolean {
    return this.wide[c] === 1;
  }

  /** Opens free facility i. */
  openFacility(i: number): void {
    if (this.open[i]) return;
    const p = this.problem;
    const { lists, w } = p;
    const D = p.maxDistanceM;
    this.setOpenFlag(i, 1);
    this.openFree++;
    for (let e = p.lists.revStart[i]; e < p.lists.revStart[i + 1]; e++) {
      const c = lists.revCell[e];
      const d = lists.revDist[e];
      const covers = D !== null && p.reach[c] === 1 && d <= D;
      if (d >= this.d2[c] && !covers) continue;
      this.retract(c);
      if (covers) {
        if (this.cov[c] === 0) this.covered += w[c];
        this.cov[c]++;
      }
      if (d < this.d2[c]) this.locate(c);
      this.apply(c);
    }
    for (const c of this.wideList) if (this.distanceTo(c, i) < this.d2[c]) this.refreshWide(c);
    const { rows } = p;
    for (let e = rows.byFacStart[i]; e < rows.byFacStart[i + 1]; e++) {
      const r = rows.byFacRow[e];
      const before = this.rowOpen[r]++;
      if (before === 0) {
        this.violatedRows--;
        this.sole[i]++;
      } else if (before === 1) {
        this.sole[this.soleMember(r, i)]--;
      }
    }
  }

  /** Closes free facility j. */
  closeFacility(j: number): void {
    if (!this.open[j]) return;
    const p = this.problem;
    const { lists, w } = p;
    const D = p.maxDistanceM;
    this.setOpenFlag(j, 0);
    this.openFree--;
    for (let e = lists.revStart[j]; e < lists.revStart[j + 1]; e++) {
      const c = lists.revCell[e];
      const d = lists.revDist[e];
      const covers = D !== null && p.reach[c] === 1 && d <= D;
      if (this.n1[c] !== j && this.n2[c] !== j && !covers) continue;
      this.retract(c);
      if (covers) {
        this.cov[c]--;
        if (this.cov[c] === 0) this.covered -= w[c];
      }
      if (this.n1[c] === j || this.n2[c] === j) this.locate(c);
      this.apply(c);
    }
    for (const c of this.wideList) if (this.n1[c] === j || this.n2[c] === j) this.refreshWide(c);
    const { rows } = p;
    for (let e = rows.byFacStart[j]; e < rows.byFacStart[j + 1]; e++) {
      const r = rows.byFacRow[e];
      const after = --this.rowOpen[r];
      if (after === 0) {
        this.violatedRows++;
        this.sole[j]--;
      } else if (after === 1) {
        this.sole[this.soleMember(r, -1)]++;
      }
    }
  }

  private refreshWide(c: number): void {
    this.retract(c);
    this.locate(c);
    this.apply(c);
  }

  /** Distance (metres after detour) from cell c to facility j, computed as the lists compute it. */
  distanceTo(c: number, j: number): number {
    const { prepared, cells } = this.problem;
    const ddx = prepared.fx[j] - prepared.dx[cells[c]];
    const ddy = prepared.fy[j] - prepared.dy[cells[c]];
    return Math.sqrt(ddx * ddx + ddy * ddy) * prepared.parameters.detourFactor;
  }

  /** The one open member of row r other than `except` (used when the row has exactly one open member). */
  soleMember(r: number, except: number): number {
    const { rows } = this.problem;
    for (let e = rows.start[r]; e < rows.start[r + 1]; e++) {
      const j = rows.fac[e];
      if (j !== except && this.open[j]) return j;
    }
    return -1;
  }

  /** The open free facilities. */
  openList(): number[] {
    const out: number[] = [];
    for (const j of this.problem.free) if (this.open[j]) out.push(j);
    return out;
  }
}
