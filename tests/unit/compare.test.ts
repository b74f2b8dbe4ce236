/**
 * compareReports: indicator rows with both values and B - A, per-cell distance change, and the facilities whose
 * status or pupils differ, on the real Achterhoek bundle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compareReports,
  COMPARE_INDICATORS,
  createEvaluator,
  type Edit,
  type Evaluator,
  type Report
} from '../../src/lib/engine/index';
import { validateBundle } from '../../src/lib/engine/geodata/validate';

let ev: Evaluator;
let base: Report;
let closed: Report;
const CLOSE: Edit = { op: 'close', facility: '11TN00' };

beforeAll(() => {
  const file = join(__dirname, '../../geodata/bundles/achterhoek.json');
  const bundle = validateBundle(JSON.parse(readFileSync(file, 'utf8')), file);
  ev = createEvaluator(bundle, 'po');
  base = ev.report([]);
  closed = ev.report([CLOSE]);
});

describe('compareReports', () => {
  it('finds no difference between a report and itself', () => {
    const c = compareReports(base, base);
    expect(c.indicators.map((r) => r.key)).toEqual([...COMPARE_INDICATORS]);
    for (const row of c.indicators) expect(row.difference).toBe(0);
    expect(c.facilities).toEqual([]);
    expect(c.distanceChangeM.every((d) => d === 0)).toBe(true);
    expect(c.places).toEqual({ lostInB: [], regainedInB: [] });
  });

  it('reports both values and B - A for every indicator', () => {
    const c = compareReports(base, closed);
    const row = (k: string) => c.indicators.find((r) => r.key === k)!;
    expect(row('openFacilities')).toMatchObject({
      a: base.summary.openFacilities,
      b: closed.summary.openFacilities,
      difference: -1,
      unit: 'count',
      better: 'higher'
    });
    expect(row('distanceMean').difference).toBeCloseTo(
      closed.summary.distanceM.mean! - base.summary.distanceM.mean!,
      9
    );
    expect(row('shareWithin1000').unit).toBe('share');
    // The other direction is the exact negative.
    const back = compareReports(closed, base);
    back.indicators.forEach((r, i) => expect(r.difference).toBeCloseTo(-c.indicators[i].difference!, 9));
  });

  it('lists the closed school and the school that received its pupils, nothing else', () => {
    const c = compareReports(base, closed);
    const flow = closed.flows[0];
    expect(c.facilities.map((f) => f.id).sort()).toEqual([flow.from, flow.to].sort());
    const gone = c.facilities.find((f) => f.id === '11TN00')!;
    expect(gone.a).toEqual({ status: 'open', pupils: 24 });
    expect(gone.b).toEqual({ status: 'closed', pupils: 0 });
    const receiver = c.facilities.find((f) => f.id === flow.to)!;
    expect(receiver.b!.pupils - receiver.a!.pupils).toBe(flow.pupils);
  });

  it('gives the per-cell distance change, never shorter after a closure', () => {
    const c = compareReports(base, closed);
    expect(c.distanceChangeM).toBeInstanceOf(Float32Array);
    expect(c.distanceChangeM.length).toBe(base.demand.length);
    let changed = 0;
    c.distanceChangeM.forEach((d, i) => {
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeCloseTo(closed.demand[i].distanceM - base.demand[i].distanceM, 2);
      if (d > 0) changed++;
    });
    expect(changed).toBeGreaterThan(0);
  });

  it('lists a facility opened in B only with a = null', () => {
    const open: Edit = { op: 'open', id: 'NIEUW1', name: 'Kindcentrum Noord', lon: 6.41, lat: 52.05 };
    const withNew = ev.report([CLOSE, open]);
    const c = compareReports(closed, withNew);
    const added = c.facilities.find((f) => f.id === 'NIEUW1');
    expect(added).toMatchObject({ a: null, b: { status: 'new', pupils: 0 } });
  });

  it('does not mutate its inputs', () => {
    const a = structuredClone(base);
    const b = structuredClone(closed);
    compareReports(a, b);
    expect(a).toEqual(base);
    expect(b).toEqual(closed);
  });

  it('refuses reports of different sectors or regions', () => {
    expect(() => compareReports(base, { ...closed, sector: 'vo' })).toThrow(RangeError);
    expect(() => compareReports(base, { ...closed, region: 'parkstad' })).toThrow(RangeError);
  });
});
