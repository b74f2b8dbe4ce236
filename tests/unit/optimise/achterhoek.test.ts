/**
 * The optimiser on the real Achterhoek (132 primary schools, 126 context schools, 1,195 cells): every returned
 * scenario, evaluated again by a fresh evaluator, meets exactly the criteria it claims to meet; the exact runs
 * prove their optimum; infeasible criteria name what breaks and offer relaxations that really work.
 */
import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createEvaluator,
  highsSolver,
  optimise,
  type MipSolver,
  type OptimiseCriteria,
  type OptimiseResult
} from '../../../src/lib/engine/index';
import { loadRealBundle } from '../../fixtures/engine/helpers';
import { independentCheck } from '../../fixtures/optimise/check';

const bundle = loadRealBundle('achterhoek');
let solver: MipSolver;
beforeAll(async () => {
  solver = highsSolver(await highsLoader());
});

/** Every constraint the result reports is judged the same by the independent check. */
function expectHonest(c: OptimiseCriteria, r: OptimiseResult): void {
  const { summary, holds } = independentCheck(bundle, 'po', c, r);
  expect(r.summary).toEqual(summary);
  for (const k of r.constraints) {
    expect(holds[k.id], `${k.id}: ${k.detail}`).toBe(k.met);
  }
  expect(Object.keys(holds).sort()).toEqual(r.constraints.map((k) => k.id).sort());
  expect(r.feasible).toBe(r.constraints.every((k) => k.met));
  // A scenario file's edits: closes (or merges) of region schools only, each once.
  const ids = r.edits.map((e) => (e as { facility: string }).facility);
  expect(new Set(ids).size).toBe(ids.length);
  expect(r.closed.sort()).toEqual([...ids].sort());
}

describe('optimise on the Achterhoek', () => {
  it('median, keep 100: the exact optimum with proof, and a first answer within 1 % of it', () => {
    const c: OptimiseCriteria = { objective: 'median', keep: 100 };
    let first: OptimiseResult | undefined;
    const r = optimise(createEvaluator(bundle, 'po'), c, { solver, onProgress: (p) => (first ??= p.first) });
    expectHonest(c, r);
    expect(r.feasible).toBe(true);
    expect(r.open).toHaveLength(100);
    expect(r.summary.openFacilities).toBe(100);
    expect(r.report).toMatchObject({ unit: 'km', method: 'exact', optimal: true, gap: 0 });
    expect(r.report.value).toBeCloseTo(r.summary.distanceM.mean! / 1000, 12);
    expect(first).toBeDefined();
    expect(first!.report.value).toBeLessThanOrEqual(r.report.value * 1.01);
    expectHonest(c, first!);
  });

  it('fewest within 3 km: every reachable child within 3 km with the proven fewest schools; the rest is onbereikbaar', () => {
    const c: OptimiseCriteria = { objective: 'fewest', maxDistanceKm: 3 };
    const r = optimise(createEvaluator(bundle, 'po'), c, { solver });
    expectHonest(c, r);
    expect(r.feasible).toBe(true);
    expect(r.report).toMatchObject({ unit: 'locaties', optimal: true, gap: 0 });
    expect(r.report.value).toBe(r.summary.openFacilities);
    expect(r.report.value).toBeLessThan(132);
    // The unreachable cells: no school at all (region or context) within 3 km of them.
    expect(r.unreachable.cells).toBeGreaterThan(0);
    expect(r.unreachable.ids).toHaveLength(r.unreachable.cells);
    const report = createEvaluator(bundle, 'po').report([]);
    const today = new Map(report.demand.map((d) => [d.id, d]));
    for (const id of r.unreachable.ids) expect(today.get(id)!.distanceM).toBeGreaterThan(3000);
    const children = r.unreachable.ids.reduce((s, id) => s + today.get(id)!.weight, 0);
    expect(r.unreachable.children).toBeCloseTo(children, 9);
    expect(r.explanation.join(' ')).toContain('onbereikbaar');
  });

  it('coverage: keep 60, the most children within 2 km (proven)', () => {
    const c: OptimiseCriteria = { objective: 'coverage', keep: 60, maxDistanceKm: 2 };
    const r = optimise(createEvaluator(bundle, 'po'), c, { solver });
    expectHonest(c, r);
    expect(r.report).toMatchObject({ unit: 'aandeel', optimal: true });
    // The value is the share of all children beyond 2 km, as the engine measures the scenario.
    const demand = createEvaluator(bundle, 'po')
      .report(r.edits)
      .demand.filter((d) => d.weight > 0);
    const total = demand.reduce((s, d) => s + d.weight, 0);
    const beyond = demand.filter((d) => d.distanceM > 2000).reduce((s, d) => s + d.weight, 0);
    expect(r.report.value).toBeCloseTo(beyond / total, 12);
    expect(r.report.value).toBeGreaterThan(0);
  });

  it('every criterion together (places, denomination, locks, a minimum of pupils with merges) is met and checked', () => {
    const c: OptimiseCriteria = {
      objective: 'median',
      keep: 90,
      maxDistanceKm: 4,
      minPupils: 30,
      placeMinChildren: 60,
      denominations: [{ denomination: 'Rooms-Katholiek', withinKm: 6 }],
      lockOpen: ['05BR00'],
      lockClosed: ['11TN00']
    };
    const r = optimise(createEvaluator(bundle, 'po'), c, { solver });
    expectHonest(c, r);
    expect(r.feasible).toBe(true);
    expect(r.constraints.map((k) => k.id).sort()).toEqual(
      [
        'denomination:Rooms-Katholiek',
        'keep',
        'lock-closed',
        'lock-open',
        'max-distance',
        'min-pupils',
        'place'
      ].sort()
    );
    expect(r.edits.every((e) => e.op === 'merge')).toBe(true);
  });

  it('minimum pupils at the norm in 2030 (the prognosis) is checked on the projected pupils', () => {
    const c: OptimiseCriteria = { objective: 'median', keep: 70, minPupils: 'norm', year: 2030 };
    const r = optimise(createEvaluator(bundle, 'po'), c, { solver });
    expectHonest(c, r);
    expect(r.feasible).toBe(true);
    expect(r.summary).toHaveProperty('transportChildren'); // the year report's summary
  });

  it('infeasible: keep 40 within 3 km says what breaks and offers relaxations that really work', () => {
    const c: OptimiseCriteria = { objective: 'median', keep: 40, maxDistanceKm: 3 };
    const ev = createEvaluator(bundle, 'po');
    const r = optimise(ev, c, { solver });
    expectHonest(c, r);
    expect(r.feasible).toBe(false);
    expect(r.infeasibleProven).toBe(true);
    expect(r.constraints.find((k) => k.id === 'max-distance')).toMatchObject({ met: false });
    expect(r.open).toHaveLength(40); // the proposal keeps the asked count and shows what breaks
    const messages = r.relaxations.map((x) => x.message);
    expect(messages.some((m) => /^Met \d+,\d km kan het wel\.$/.test(m))).toBe(true);
    expect(messages.some((m) => /^Met \d+ scholen kan het wel\.$/.test(m))).toBe(true);
    for (const relax of r.relaxations) {
      const again = optimise(ev, relax.criteria, { solver, relax: false });
      expectHonest(relax.criteria, again);
      expect(again.feasible, relax.message).toBe(true);
    }
    // The distance suggested is the nearest at 0.1 km: 0.1 km less is proven impossible.
    const distance = r.relaxations.find((x) => x.field === 'maxDistanceKm')!;
    const less = optimise(
      ev,
      { ...c, maxDistanceKm: distance.criteria.maxDistanceKm! - 0.1 },
      { solver, relax: false }
    );
    expect(less.infeasibleProven).toBe(true);
  });
});
