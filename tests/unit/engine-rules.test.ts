/**
 * Exact expectations for every engine rule on the hand-made fixture (tests/fixtures/engine/fixture.ts):
 * weights, nearest with ties, chained closures, merge, open, capacity, context facilities, indicators.
 */
import { describe, expect, it } from 'vitest';
import { createEvaluator, evaluate, type Edit, type Report } from '../../src/lib/engine/index';
import { fixtureBundle, lonLatAt, SHARE_PO, SHARE_VO } from '../fixtures/engine/fixture';

const bundle = fixtureBundle();
const run = (edits: Edit[], parameters = {}): Report => evaluate(bundle, { sector: 'po', edits, parameters });
const facility = (r: Report, id: string) => r.facilities.find((f) => f.id === id)!;
const unit = (r: Report, id: string) => r.demand.find((d) => d.id === id)!;

describe('demand weights', () => {
  it('scale Y_LT15 by the PO age share of the municipality', () => {
    const r = run([]);
    expect(unit(r, 'D1').weight).toBeCloseTo(100 * SHARE_PO.GM0001, 12);
    expect(unit(r, 'D3').weight).toBeCloseTo(80 * SHARE_PO.GM0002, 12);
    expect(unit(r, 'D4').weight).toBe(0);
  });

  it('use the VO age share for sector vo', () => {
    const r = evaluate(bundle, { sector: 'vo', edits: [] });
    expect(unit(r, 'D2').weight).toBeCloseTo(50 * SHARE_VO.GM0001, 12);
    expect(unit(r, 'D3').weight).toBeCloseTo(80 * SHARE_VO.GM0002, 12);
    expect(r.facilities.map((f) => f.id)).toEqual(['V1', 'V2']);
    expect(r.facilities.every((f) => f.norm === null && !f.belowNorm)).toBe(true);
  });
});

describe('baseline', () => {
  const r = run([]);

  it('takes only the sector, region and context facilities, sorted by id', () => {
    expect(r.facilities.map((f) => [f.id, f.context, f.status])).toEqual([
      ['A1', false, 'open'],
      ['A2', false, 'open'],
      ['A3', false, 'open'],
      ['B1', false, 'open'],
      ['B2', false, 'open'],
      ['C1', true, 'open']
    ]);
    expect(r.summary.openFacilities).toBe(5);
    expect(r.summary.pupilsTotal).toBe(380);
    expect(r.summary.pupilsToContext).toBe(0);
    expect(facility(r, 'B2').pupilsBase).toBeNull();
    expect(facility(r, 'B2').pupils).toBe(0);
  });

  it('finds the nearest open facility per unit, ties to the lowest id', () => {
    expect(r.demand.map((d) => [d.id, d.nearest, Math.round(d.distanceM * 1000) / 1000])).toEqual([
      ['D1', 'A1', 1000],
      ['D2', 'A2', 2000], // A2 and A3 both at 2 km
      ['D3', 'B1', 2000], // B1 and B2 both at 2 km
      ['D4', 'B1', 4472.136],
      ['D5', 'A2', 2000]
    ]);
  });

  it('computes demand-weighted distance statistics', () => {
    // Weights in 1/150: D1 8000, D2 4000, D3 7200, D5 1600 (D4 has weight 0).
    expect(r.summary.distanceM.mean).toBeCloseTo(33.6e6 / 20800, 9);
    expect(r.summary.distanceM.p50).toBe(2000); // cum after D1 is 8000 < 10400
    expect(r.summary.distanceM.p90).toBe(2000);
    expect(r.summary.distanceM.max).toBe(2000); // D4 at 4.5 km carries no weight
    expect(r.summary.shareWithin['1000']).toBeCloseTo(8000 / 20800, 12);
    expect(r.summary.shareWithin['3000']).toBe(1);
    expect(r.summary.shareWithin['5000']).toBe(1);
  });

  it('uses the sub-area norm where the place is mapped, else the municipal one', () => {
    expect(facility(r, 'A2')).toMatchObject({ norm: 60, normSource: 'gemeente', belowNorm: true });
    expect(facility(r, 'A3')).toMatchObject({ norm: 20, normSource: 'deelgebied', belowNorm: false });
    expect(facility(r, 'B2')).toMatchObject({ norm: 100, belowNorm: false }); // unknown count: never flagged
    expect(facility(r, 'C1')).toMatchObject({ norm: null, belowNorm: false });
    expect(r.summary.belowNorm).toBe(1);
  });

  it('reports the same figures per municipality', () => {
    const [alfa, beta] = r.municipalities;
    expect(alfa).toMatchObject({
      code: 'GM0001',
      name: 'Alfa',
      openFacilities: 3,
      pupils: 180,
      belowNorm: 1
    });
    expect(alfa.distanceM.mean).toBeCloseTo(19.2e6 / 13600, 9);
    expect(alfa.distanceM.p50).toBe(1000);
    expect(beta).toMatchObject({ code: 'GM0002', openFacilities: 2, pupils: 200, belowNorm: 0 });
    expect(beta.distanceM).toEqual({ mean: 2000, p50: 2000, p90: 2000, max: 2000 });
  });

  it('applies the detour factor to every distance', () => {
    const d = run([], { detourFactor: 1.3 });
    expect(d.parameters).toEqual({ detourFactor: 1.3, contextKm: 10, allocation: 'nearest' });
    expect(unit(d, 'D1').distanceM).toBeCloseTo(1300, 9);
    expect(d.summary.distanceM.p50).toBeCloseTo(2600, 9);
    expect(d.summary.shareWithin['1000']).toBe(0);
  });

  it('drops context facilities beyond contextKm', () => {
    const d = run([], { contextKm: 4 }); // C1 is 5 km from D1, the nearest demand unit
    expect(d.facilities.some((f) => f.id === 'C1')).toBe(false);
  });
});

describe('edits', () => {
  it('close: pupils go to the nearest open facility, ties to the lowest id', () => {
    const r = run([{ op: 'close', facility: 'A2' }]); // A1 and A3 both 4 km away
    expect(r.flows).toEqual([{ from: 'A2', to: 'A1', pupils: 50 }]);
    expect(facility(r, 'A2')).toMatchObject({
      status: 'closed',
      pupils: 0,
      pupilsBase: 50,
      belowNorm: false
    });
    expect(facility(r, 'A1').pupils).toBe(150);
    expect(unit(r, 'D2')).toMatchObject({ nearest: 'A3', distanceM: 2000 });
    expect(unit(r, 'D5').nearest).toBe('A3');
    expect(r.summary.openFacilities).toBe(4);
  });

  it('chained closures carry received pupils along, also to context facilities', () => {
    const r = run([
      { op: 'close', facility: 'A2' }, // 50 -> A1 (tie with A3)
      { op: 'close', facility: 'A1' }, // 150 -> C1 at 4 km (context)
      { op: 'close', facility: 'A3' } // 30 -> B1 (tie with C1 at 8.94 km)
    ]);
    expect(r.flows).toEqual([
      { from: 'A2', to: 'A1', pupils: 50 },
      { from: 'A1', to: 'C1', pupils: 150 },
      { from: 'A3', to: 'B1', pupils: 30 }
    ]);
    expect(facility(r, 'C1').pupils).toBe(230);
    expect(r.summary.pupilsToContext).toBe(150);
    expect(r.summary.pupilsTotal).toBe(380);
    expect(facility(r, 'B1').pupils).toBe(230);
    expect(r.summary.openFacilities).toBe(2);
    expect(r.summary.placesWithoutFacility).toEqual(['Adorp', 'Aveen']);
    expect(r.municipalities[0]).toMatchObject({
      openFacilities: 0,
      placesWithoutFacility: ['Adorp', 'Aveen']
    });
    expect(unit(r, 'D1').nearest).toBe('C1'); // 5 km
  });

  it('a unit equidistant from a region and a context facility goes to the lowest id', () => {
    const r = run([
      { op: 'close', facility: 'A2' },
      { op: 'close', facility: 'A1' }
    ]);
    expect(unit(r, 'D1')).toMatchObject({ nearest: 'A3', distanceM: 5000 }); // A3 and C1 both at 5 km
  });

  it('merge: pupils go to the named facility', () => {
    const r = run([
      { op: 'merge', facility: 'A2', into: 'B1' },
      { op: 'merge', facility: 'B1', into: 'B2' }
    ]);
    expect(r.flows).toEqual([
      { from: 'A2', to: 'B1', pupils: 50 },
      { from: 'B1', to: 'B2', pupils: 250 }
    ]);
    expect(facility(r, 'A2').status).toBe('merged');
    expect(facility(r, 'B2')).toMatchObject({ pupilsBase: null, pupils: 250, belowNorm: false });
    expect(unit(r, 'D3')).toMatchObject({ nearest: 'B2', distanceM: 2000 });
  });

  it('open: a new facility with 0 pupils that units may now be nearest to', () => {
    const [lon, lat] = lonLatAt(12, 8);
    const r = run([{ op: 'open', id: 'N1', name: 'Nieuw', lon, lat, capacity: 120 }]);
    expect(facility(r, 'N1')).toMatchObject({
      status: 'new',
      context: false,
      municipality: 'GM0002',
      place: 'Bedum', // the place of the PC4 area containing it
      pupilsBase: 0,
      pupils: 0,
      capacity: 120,
      norm: 100,
      normSource: 'gemeente',
      belowNorm: true
    });
    expect(unit(r, 'D4').nearest).toBe('N1');
    expect(unit(r, 'D4').distanceM).toBeCloseTo(1000, 2); // lon/lat -> RD round trip is good to ~1 mm
    expect(r.summary.openFacilities).toBe(6);
    expect(r.summary.belowNorm).toBe(2);
  });

  it('open then close: the new facility receives and passes on pupils', () => {
    const [lon, lat] = lonLatAt(6, 6); // 1 km from A2
    const r = run([
      { op: 'open', id: 'N1', name: 'Nieuw', lon, lat },
      { op: 'close', facility: 'A2' },
      { op: 'close', facility: 'N1' }
    ]);
    expect(r.flows.map((f) => [f.from, f.to, f.pupils])).toEqual([
      ['A2', 'N1', 50],
      ['N1', 'A3', 50] // A3 is 3 km from N1, A1 4.1 km
    ]);
    expect(facility(r, 'N1').status).toBe('closed');
    expect(unit(r, 'D2').nearest).toBe('A3');
  });

  it('open in a village that lost its school: the village has a school again, with its sub-area norm', () => {
    const [lon, lat] = lonLatAt(5, 8.5);
    const closed = run([{ op: 'close', facility: 'A3' }]);
    expect(closed.summary.placesWithoutFacility).toEqual(['Aveen']);
    const r = run([
      { op: 'close', facility: 'A3' },
      { op: 'open', id: 'N2', name: 'Kindcentrum Aveen', lon, lat }
    ]);
    expect(facility(r, 'N2')).toMatchObject({ place: 'Aveen', norm: 20, normSource: 'deelgebied' });
    expect(r.summary.placesWithoutFacility).toEqual([]);
  });

  it('capacity: recorded and reported, does not steer reallocation', () => {
    const r = run([
      { op: 'capacity', facility: 'A1', capacity: 10 },
      { op: 'close', facility: 'A2' }
    ]);
    expect(facility(r, 'A1')).toMatchObject({ capacity: 10, pupils: 150 });
    expect(facility(r, 'A2').capacity).toBeNull();
  });

  it('a closure that leaves a village without a facility lists that village', () => {
    const r = run([{ op: 'close', facility: 'A3' }]);
    expect(r.summary.placesWithoutFacility).toEqual(['Aveen']);
    expect(r.municipalities[1].placesWithoutFacility).toEqual([]);
  });
});

describe('rejected edits name the edit and the problem', () => {
  const cases: [string, Edit[], string][] = [
    ['unknown facility', [{ op: 'close', facility: 'ZZ' }], 'edits[0] (close): unknown facility "ZZ"'],
    [
      'a facility of another sector',
      [{ op: 'close', facility: 'V1' }],
      'edits[0] (close): unknown facility "V1"'
    ],
    [
      'already closed',
      [
        { op: 'close', facility: 'A1' },
        { op: 'merge', facility: 'A1', into: 'B1' }
      ],
      'edits[1] (merge): facility "A1" is already closed'
    ],
    [
      'merge into a closed facility',
      [
        { op: 'close', facility: 'B1' },
        { op: 'merge', facility: 'A1', into: 'B1' }
      ],
      'edits[1] (merge): cannot merge into "B1": it is already closed'
    ],
    [
      'merge into itself',
      [{ op: 'merge', facility: 'A1', into: 'A1' }],
      'edits[0] (merge): facility "A1" cannot merge into itself'
    ],
    [
      'merge into unknown',
      [{ op: 'merge', facility: 'A1', into: 'Q' }],
      'edits[0] (merge): unknown facility "Q"'
    ],
    [
      'duplicate open id',
      [{ op: 'open', id: 'V1', name: 'x', lon: 6, lat: 52 }],
      'edits[0] (open): facility id "V1" already exists'
    ],
    [
      'open twice',
      [
        { op: 'open', id: 'N', name: 'x', lon: 6, lat: 52 },
        { op: 'open', id: 'N', name: 'y', lon: 6, lat: 52 }
      ],
      'edits[1] (open): facility id "N" already exists'
    ],
    [
      'open outside the Netherlands',
      [{ op: 'open', id: 'N', name: 'x', lon: 20, lat: 52 }],
      'edits[0] (open): location 20, 52 lies outside the Netherlands'
    ],
    [
      'context facilities are not the region’s to edit',
      [{ op: 'close', facility: 'C1' }],
      'edits[0] (close): facility "C1" is a context facility'
    ],
    [
      'capacity of a closed facility',
      [
        { op: 'close', facility: 'B2' },
        { op: 'capacity', facility: 'B2', capacity: 5 }
      ],
      'edits[1] (capacity): facility "B2" is already closed'
    ],
    ['unknown op', [{ op: 'demolish', facility: 'A1' } as unknown as Edit], 'edits[0] (demolish): unknown op']
  ];
  it.each(cases)('%s', (_name, edits, message) => {
    expect(() => run(edits)).toThrow(message);
    try {
      run(edits);
    } catch (e) {
      expect(e).toMatchObject({ name: 'ScenarioError', editIndex: edits.length - 1 });
    }
  });

  it('closing the last open facility is rejected: its pupils would have nowhere to go', () => {
    const vo = createEvaluator(bundle, 'vo');
    expect(() =>
      vo.evaluate([
        { op: 'close', facility: 'V1' },
        { op: 'close', facility: 'V2' }
      ])
    ).toThrow('edits[1] (close): no open vo facility is left to receive the pupils');
  });
});
