import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEvaluator } from '../../src/lib/engine';
import type { Edit } from '../../src/lib/engine/types';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import type { Evaluated } from '../../src/lib/state/results.svelte';
import type { YearSeriesPair } from '../../src/lib/state/years.svelte';
import { summaryInYear, transportCells, yearEvaluated } from '../../src/lib/view/map-year';
import type { DemandCell } from '../../src/lib/map/prepare';

const dir = process.env.TRANSITIEATLAS_GEODATA || join(process.cwd(), 'geodata');
const bundle = JSON.parse(readFileSync(join(dir, 'bundles', 'achterhoek.json'), 'utf8')) as RegionBundle;
const ev = createEvaluator(bundle, 'po', { detourFactor: 1.3, contextKm: 10 });
const edits: Edit[] = [{ op: 'close', facility: '11NT00' }];
const live: Evaluated = {
  version: 3,
  key: 'po|1.3|10',
  sector: 'po',
  scenarioId: 's1',
  edits,
  facilityIds: [...ev.facilityIds],
  result: ev.evaluate(edits)
};
const pair: YearSeriesPair = {
  version: 1,
  sector: 'po',
  facilityIds: [...ev.facilityIds],
  edits,
  baseline: ev.years([]),
  scenario: ev.years(edits)
};

describe('the map and the figures in a chosen year', () => {
  it('2023 and a series of another edit list leave the live result as it is', () => {
    expect(yearEvaluated(live, pair, 2023)).toBe(live);
    expect(yearEvaluated(live, { ...pair, edits: [] }, 2030)).toBe(live);
    expect(yearEvaluated(null, pair, 2030)).toBeNull();
  });

  it('a later year swaps pupils and below-norm flags, with a fresh version, without touching the input', () => {
    const pupils = live.result.facilities.pupils.slice();
    const a = yearEvaluated(live, pair, 2030)!;
    const b = yearEvaluated(live, pair, 2030)!;
    const F = pair.scenario.facilityCount;
    const y = 7;
    expect(a.version).not.toBe(live.version);
    expect(b.version).not.toBe(a.version);
    expect([...a.result.facilities.pupils]).toEqual([
      ...pair.scenario.facilities.pupils.slice(y * F, (y + 1) * F)
    ]);
    expect(a.result.facilities.status).toBe(live.result.facilities.status);
    expect([...live.result.facilities.pupils]).toEqual([...pupils]);
  });

  it('summaryInYear gives the series figures of that year', () => {
    const s = summaryInYear(live.result.summary, live, pair, 2035, 'scenario');
    expect(s.pupilsTotal).toBe(pair.scenario.totals.pupils[12]);
    expect(s.belowNorm).toBe(pair.scenario.totals.belowNorm[12]);
    expect(s.distanceM).toBe(live.result.summary.distanceM);
    expect(summaryInYear(live.result.summary, live, pair, 2023, 'scenario')).toBe(live.result.summary);
  });

  it('transport cells: the populated cells flagged beyond the threshold', () => {
    const cells = bundle.demand.map((unit) => ({ unit }) as DemandCell);
    const flagged = transportCells(cells, pair);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((c) => c.unit.Y_LT15 > 0)).toBe(true);
    expect(transportCells(cells, null)).toEqual([]);
    expect(transportCells(cells.slice(1), pair)).toEqual([]);
  });
});
