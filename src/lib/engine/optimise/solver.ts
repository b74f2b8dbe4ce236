/**
 * The small interface between the optimiser and a MIP solver. The optimiser builds a model (sparse rows, bounds,
 * costs, which columns are 0/1) and gets back a solution with the solver's bound. The HiGHS adapter (highs.ts)
 * implements it; the engine never depends on how a solver is loaded (Node, a Web Worker).
 */

export interface MipModel {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  /** 1 for a 0/1 (integer) column. */
  integer: Uint8Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** Rows in CSR form. */
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  /** Constant added to the objective. Minimised. */
  offset: number;
}

export interface MipOptions {
  /** Seconds. */
  timeLimit: number;
  /** Stop when (value - bound) / value is below this. */
  relativeGap: number;
  /** A feasible solution to start from (column values). */
  start?: Float64Array;
  /** Called from inside the solve with the incumbent and bound (may be called often). */
  progress?: (incumbent: number | null, bound: number | null) => void;
}

export type MipStatus = 'optimal' | 'infeasible' | 'limit' | 'error';

export interface MipResult {
  status: MipStatus;
  /** Objective of the best solution (with the offset), or null when there is none. */
  objective: number | null;
  /** Proven lower bound of the objective, or null. */
  bound: number | null;
  /** Column values of the best solution, or null. */
  x: Float64Array | null;
}

export interface MipSolver {
  /** Name for reports ("HiGHS 1.15"). */
  readonly name: string;
  solve(model: MipModel, options: MipOptions): MipResult;
}

/** Grows the columns and rows of a MipModel. */
export class ModelBuilder {
  private cost: number[] = [];
  private lower: number[] = [];
  private upper: number[] = [];
  private int: number[] = [];
  private rowLo: number[] = [];
  private rowUp: number[] = [];
  private starts: number[] = [0];
  private idx: number[] = [];
  private val: number[] = [];
  offset = 0;

  get cols(): number {
    return this.cost.length;
  }

  get rows(): number {
    return this.rowLo.length;
  }

  addCol(cost: number, lower: number, upper: number, integer: boolean): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    this.int.push(integer ? 1 : 0);
    return this.cost.length - 1;
  }

  setCost(col: number, cost: number): void {
    this.cost[col] = cost;
  }

  addRow(indices: readonly number[], values: readonly number[], lower: number, upper: number): number {
    for (let k = 0; k < indices.length; k++) {
      this.idx.push(indices[k]);
      this.val.push(values[k]);
    }
    this.starts.push(this.idx.length);
    this.rowLo.push(lower);
    this.rowUp.push(upper);
    return this.rowLo.length - 1;
  }

  build(): MipModel {
    return {
      numCols: this.cost.length,
      numRows: this.rowLo.length,
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower),
      colUpper: Float64Array.from(this.upper),
      integer: Uint8Array.from(this.int),
      rowLower: Float64Array.from(this.rowLo),
      rowUpper: Float64Array.from(this.rowUp),
      starts: Int32Array.from(this.starts),
      indices: Int32Array.from(this.idx),
      values: Float64Array.from(this.val),
      offset: this.offset
    };
  }
}
