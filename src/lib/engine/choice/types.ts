/** Plain data of the school-choice model: parameters, fit statistics and the calibration table's entries. */
import type { EngineSector } from '../types';
import type { ChoiceDecay } from './features';

export interface ChoiceParameters {
  decay: ChoiceDecay;
  /** Distance decay per km (exp) or exponent (power). */
  beta: number;
  /** Coefficients of CHOICE_FEATURES[sector], in that order. */
  theta: number[];
}

export interface FitStats {
  /** Schools compared. */
  n: number;
  r2: number;
  /** Mean absolute error in pupils. */
  mae: number;
  /** Share of schools modelled within 25 % of their DUO count. */
  within25: number;
}

/** One region and sector of the calibration table (`npm run validate -- --write`). */
export interface CalibrationEntry {
  region: string;
  sector: EngineSector;
  decay: ChoiceDecay;
  beta: number;
  theta: number[];
  /** The choice model fitted on all schools, the nearest rule, the hold-out of both, and the power-decay fit. */
  fit: FitStats;
  nearest: FitStats;
  holdout: { choice: FitStats; nearest: FitStats };
  power: FitStats;
  /** The national parameters (what the engine uses) on this region's schools; absent for nederland itself. */
  national?: FitStats;
}
