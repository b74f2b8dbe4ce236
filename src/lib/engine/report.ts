/**
 * The JSON report of `npm run evaluate -- --json` (schema version 1): plain objects, one per facility and per
 * demand unit. Building it costs far more than an incremental edit, so the UI uses EvaluationResult instead.
 */
import type { Indicators } from './indicators';
import { normOf } from './indicators';
import type { PreparedRegion } from './prepare';
import type { ReachState } from './reachability';
import type { ScenarioState } from './scenario';
import { choiceModelFor } from './choice/model';
import {
  PUPIL_YEAR,
  STATUS_MERGED,
  STATUS_OPEN,
  type FacilityStatusText,
  type Report,
  type ReportDemandUnit,
  type ReportFacility,
  type SectorId
} from './types';

export const REPORT_SCHEMA_VERSION = 1 as const;

function statusText(status: number, isNew: boolean): FacilityStatusText {
  if (status === STATUS_OPEN) return isNew ? 'new' : 'open';
  return status === STATUS_MERGED ? 'merged' : 'closed';
}

const nullIfNaN = (v: number): number | null => (Number.isNaN(v) ? null : v);

export function buildReport(
  prepared: PreparedRegion,
  scenario: ScenarioState,
  reach: ReachState,
  indicators: Indicators
): Report<SectorId> {
  const n = prepared.facilityIds.length;
  const model = choiceModelFor(prepared);
  const facilities: ReportFacility[] = [];
  prepared.facilities.forEach((f, i) => {
    facilities.push({
      id: f.id,
      name: f.name,
      ...(prepared.imported ? { type: f.type } : {}),
      place: f.place,
      municipality: f.municipality,
      lon: f.lon,
      lat: f.lat,
      context: f.context,
      status: statusText(scenario.status[i], false),
      pupilsBase: f.pupils,
      pupils: scenario.pupils[i],
      modelledPupils: model ? model.modelled[i] : null,
      capacity: nullIfNaN(scenario.capacity[i]),
      norm: nullIfNaN(prepared.norm[i]),
      normSource: prepared.normSource[i],
      belowNorm: indicators.belowNorm[i] === 1
    });
  });
  scenario.added.forEach((a, k) => {
    const i = n + k;
    facilities.push({
      id: a.id,
      name: a.name,
      place: a.place,
      municipality: a.municipality,
      lon: a.lon,
      lat: a.lat,
      context: false,
      status: statusText(scenario.status[i], true),
      pupilsBase: 0,
      pupils: scenario.pupils[i],
      modelledPupils: null,
      capacity: nullIfNaN(scenario.capacity[i]),
      norm: nullIfNaN(normOf(prepared, scenario, i)),
      normSource: a.normSource,
      belowNorm: indicators.belowNorm[i] === 1
    });
  });

  const detour = prepared.parameters.detourFactor;
  const demand: ReportDemandUnit[] = prepared.demand.map((u, j) => ({
    id: u.id,
    lon: u.lon,
    lat: u.lat,
    weight: prepared.weight[j],
    nearest: facilities[reach.nearest[j]].id,
    distanceM: Math.sqrt(reach.dist2[j]) * detour
  }));

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    region: prepared.regionId,
    sector: prepared.sector,
    year: PUPIL_YEAR,
    parameters: { ...prepared.parameters },
    ...(prepared.demandSource === 'import' ? { demandSource: 'import' as const } : {}),
    summary: indicators.summary,
    facilities,
    demand,
    flows: scenario.flows.map((f) => ({
      from: facilities[f.from].id,
      to: facilities[f.to].id,
      pupils: f.pupils
    })),
    municipalities: indicators.municipalities
  };
}
