/**
 * The year series' catchments and the band: the demand a facility draws (by the nearest rule, or by the choice
 * model under allocation 'choice') and the projected pupils of the low and high birth-trend variants, grown by
 * the same rule as the central series (years.ts).
 */
import { choiceCatchments } from './choice/allocate';
import { choiceModelFor } from './choice/model';
import type { PreparedRegion } from './prepare';
import type { GroupPrognosis } from './prognosis';
import type { ReachState } from './reachability';
import type { ScenarioState } from './scenario';
import { PUPIL_YEAR, STATUS_OPEN } from './types';
import { facilityCode, yearWeights, type YearBand } from './years';

/**
 * Catchment demand per facility for the unit weights `w`: the units whose nearest open facility it is, or under
 * the choice rule the model's share of every unit (sum_i w_i P_ij).
 */
export function catchments(
  prepared: PreparedRegion,
  state: ScenarioState,
  reach: ReachState,
  w: Float64Array
) {
  const model = state.choice ? choiceModelFor(prepared) : null;
  if (model && state.choice)
    return choiceCatchments(model, { status: state.status, choice: state.choice }, w);
  const out = new Float64Array(state.status.length);
  for (let u = 0; u < w.length; u++) out[reach.nearest[u]] += w[u];
  return out;
}

/** Projected pupils of one birth-trend variant: the same growth rule as the central series. */
export function bandSeries(
  prepared: PreparedRegion,
  state: ScenarioState,
  reach: ReachState,
  years: number[],
  prognosis: GroupPrognosis,
  catch2023: Float64Array,
  municipalGrowth: Uint8Array
): YearBand {
  const n = prepared.facilities.length;
  const F = state.status.length;
  const pupils = new Float64Array(years.length);
  const facilityPupils = new Float64Array(years.length * F);
  years.forEach((year, y) => {
    const catchY = catchments(prepared, state, reach, yearWeights(prepared, prognosis, year));
    for (let i = 0; i < F; i++) {
      if (state.status[i] !== STATUS_OPEN) continue;
      const g = municipalGrowth[i]
        ? prognosis.growth(facilityCode(prepared, state, i), PUPIL_YEAR, year)
        : catchY[i] / catch2023[i];
      const p = state.pupils[i] * g;
      facilityPupils[y * F + i] = p;
      if (i >= n || !prepared.isContext[i]) pupils[y] += p;
    }
  });
  return { birthTrend: prognosis.overallBirthTrend, pupils, facilityPupils };
}
