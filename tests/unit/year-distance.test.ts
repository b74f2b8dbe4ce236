import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEvaluator } from '../../src/lib/engine';
import type { Edit } from '../../src/lib/engine/types';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import { distanceInYear } from '../../src/lib/view/map-year';

// The workshop panel recomputes the distance figures with a year's weights in the page; they must agree with the
// engine's own year report (what `evaluate --year` prints) on the real Achterhoek data.
const dir = process.env.TRANSITIEATLAS_GEODATA || join(process.cwd(), 'geodata');
const bundle = JSON.parse(readFileSync(join(dir, 'bundles', 'achterhoek.json'), 'utf8')) as RegionBundle;

describe('distance figures in a chosen year', () => {
  it.each([
    [2023, []],
    [2035, [{ op: 'close', facility: '14ZK00' } as Edit]],
    [
      2030,
      [
        { op: 'merge', facility: '14ZK00', into: '03TG00' } as Edit,
        { op: 'close', facility: '11NT00' } as Edit
      ]
    ]
  ])('%i with %j equal the year report of the engine', (year, edits) => {
    const options = { prognosis: { birthTrend: -0.01, migration: 0.002 } };
    const ev = createEvaluator(bundle, 'po', { detourFactor: 1.3 });
    const series = ev.years(edits, options);
    const y = series.years.indexOf(year);
    const U = series.demandCount;
    const weights = series.demand.weight.subarray(y * U, (y + 1) * U);
    const got = distanceInYear(ev.evaluate(edits).demand.distanceM, weights, [1000, 3000, 5000]);
    const want = ev.yearReport(edits, year, options).summary;
    for (const k of ['mean', 'p50', 'p90', 'max'] as const) {
      expect(got.distanceM[k]).toBeCloseTo(want.distanceM[k]!, 2);
    }
    for (const t of ['1000', '3000', '5000']) expect(got.shareWithin[t]).toBeCloseTo(want.shareWithin[t]!, 6);
  });

  it('a falling number of children changes the weighted figures but not the distances themselves', () => {
    const ev = createEvaluator(bundle, 'po');
    const series = ev.years([], { prognosis: { birthTrend: -0.05 } });
    const U = series.demandCount;
    const d = ev.evaluate([]).demand.distanceM;
    const first = distanceInYear(d, series.demand.weight.subarray(0, U), [1000]);
    const last = distanceInYear(d, series.demand.weight.subarray((series.years.length - 1) * U), [1000]);
    expect(last.distanceM.mean).not.toBeCloseTo(first.distanceM.mean!, 3);
    expect(last.distanceM.max).toBe(first.distanceM.max);
  });
});
