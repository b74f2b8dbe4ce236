/**
 * The optimiser against brute force on small seeded regions (8 schools, 60 cells; 6 schools where minimum pupils
 * make the brute force try every merge): for every objective and combination of criteria, the exact run finds the
 * brute-force optimum, the heuristic never claims better than it, and no lower bound ever exceeds it.
 */
import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createEvaluator,
  highsSolver,
  optimise,
  type MipSolver,
  type OptimiseCriteria
} from '../../../src/lib/engine/index';
import { allSubsets, bruteOptimum, type Subset } from '../../fixtures/optimise/brute';
import { syntheticBundle } from '../../fixtures/optimise/synthetic';
import { structuralHash } from '../../fixtures/engine/helpers';

let solver: MipSolver;
beforeAll(async () => {
  solver = highsSolver(await highsLoader());
});

const CASES: OptimiseCriteria[] = [
  { objective: 'median', keep: 1 },
  { objective: 'median', keep: 3 },
  { objective: 'median', keep: 6 },
  { objective: 'median', keep: 4, maxDistanceKm: 4 },
  { objective: 'median', keep: 3, maxDistanceKm: 3.5, share: 0.8 },
  { objective: 'median', keep: 4, lockOpen: ['S02'], lockClosed: ['S05'] },
  { objective: 'median', keep: 4, placeMinChildren: 20 },
  { objective: 'fewest', maxDistanceKm: 3 },
  { objective: 'fewest', maxDistanceKm: 5 },
  { objective: 'fewest', maxDistanceKm: 4, share: 0.9 },
  { objective: 'fewest', maxDistanceKm: 4, lockOpen: ['S01'], lockClosed: ['S03'] },
  { objective: 'fewest', placeMinChildren: 30 },
  { objective: 'fewest', denominations: [{ denomination: 'Rooms-Katholiek', withinKm: 9 }] },
  { objective: 'fewest', maxDistanceKm: 6, denominations: [{ denomination: 'Openbaar', withinKm: 7 }] },
  { objective: 'coverage', keep: 2, maxDistanceKm: 3 },
  { objective: 'coverage', keep: 4, maxDistanceKm: 2.5 },
  { objective: 'coverage', keep: 3, maxDistanceKm: 3, lockClosed: ['S01', 'S02'] }
];

const PUPIL_CASES: OptimiseCriteria[] = [
  { objective: 'median', keep: 3, minPupils: 120 },
  { objective: 'median', keep: 4, minPupils: 'norm' },
  { objective: 'fewest', maxDistanceKm: 6, minPupils: 'norm' },
  { objective: 'fewest', maxDistanceKm: 7, minPupils: 90 },
  { objective: 'coverage', keep: 2, maxDistanceKm: 4, minPupils: 150 }
];

function check(
  ev: ReturnType<typeof createEvaluator<string>>,
  subsets: Subset[],
  c: OptimiseCriteria,
  label: string
) {
  const ref = bruteOptimum(ev, subsets, c);
  const exact = optimise(ev, c, { solver, relax: false });
  const heuristic = optimise(ev, c, { solver: null, relax: false });
  if (ref === null) {
    expect(exact.feasible, `${label}: brute force finds nothing, the exact run neither`).toBe(false);
    expect(heuristic.feasible, `${label}: heuristic`).toBe(false);
    return;
  }
  const tol = 1e-9 * Math.max(1, Math.abs(ref.value));
  expect(exact.feasible, `${label}: exact feasible`).toBe(true);
  expect(exact.report.value, `${label}: exact value`).toBeGreaterThan(ref.value - tol);
  expect(exact.report.value, `${label}: exact value`).toBeLessThan(ref.value + tol);
  expect(exact.report.lowerBound, `${label}: exact bound`).not.toBeNull();
  expect(exact.report.lowerBound!, `${label}: exact bound <= optimum`).toBeLessThanOrEqual(ref.value + tol);
  expect(exact.report.optimal, `${label}: proven`).toBe(true);
  if (heuristic.feasible) {
    expect(heuristic.report.value, `${label}: heuristic never beats the optimum`).toBeGreaterThan(
      ref.value - tol
    );
  }
  if (heuristic.report.lowerBound !== null) {
    expect(heuristic.report.lowerBound, `${label}: Lagrangian bound <= optimum`).toBeLessThanOrEqual(
      ref.value + tol
    );
  }
}

describe('optimise against brute force', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`every objective and criterion equals brute force (8 schools, 60 cells, seed ${seed})`, () => {
      const bundle = syntheticBundle(seed, 8, 60);
      const ev = createEvaluator(bundle, 'po');
      const subsets = allSubsets(ev);
      expect(subsets).toHaveLength(255);
      for (const c of CASES) check(ev, subsets, c, `seed ${seed} ${JSON.stringify(c)}`);
    });
  }

  for (const seed of [11, 12, 13]) {
    it(`minimum pupils with merges equals brute force over every merge (6 schools, seed ${seed})`, () => {
      const bundle = syntheticBundle(seed, 6, 60);
      const ev = createEvaluator(bundle, 'po');
      const subsets = allSubsets(ev);
      for (const c of PUPIL_CASES) check(ev, subsets, c, `seed ${seed} ${JSON.stringify(c)}`);
    });
  }

  it('reads the bundle and the criteria without changing them', () => {
    const bundle = syntheticBundle(5, 8, 60);
    const criteria: OptimiseCriteria = { objective: 'fewest', maxDistanceKm: 4, lockOpen: ['S01'] };
    const before = [structuralHash(bundle), structuralHash(criteria)];
    optimise(createEvaluator(bundle, 'po'), criteria, { solver });
    expect([structuralHash(bundle), structuralHash(criteria)]).toEqual(before);
  });
});
