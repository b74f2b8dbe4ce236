import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createEvaluator,
  ScenarioError,
  type Edit,
  type EngineSector,
  type Parameters
} from '../../src/lib/engine';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import { addEdit, addScenario, removeEdit } from '../../src/lib/state/actions';
import { LiveResults } from '../../src/lib/state/results.svelte';
import { activeScenario, createAtlasStore } from '../../src/lib/state/store';
import { EngineError, type EngineClient } from '../../src/lib/worker/client';

const dir = process.env.TRANSITIEATLAS_GEODATA || join(__dirname, '../../geodata');
const bundle = JSON.parse(readFileSync(join(dir, 'bundles/achterhoek.json'), 'utf8')) as RegionBundle;
const close = (id: string): Edit => ({ op: 'close', facility: id });

/** The worker's contract, answered in-process by a real evaluator (failures as the worker reports them). */
function fakeEngine(): EngineClient {
  const evaluators = new Map<string, ReturnType<typeof createEvaluator>>();
  const run = async (sector: EngineSector, parameters: Parameters, edits: readonly Edit[]) => {
    const key = `${sector}|${parameters.detourFactor}`;
    if (!evaluators.has(key)) evaluators.set(key, createEvaluator(bundle, sector, parameters));
    const ev = evaluators.get(key)!;
    try {
      return {
        type: 'result' as const,
        id: 0,
        facilityIds: [...ev.facilityIds],
        result: ev.evaluate(edits),
        engineMs: 1
      };
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      throw new EngineError({ message: e.message, editIndex: e.editIndex, op: e.op, problem: e.problem });
    }
  };
  return {
    evaluate: run,
    evaluateBaseline: (s: EngineSector, p: Parameters) => run(s, p, [])
  } as unknown as EngineClient;
}

const idle = async (live: LiveResults) => {
  for (let i = 0; i < 50 && (live.busy || !live.current); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('live results', () => {
  it('publishes the baseline, then each scenario, with growing versions', async () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    const live = new LiveResults(store, fakeEngine());
    const stop = live.start();
    await idle(live);
    expect(live.current?.result.summary.openFacilities).toBe(132);
    expect(live.baseline?.result.summary.openFacilities).toBe(132);
    addEdit(store, close('14ZK00'));
    await idle(live);
    expect(live.current?.result.summary.openFacilities).toBe(131);
    expect(live.current?.version).toBe(2);
    expect(live.baseline?.result.summary.openFacilities).toBe(132);
    stop();
  });

  it('drops a refused last edit and keeps the others', async () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    const live = new LiveResults(store, fakeEngine());
    live.start();
    addEdit(store, close('14ZK00'));
    await idle(live);
    addEdit(store, close('14ZK00'));
    await idle(live);
    await idle(live);
    expect(activeScenario(store.getState()).edits).toEqual([close('14ZK00')]);
    expect(live.refusal).toMatchObject({ action: 'dropped', failure: { editIndex: 1 } });
    expect(live.current?.result.summary.openFacilities).toBe(131);
  });

  it('undoes a removal that a later edit depends on', async () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    const live = new LiveResults(store, fakeEngine());
    live.start();
    addEdit(store, { op: 'open', id: 'NIEUW1', name: 'Nieuw', lon: 6.3, lat: 51.95 });
    await idle(live);
    addEdit(store, { op: 'merge', facility: '14ZK00', into: 'NIEUW1' });
    await idle(live);
    removeEdit(store, 0);
    await idle(live);
    await idle(live);
    expect(activeScenario(store.getState()).edits).toHaveLength(2);
    expect(live.refusal?.action).toBe('reverted');
  });

  it('shows the valid prefix of a read-only scenario without changing it', async () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    const live = new LiveResults(store, fakeEngine());
    live.start();
    await idle(live);
    addScenario(store, {
      name: 'Gedeeld',
      sector: 'po',
      edits: [close('14ZK00'), close('XXXX99')],
      readOnly: true
    });
    await idle(live);
    await idle(live);
    expect(activeScenario(store.getState()).edits).toHaveLength(2);
    expect(live.refusal?.action).toBe('prefix');
    expect(live.current?.edits).toEqual([close('14ZK00')]);
  });
});
