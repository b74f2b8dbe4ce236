/**
 * The incremental evaluator (what the UI worker calls on every click) and the scenario file format.
 */
import { describe, expect, it } from 'vitest';
import {
  applyScenario,
  computeReachability,
  createEvaluator,
  evaluate,
  parseScenarioText,
  prepareRegion,
  STATUS_CLOSED,
  STATUS_MERGED,
  STATUS_OPEN,
  toScenarioFile,
  type Edit
} from '../../src/lib/engine/index';
import { fixtureBundle, lonLatAt } from '../fixtures/engine/fixture';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const [nlon, nlat] = lonLatAt(12, 8);
const EDITS: Edit[] = [
  { op: 'close', facility: 'A2' },
  { op: 'open', id: 'N1', name: 'Nieuw', lon: nlon, lat: nlat },
  { op: 'capacity', facility: 'B1', capacity: 250 },
  { op: 'merge', facility: 'B1', into: 'N1' },
  { op: 'close', facility: 'A1' }
];

describe('createEvaluator', () => {
  it('gives, edit by edit, the same result as a fresh evaluation of the whole list', () => {
    const bundle = fixtureBundle();
    const ev = createEvaluator(bundle, 'po');
    for (let k = 0; k <= EDITS.length; k++) {
      const edits = EDITS.slice(0, k);
      const incremental = ev.report(edits);
      const fresh = evaluate(bundle, { sector: 'po', edits });
      expect(incremental).toEqual(fresh);
      // and the reachability equals a from-scratch computation on the final state
      const prepared = prepareRegion(bundle, 'po');
      const scratch = computeReachability(prepared, applyScenario(prepared, edits));
      const result = ev.evaluate(edits);
      expect(Array.from(result.demand.nearest)).toEqual(Array.from(scratch.nearest));
    }
  });

  it('serves undo, redo and a change in the middle of the list', () => {
    const bundle = fixtureBundle();
    const ev = createEvaluator(bundle, 'po');
    const fresh = (edits: Edit[]) => evaluate(bundle, { sector: 'po', edits });
    ev.report(EDITS);
    expect(ev.report(EDITS.slice(0, 2))).toEqual(fresh(EDITS.slice(0, 2))); // undo x3
    expect(ev.report(EDITS)).toEqual(fresh(EDITS)); // redo
    const changed: Edit[] = [EDITS[0], { op: 'close', facility: 'B2' }, ...EDITS.slice(2, 3)];
    expect(ev.report(changed)).toEqual(fresh(changed));
    expect(ev.report([])).toEqual(fresh([]));
  });

  it('stays usable after a rejected edit', () => {
    const ev = createEvaluator(fixtureBundle(), 'po');
    const good = ev.report([EDITS[0]]);
    expect(() => ev.evaluate([EDITS[0], { op: 'close', facility: 'A2' }])).toThrow(
      'edits[1] (close): facility "A2" is already closed'
    );
    expect(ev.report([EDITS[0]])).toEqual(good);
  });

  it('exposes typed arrays for the worker, in facility and demand index order', () => {
    const ev = createEvaluator(fixtureBundle(), 'po');
    const r = ev.evaluate(EDITS);
    expect(ev.facilityIds).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'C1']);
    expect(r.facilities.added.map((a) => a.id)).toEqual(['N1']);
    expect(Array.from(r.facilities.status)).toEqual([
      STATUS_CLOSED,
      STATUS_CLOSED,
      STATUS_OPEN,
      STATUS_MERGED,
      STATUS_OPEN,
      STATUS_OPEN,
      STATUS_OPEN
    ]);
    expect(r.facilities.pupils).toBeInstanceOf(Float64Array);
    expect(Array.from(r.facilities.pupils)).toEqual([0, 0, 30, 0, 0, 80 + 150, 200]);
    expect(r.demand.nearest).toBeInstanceOf(Int32Array);
    expect(r.demand.distanceM).toBeInstanceOf(Float32Array);
    expect(r.facilities.capacity[3]).toBe(250);
    expect(Number.isNaN(r.facilities.capacity[0])).toBe(true);
    // results are copies: changing one does not change the next
    r.demand.nearest.fill(-1);
    expect(ev.evaluate(EDITS).demand.nearest[0]).not.toBe(-1);
  });

  it('never mutates the bundle or the edits (deep-frozen inputs)', () => {
    const bundle = deepFreeze(fixtureBundle());
    const edits = deepFreeze(EDITS.map((e) => ({ ...e })));
    const ev = createEvaluator(bundle, 'po', deepFreeze({ detourFactor: 1.2 }));
    expect(() => ev.evaluate(edits)).not.toThrow();
    expect(() => evaluate(bundle, deepFreeze({ sector: 'vo', edits: [] }))).not.toThrow();
  });

  it('rejects parameters out of range', () => {
    expect(() => createEvaluator(fixtureBundle(), 'po', { detourFactor: 0.5 })).toThrow(
      'detourFactor must be a number from 1 to 3'
    );
    expect(() => createEvaluator(fixtureBundle(), 'po', { contextKm: -1 })).toThrow('contextKm');
  });
});

describe('scenario files', () => {
  it('read the full form and a bare edit array', () => {
    const file = toScenarioFile('achterhoek', 'po', EDITS, { detourFactor: 1.3 });
    expect(parseScenarioText(JSON.stringify(file))).toEqual(file);
    expect(parseScenarioText(JSON.stringify(EDITS)).edits).toEqual(EDITS);
  });

  const bad: [string, string][] = [
    ['{', 'not valid JSON'],
    ['42', 'must be a JSON object or an array of edits'],
    ['{"schemaVersion":4,"edits":[]}', 'schemaVersion: unsupported version 4'],
    ['{"schemaVersion":1}', 'edits: must be an array of edits'],
    ['{"schemaVersion":1,"edits":[],"colour":"red"}', 'colour: unknown field'],
    ['{"schemaVersion":1,"sector":"so","edits":[]}', 'sector: must be one of po, vo'],
    ['{"schemaVersion":1,"parameters":{"detour":1.3},"edits":[]}', 'parameters.detour: unknown parameter'],
    ['[{"op":"close"}]', 'edits[0] (close): missing field "facility"'],
    [
      '[{"op":"close","facility":"A1"},{"op":"merge","facility":"A1"}]',
      'edits[1] (merge): missing field "into"'
    ],
    ['[{"op":"close","facility":7}]', 'edits[0] (close): "facility" must be a non-empty string'],
    ['[{"op":"open","id":"N","name":"x","lon":"6","lat":52}]', 'edits[0] (open): "lon" must be a number'],
    ['[{"op":"capacity","facility":"A1","capacity":-3}]', 'edits[0] (capacity): "capacity" must be >= 0'],
    ['[{"op":"close","facility":"A1","into":"B1"}]', 'edits[0] (close): unknown field "into"'],
    ['[{"op":"reopen","facility":"A1"}]', 'edits[0]: unknown op "reopen"'],
    ['[null]', 'edits[0]: must be an object']
  ];
  it.each(bad)('reject %s', (text, message) => {
    expect(() => parseScenarioText(text)).toThrow(message);
  });

  it('carry the edit index on edit errors', () => {
    try {
      parseScenarioText('[{"op":"close","facility":"A1"},{"op":"close"}]');
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ name: 'ScenarioFileError', editIndex: 1, where: 'edits[1] (close)' });
    }
  });
});
