/**
 * The evidence of the school-choice model for a region bundle: what `npm run validate` prints and writes, and what
 * the page "Hoe goed klopt het model?" shows. Pure: takes a bundle, returns plain data.
 */
import type { RegionBundle } from '../geodata/schema';
import { prepareRegion } from '../prepare';
import { computeReachability } from '../reachability';
import { baselineState } from '../scenario';
import type { EngineSector } from '../types';
import { fitStats, nearestCounts } from './fit';
import type { CalibrationEntry, FitStats } from './types';
import { choiceModelFor, ratioScale } from './model';

/** One school of the scatter: DUO count against the model (baseline, committed parameters) and the nearest rule. */
export interface ScatterPoint {
  id: string;
  name: string;
  place: string;
  denomination: string;
  pupils: number;
  modelled: number;
  nearest: number;
}

export interface ModelEvidence {
  region: string;
  sector: EngineSector;
  /** The region whose calibration is used (the region itself, or 'nederland' for an unlisted one). */
  calibratedOn: string;
  beta: number;
  theta: number[];
  scale: number;
  /** Fit of the committed model and of the nearest rule on this bundle's schools, now. */
  fit: FitStats;
  nearest: FitStats;
  /** The committed entry (with the hold-out), when the region is listed. */
  entry: CalibrationEntry | null;
  points: ScatterPoint[];
}

/** The model as the engine uses it on this bundle (committed parameters), against DUO: for the model page. */
export function modelEvidence(
  bundle: RegionBundle,
  sector: EngineSector,
  table: readonly CalibrationEntry[]
): ModelEvidence | null {
  const prepared = prepareRegion(bundle, sector);
  const model = choiceModelFor(prepared);
  if (!model) return null;
  const { data } = model;
  const reach = computeReachability(prepared, baselineState(prepared));
  const near = nearestCounts(data, reach.nearest);
  const nearScale = ratioScale(near, data.pupils, data.fitSet);
  const points = Array.from(data.fitSet, (j): ScatterPoint => {
    const f = prepared.facilities[j];
    return {
      id: f.id,
      name: f.name,
      place: f.place,
      denomination: f.denomination,
      pupils: data.pupils[j],
      modelled: model.modelled[j],
      nearest: nearScale * near[j]
    };
  });
  const actual = points.map((p) => p.pupils);
  return {
    region: bundle.meta.id,
    sector,
    calibratedOn: model.calibratedOn,
    beta: model.parameters.beta,
    theta: [...model.parameters.theta],
    scale: model.scale,
    fit: fitStats(
      points.map((p) => p.modelled),
      actual
    ),
    nearest: fitStats(
      points.map((p) => p.nearest),
      actual
    ),
    entry: table.find((c) => c.region === bundle.meta.id && c.sector === sector) ?? null,
    points
  };
}
