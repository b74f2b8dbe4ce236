/**
 * The engine worker's `setDemand`: imported demand for every sector of the region, checked before it is stored,
 * combined with setFacilities' per-sector sets. Runs the worker's logic (sector-sets.ts) in Node.
 */
import { describe, expect, it } from 'vitest';
import {
  createEvaluator,
  DEFAULT_PARAMETERS,
  type DemandInput,
  type Evaluator,
  type SectorId
} from '../../src/lib/engine/index';
import { getPreset } from '../../src/lib/sectors/index';
import { evaluatorKey, SectorSets } from '../../src/lib/worker/sector-sets';
import { loadRealBundle } from '../fixtures/engine/helpers';

function pc4Demand(): DemandInput[] {
  return loadRealBundle('achterhoek').postcodes.map((p) => ({
    id: p.id,
    postcode: p.id,
    lon: p.lon,
    lat: p.lat,
    total: p.total,
    ages: { ...p.ages }
  }));
}

/** What the worker does for an evaluate request: reuse or build the evaluator with the stored options. */
function evaluatorFor(
  sets: SectorSets,
  evaluators: Map<string, Evaluator<SectorId>>,
  sector: SectorId,
  parameters = DEFAULT_PARAMETERS
): Evaluator<SectorId> {
  const bundle = loadRealBundle('achterhoek');
  const key = evaluatorKey(sector, parameters);
  let ev = evaluators.get(key);
  if (!ev) evaluators.set(key, (ev = createEvaluator(bundle, sector, parameters, sets.options(sector))));
  return ev;
}

describe('worker: setDemand', () => {
  it('applies to every sector, keeps the per-sector sets, refuses a bad set, clears back to CBS', () => {
    const bundle = loadRealBundle('achterhoek');
    const sets = new SectorSets();
    const evaluators = new Map<string, Evaluator<SectorId>>();
    const cbsPo = evaluatorFor(sets, evaluators, 'po');
    const cbsUnits = cbsPo.prepared.demand.length;

    // An edited preset for vo first (setFacilities), then the demand: both reach createEvaluator.
    const preset = structuredClone(getPreset('vo')!);
    preset.demand.bandWeights = { a_10_14: 0.6, a_15_19: 1 };
    sets.apply({ type: 'setFacilities', id: 1, sector: 'vo', facilities: null, preset }, bundle, evaluators);

    const demand = pc4Demand();
    const reply = sets.applyDemand({ type: 'setDemand', id: 2, units: demand }, bundle, evaluators);
    expect(reply).toEqual({
      type: 'demandSet',
      id: 2,
      source: 'import',
      units: demand.length,
      total: demand.reduce((s, u) => s + u.total, 0)
    });
    expect([...evaluators.keys()]).toEqual(['po|1|10|nearest']); // every cached evaluator dropped; po is the probe
    const po = evaluatorFor(sets, evaluators, 'po');
    expect(po).not.toBe(cbsPo);
    expect(po.prepared.demandSource).toBe('import');
    expect(po.report([]).demand).toHaveLength(demand.length);
    const slow = evaluatorFor(sets, evaluators, 'po', {
      detourFactor: 1.3,
      contextKm: 10,
      allocation: 'nearest'
    });
    expect(slow.prepared.demandSource).toBe('import');

    const vo = evaluatorFor(sets, evaluators, 'vo');
    expect(vo.prepared.demandSource).toBe('import');
    expect(vo.preset.demand.bandWeights).toEqual({ a_10_14: 0.6, a_15_19: 1 });
    const p = bundle.postcodes[0];
    expect(vo.prepared.weight[0]).toBe(0.6 * p.ages.a_10_14 + 1 * p.ages.a_15_19);
    expect(sets.options('vo')).toEqual({ preset: expect.any(Object), demand: expect.any(Array) });

    // A bad set: the engine's message, nothing changed, the cached evaluators still work.
    const bad = [...demand, { ...demand[0], id: 'x', total: -5 }];
    expect(() => sets.applyDemand({ type: 'setDemand', id: 3, units: bad }, bundle, evaluators)).toThrow(
      /^De eigen bevolkingsgegevens zijn niet overgenomen \(er is niets veranderd\): demand\[93\]: "total" must be a number >= 0 \(id "x"\)$/
    );
    expect(() => sets.applyDemand({ type: 'setDemand', id: 4, units: [] }, bundle, evaluators)).toThrow(
      /at least one demand unit/
    );
    expect(evaluators.get('po|1|10|nearest')).toBe(po);
    expect(sets.demandUnits()).toHaveLength(demand.length);
    const own = po.facilityIds[po.prepared.isContext.indexOf(0)];
    const closed = evaluatorFor(sets, evaluators, 'po').evaluate([{ op: 'close', facility: own }]);
    expect(closed.demand.nearest).toHaveLength(demand.length);

    // A later setFacilities keeps the demand.
    sets.apply({ type: 'setFacilities', id: 5, sector: 'vo', facilities: null }, bundle, evaluators);
    expect(evaluatorFor(sets, evaluators, 'vo').prepared.demandSource).toBe('import');

    // Back to the CBS estimate.
    const back = sets.applyDemand({ type: 'setDemand', id: 6, units: null }, bundle, evaluators);
    expect(back).toMatchObject({ type: 'demandSet', id: 6, source: 'cbs', units: cbsUnits });
    expect(back.total).toBe(bundle.demand.reduce((s, u) => s + u.T, 0));
    expect(evaluators.size).toBe(0);
    const again = evaluatorFor(sets, evaluators, 'po');
    expect(again.prepared.demandSource).toBe('cbs');
    expect(again.report([])).toEqual(cbsPo.report([]));
    expect(sets.options('po')).toBeUndefined();
  });
});
