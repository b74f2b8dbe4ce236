/**
 * A long list of new edits at once (a proposal, a scenario file) is applied first and its reachability computed
 * once in full: the result, the report, the year series and every undo step equal those of the same list built
 * one edit at a time (real Achterhoek, seeded random closures and merges).
 */
import { describe, expect, it } from 'vitest';
import { createEvaluator, type Edit } from '../../src/lib/engine/index';
import { loadRealBundle, mulberry32 } from '../fixtures/engine/helpers';

const bundle = loadRealBundle('achterhoek');

function randomEdits(seed: number, n: number): Edit[] {
  const ev = createEvaluator(bundle, 'po');
  const region = ev.facilityIds.filter((_, i) => !ev.prepared.isContext[i]);
  const rng = mulberry32(seed);
  const pool = [...region];
  const edits: Edit[] = [];
  while (edits.length < n) {
    const id = pool.splice(Math.floor(rng() * pool.length), 1)[0];
    // A merge goes into a school that is still open (it may close later: its pupils then move on).
    if (rng() < 0.3) edits.push({ op: 'merge', facility: id, into: pool[Math.floor(rng() * pool.length)] });
    else edits.push({ op: 'close', facility: id });
  }
  return edits;
}

describe('evaluator: many new edits at once', () => {
  for (const seed of [1, 2, 3]) {
    it(`equals the one-edit-at-a-time results, also after undo (seed ${seed})`, () => {
      const edits = randomEdits(seed, 60);
      const bulk = createEvaluator(bundle, 'po');
      const stepwise = createEvaluator(bundle, 'po');
      for (let k = 1; k <= edits.length; k++) stepwise.evaluate(edits.slice(0, k));
      const a = bulk.evaluate(edits);
      const b = stepwise.evaluate(edits);
      expect(a.summary).toEqual(b.summary);
      expect(a.municipalities).toEqual(b.municipalities);
      expect(a.demand.nearest).toEqual(b.demand.nearest);
      expect(a.demand.distanceM).toEqual(b.demand.distanceM);
      expect(a.facilities.pupils).toEqual(b.facilities.pupils);
      expect(bulk.report(edits)).toEqual(stepwise.report(edits));
      const ya = bulk.years(edits);
      const yb = stepwise.years(edits);
      expect(ya.totals).toEqual(yb.totals);
      expect(ya.facilities.pupils).toEqual(yb.facilities.pupils);
      // Undo to a step the bulk path passed over, then one edit more.
      for (const k of [37, 12, 13]) {
        expect(bulk.evaluate(edits.slice(0, k)).summary).toEqual(
          stepwise.evaluate(edits.slice(0, k)).summary
        );
      }
      expect(bulk.evaluate(edits).demand.nearest).toEqual(b.demand.nearest);
    });
  }
});
