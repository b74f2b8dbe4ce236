/**
 * The panel's view model without a browser: form to criteria and back (Dutch decimal commas), form errors in
 * Dutch, the checked criteria as labelled rows, and the trade-off chart's geometry on the real Achterhoek curve.
 */
import { describe, expect, it } from 'vitest';
import { createEvaluator, optimise, tradeoffCurve } from '../../../src/lib/engine/index';
import {
  chartModel,
  constraintRows,
  criteriaOf,
  defaultForm,
  denominationNames,
  formOf,
  FormError,
  proposalPoint
} from '../../../src/lib/components/proposal/proposal-view';
import { proposalName } from '../../../src/lib/components/proposal/proposal-text';
import { loadRealBundle } from '../../fixtures/engine/helpers';

const bundle = loadRealBundle('achterhoek');

describe('proposal view model', () => {
  it('turns the form into criteria and back', () => {
    const form = {
      ...defaultForm(132),
      objective: 'median' as const,
      keep: '90',
      maxDistance: '3,5',
      share: '95',
      minPupilsMode: 'number' as const,
      minPupils: '40',
      year: '2030',
      placeMin: '60',
      denomination: 'Rooms-Katholiek',
      denominationKm: '5',
      lockOpen: '05br00, 11TN00',
      lockClosed: '03AI00'
    };
    const c = criteriaOf(form);
    expect(c).toEqual({
      objective: 'median',
      keep: 90,
      maxDistanceKm: 3.5,
      share: 0.95,
      minPupils: 40,
      year: 2030,
      placeMinChildren: 60,
      denominations: [{ denomination: 'Rooms-Katholiek', withinKm: 5 }],
      lockOpen: ['05BR00', '11TN00'],
      lockClosed: ['03AI00']
    });
    expect(criteriaOf(formOf(c, defaultForm(132)))).toEqual(c);
    expect(defaultForm(132)).toMatchObject({ objective: 'fewest', keep: '106', maxDistance: '3' });
    expect(criteriaOf(defaultForm(132))).toEqual({ objective: 'fewest', maxDistanceKm: 3 });
  });

  it('names a form value that is not a number, in Dutch', () => {
    expect(() => criteriaOf({ ...defaultForm(132), objective: 'median', keep: 'tien' })).toThrow(
      new FormError('Het aantal locaties is geen getal: "tien".')
    );
    expect(() => criteriaOf({ ...defaultForm(132), minPupilsMode: 'number', minPupils: '' })).toThrow(
      /Vul het minimum/
    );
  });

  it('lists the denominations a criterion can name, without samenwerkingsscholen', () => {
    const names = denominationNames(bundle.facilities);
    expect(names).toContain('Rooms-Katholiek');
    expect(names).toContain('Openbaar');
    expect(names.some((n) => n.startsWith('Samenwerking'))).toBe(false);
  });

  it('labels the checked criteria and draws the trade-off chart inside its plot', () => {
    const ev = createEvaluator<string>(bundle, 'po');
    const criteria = { objective: 'median' as const, keep: 100, maxDistanceKm: 2, lockOpen: ['05BR00'] };
    const result = optimise(ev, criteria);
    const rows = constraintRows(result);
    expect(rows.map((r) => r.label)).toEqual(['Aantal locaties', 'Vast open', 'Afstand']);
    expect(proposalName(criteria, result)).toBe(
      result.feasible
        ? 'Voorstel: kortste afstand, 100 locaties, 2 km'
        : 'Voorstel: kortste afstand, 100 locaties, 2 km (haalt niet alles)'
    );

    const curve = tradeoffCurve(ev, criteria, { distanceKm: 2 });
    expect(proposalPoint(result, curve)).toEqual({
      keep: 100,
      meanKm: result.summary.distanceM.mean! / 1000,
      withinShare: result.withinShare
    });
    // Without other criteria the proposal is at least as good as the greedy curve at its count.
    const point = proposalPoint(optimise(ev, { objective: 'median', keep: 100 }), curve);
    const m = chartModel(curve, point);
    const coords = [...m.meanPath.matchAll(/([\d.]+),([\d.]+)/g)].map((x) => [Number(x[1]), Number(x[2])]);
    expect(coords).toHaveLength(curve.points.length);
    for (let k = 1; k < coords.length; k++) expect(coords[k][0]).toBeGreaterThan(coords[k - 1][0]);
    for (const [x, y] of coords) {
      expect(x).toBeGreaterThanOrEqual(m.plot.left - 1e-9);
      expect(x).toBeLessThanOrEqual(m.plot.right + 1e-9);
      expect(y).toBeGreaterThanOrEqual(m.plot.top - 1e-9);
      expect(y).toBeLessThanOrEqual(m.plot.bottom + 1e-9);
    }
    // Today is the right end (all 132 open); the proposal lies at 100 of them, with its own (better) point.
    expect(m.today.x).toBeCloseTo(m.plot.right, 6);
    const x100 =
      m.plot.left +
      ((100 - curve.points[0].keep) / (132 - curve.points[0].keep)) * (m.plot.right - m.plot.left);
    expect(m.proposal!.x).toBeCloseTo(x100, 6);
    const greedyAt100 = curve.points.find((p) => p.keep === 100)!;
    expect(point.meanKm).toBeLessThanOrEqual(greedyAt100.meanKm + 1e-12);
    expect(m.xTicks.map((t) => t.label)).toContain('100');
  });
});
