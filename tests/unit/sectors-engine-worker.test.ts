/**
 * The engine worker's `setFacilities`: an imported set and an edited preset per sector, checked before they are
 * stored; only that sector's evaluators are rebuilt. Runs the worker's logic (sector-sets.ts) in Node.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createEvaluator,
  DEFAULT_PARAMETERS,
  type Evaluator,
  type SectorId
} from '../../src/lib/engine/index';
import { importFacilities, postcodeLookup } from '../../src/lib/import/index';
import { getPreset } from '../../src/lib/sectors/index';
import { evaluatorKey, SectorSets } from '../../src/lib/worker/sector-sets';
import { loadRealBundle, REPO_ROOT } from '../fixtures/engine/helpers';

const SPORT = resolve(REPO_ROOT, 'static/voorbeelden/sport-achterhoek-voorbeeld.csv');
const FIXTURES = resolve(REPO_ROOT, 'tests/fixtures/sectors');

function sportFacilities() {
  const b = loadRealBundle('achterhoek');
  return importFacilities(
    { name: 'sport.csv', bytes: new Uint8Array(readFileSync(SPORT)) },
    { preset: getPreset('sport')!, postcodes: postcodeLookup(b.postcodes), regionBbox: b.meta.bbox }
  ).facilities;
}

describe('worker: setFacilities', () => {
  it('stores a set per sector, rebuilds only that sector’s evaluators, refuses a bad set, clears', () => {
    const bundle = loadRealBundle('achterhoek');
    const sets = new SectorSets();
    const evaluators = new Map<string, Evaluator<SectorId>>();
    const po = createEvaluator(bundle, 'po');
    evaluators.set(evaluatorKey('po', DEFAULT_PARAMETERS), po);
    const facilities = sportFacilities();

    const reply = sets.apply(
      { type: 'setFacilities', id: 7, sector: 'sport', facilities },
      bundle,
      evaluators
    );
    expect(reply).toEqual({
      type: 'facilitiesSet',
      id: 7,
      sector: 'sport',
      facilityIds: facilities.map((f) => f.id).sort()
    });
    expect(sets.options('sport')).toEqual({ facilities });
    expect(evaluators.get('po|1|10|nearest')).toBe(po);
    expect(
      evaluators.get('sport|1|10|nearest')!.evaluate([{ op: 'close', facility: 'SP03' }]).summary
        .openFacilities
    ).toBe(11);
    // Other parameters: the worker builds the evaluator with the stored options.
    const slow = createEvaluator(bundle, 'sport', { detourFactor: 1.3 }, sets.options('sport'));
    expect(slow.report([]).summary.openFacilities).toBe(12);

    // A set that cannot be evaluated changes nothing.
    const paris = [{ id: 'X', name: 'Parijs', lon: 2.35, lat: 48.85, pupils: 1, outsideRegion: true }];
    expect(() =>
      sets.apply({ type: 'setFacilities', id: 8, sector: 'sport', facilities: paris }, bundle, evaluators)
    ).toThrow(/none of the 1 given facilities/);
    expect(sets.options('sport')).toEqual({ facilities });
    expect(evaluators.has('sport|1|10|nearest')).toBe(true);

    // An edited preset alone (po keeps the bundle's schools) rebuilds po.
    const preset = JSON.parse(readFileSync(join(FIXTURES, 'po-preset-edited.json'), 'utf8'));
    sets.apply({ type: 'setFacilities', id: 9, sector: 'po', facilities: null, preset }, bundle, evaluators);
    const edited = evaluators.get('po|1|10|nearest')!;
    expect(edited).not.toBe(po);
    expect(Object.keys(edited.evaluate([]).summary.shareWithin)).toEqual(['500', '1000', '2000']);

    // Clearing: back to the bundle (po) or to nothing (sport).
    expect(
      sets.apply({ type: 'setFacilities', id: 10, sector: 'po', facilities: null }, bundle, evaluators)
        .facilityIds
    ).toEqual(po.facilityIds);
    expect(
      sets.apply({ type: 'setFacilities', id: 11, sector: 'sport', facilities: null }, bundle, evaluators)
    ).toEqual({ type: 'facilitiesSet', id: 11, sector: 'sport', facilityIds: [] });
    expect(sets.options('sport')).toBeUndefined();
    expect(evaluators.has('sport|1|10|nearest')).toBe(false);
  });
});
