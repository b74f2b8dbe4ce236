/**
 * The store action computeProposal on the real Achterhoek, with the optimiser worker's request handler run
 * in-process: the result becomes a new named, active scenario (nothing else changes), the request carries the
 * session's sector, parameters and year inputs, bad criteria reject with the engine's Dutch message and leave the
 * session exactly as it was.
 */
import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { highsSolver, type MipSolver, type OptimiseCriteria } from '../../../src/lib/engine/index';
import { addEdit, setParameters, setRegion, setYearOptions } from '../../../src/lib/state/actions';
import { addProposal, computeProposal, proposalTarget } from '../../../src/lib/state/proposal';
import { activeScenario, createAtlasStore } from '../../../src/lib/state/store';
import { OptimiserError } from '../../../src/lib/worker/optimiser-client';
import { inProcessRunner } from '../../fixtures/optimise/runner';

let solver: MipSolver;
beforeAll(async () => {
  solver = highsSolver(await highsLoader());
});

describe('computeProposal', () => {
  it('adds the proposal as a new active scenario with its edits; the others stay as they were', async () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    addEdit(store, { op: 'close', facility: '11TN00' });
    const before = store.getState().scenarios;
    const runner = inProcessRunner(solver);
    const out = await computeProposal(store, runner, { objective: 'fewest', maxDistanceKm: 3 });
    const state = store.getState();
    expect(state.scenarios).toHaveLength(2);
    expect(state.scenarios[0]).toBe(before[0]);
    expect(state.activeScenario).toBe(out.scenarioId);
    const made = activeScenario(state);
    expect(made).toMatchObject({ name: 'Voorstel: minste locaties, 3 km', sector: 'po', redo: [] });
    expect(made.edits).toEqual(out.result.edits);
    expect(out.result.feasible).toBe(true);
    expect(out.curve!.today.keep).toBe(132);
    expect(out.curve!.points.at(-1)!.keep).toBe(132);
    expect(runner.progress.some((p) => p.first !== undefined)).toBe(true);
    expect(runner.progress.map((p) => p.fraction)).toEqual(
      [...runner.progress.map((p) => p.fraction)].sort((a, b) => a - b)
    );
  });

  it("sends the session's sector, parameters and year inputs; a prognosis year uses them", async () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    setParameters(store, { detourFactor: 1.3 });
    setYearOptions(store, { birthTrend: -0.01 });
    const runner = inProcessRunner(solver);
    const out = await computeProposal(
      store,
      runner,
      { objective: 'median', keep: 100, minPupils: 'norm', year: 2030 },
      { name: 'Mijn voorstel', curve: false }
    );
    expect(runner.requests[0]).toMatchObject({
      bundleUrl: '/api/regions/achterhoek',
      sector: 'po',
      parameters: { detourFactor: 1.3, contextKm: 10 },
      yearOptions: { prognosis: { birthTrend: -0.01, migration: 0 } },
      facilities: null,
      demand: null,
      curve: false
    });
    expect(out.curve).toBeNull();
    expect(activeScenario(store.getState()).name).toBe('Mijn voorstel');
    expect(out.result.summary.openFacilities).toBe(100);
  });

  it('bad criteria reject with the Dutch message and the field; nothing in the session changes', async () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    addEdit(store, { op: 'close', facility: '11TN00' });
    const before = store.getState();
    const runner = inProcessRunner(solver);
    for (const [criteria, field, message] of [
      [
        { objective: 'median', keep: 500 },
        'keep',
        '500 locaties houden kan niet: de regio heeft 132 scholen.'
      ],
      [{ objective: 'fewest', maxDistanceKm: -2 }, 'maxDistanceKm', /groter dan 0 km/],
      [{ objective: 'median', keep: 10, lockOpen: ['ONBEKEND'] }, 'lockOpen', /Onbekende school "ONBEKEND"/]
    ] as [OptimiseCriteria, string, string | RegExp][]) {
      const error = await computeProposal(store, runner, criteria).catch((e) => e);
      expect(error).toBeInstanceOf(OptimiserError);
      expect(error.failure.field).toBe(field);
      expect(error.message).toMatch(message);
    }
    expect(store.getState()).toBe(before);
  });

  it("the first answer of a stopped run can be added for the run's sector; not after a region switch", async () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    const target = proposalTarget(store.getState());
    const runner = inProcessRunner(null);
    const criteria = { objective: 'median' as const, keep: 120 };
    let first: Parameters<typeof addProposal>[3] | undefined;
    await computeProposal(store, runner, criteria, { onProgress: (p) => (first ??= p.first), curve: false });
    const count = store.getState().scenarios.length;
    const id = addProposal(store, target, criteria, first!);
    expect(store.getState().scenarios).toHaveLength(count + 1);
    expect(activeScenario(store.getState())).toMatchObject({ id, sector: 'po', edits: first!.edits });
    expect(first!.edits).toHaveLength(12);
    setRegion(store, 'parkstad');
    const before = store.getState();
    expect(() => addProposal(store, target, criteria, first!)).toThrow(/De regio is intussen gewisseld/);
    expect(store.getState()).toBe(before);
  });

  it('without an open region there is nothing to compute', async () => {
    const store = createAtlasStore();
    await expect(
      computeProposal(store, inProcessRunner(solver), { objective: 'fewest', maxDistanceKm: 3 })
    ).rejects.toThrow('Er is nog geen regio geopend.');
  });
});
