import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEvaluator } from '../../src/lib/engine';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import {
  belowNormList,
  normSentence,
  pupilsOfYear,
  scenarioYears,
  yearInputsOf,
  sparkOf,
  yearFigures
} from '../../src/lib/components/years/year-view';

const dir = process.env.TRANSITIEATLAS_GEODATA || join(process.cwd(), 'geodata');
const bundle = JSON.parse(readFileSync(join(dir, 'bundles', 'achterhoek.json'), 'utf8')) as RegionBundle;
const ev = createEvaluator(bundle, 'po');
const options = { prognosis: { birthTrend: -0.01 } };
const base = ev.years([], options);
const ids = [...ev.facilityIds];
const nameOf = (id: string) => bundle.facilities.find((f) => f.id === id)?.name ?? id;

describe('year view helpers (Achterhoek, po, birth trend -1 %)', () => {
  it('year figures and the below-norm list agree with the series totals', () => {
    const f = yearFigures(base, base, ids, 2035, nameOf);
    expect(Math.round(f.scenario.pupils)).toBe(18285);
    expect(f.belowNorm.length).toBe(f.scenario.belowNorm);
    expect(f.belowNorm.length).toBe(30);
    expect(f.belowNorm.every((b) => b.pupils < b.norm && b.inBaseline)).toBe(true);
    // fewest pupils against the norm first
    const margins = f.belowNorm.map((b) => b.pupils - b.norm);
    expect([...margins].sort((a, b) => a - b)).toEqual(margins);
  });

  it('the 2023 list holds the 28 schools below the norm today', () => {
    const first = belowNormList(base, base, ids, 2023, nameOf);
    expect(first.length).toBe(28);
  });

  it('pupils of a year is one slice of the series', () => {
    const p = pupilsOfYear(base, 2035);
    expect(p.length).toBe(base.facilityCount);
    const sum = ids.reduce(
      (s, _, i) => s + (bundle.facilities.find((f) => f.id === ids[i])?.context ? 0 : p[i]),
      0
    );
    expect(Math.round(sum)).toBe(18285);
  });

  it('sparkline and the Dutch sentence of a school below the norm', () => {
    const below = belowNormList(base, base, ids, 2035, nameOf)[0];
    const s = sparkOf(base, ids, below.id)!;
    expect(s.pupils.length).toBe(13);
    expect(s.firstYearBelowNorm).toBeGreaterThanOrEqual(2023);
    expect(normSentence(s)).toBe(
      `Valt onder de norm in ${s.firstYearBelowNorm}; opheffingsregel vanaf ${s.ruleYear}.`
    );
    expect(sparkOf(base, ids, 'GEEN')).toBeNull();
    expect(normSentence({ ...s, norm: Number.NaN })).toMatch(/Geen opheffingsnorm/);
    expect(normSentence({ ...s, firstYearBelowNorm: 0, ruleYear: 0 })).toMatch(/boven de norm/);
  });

  it('scenarioYears exports only what differs from the defaults', () => {
    expect(scenarioYears({ birthTrend: 'data', migration: 0, transportKm: 6 })).toBeUndefined();
    // Constant births are a choice now (the default is the trend from the data): it is written.
    expect(scenarioYears({ birthTrend: 0, migration: 0, transportKm: 6 })).toEqual({
      prognosis: { birthTrend: 0, migration: 0 }
    });
    expect(scenarioYears({ birthTrend: -0.01, migration: 0, transportKm: 5 })).toEqual({
      prognosis: { birthTrend: -0.01, migration: 0 },
      transport: { thresholdM: 5000 }
    });
  });

  it('yearInputsOf reads them back', () => {
    const inputs = { birthTrend: -0.01, migration: 0.002, transportKm: 4.5, costs: { perM2: 120 } };
    expect(yearInputsOf(scenarioYears(inputs)!)).toEqual(inputs);
    expect(yearInputsOf({})).toEqual({});
  });
});
