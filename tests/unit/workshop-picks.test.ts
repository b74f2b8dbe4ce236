/**
 * What a click on the workshop map does (src/lib/state/workshop-picks.ts), on the real Achterhoek bundle: a
 * merge takes only an open target, a new location gets the first free NIEUW<n> id, a click on nothing clears.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvaluator, type Edit } from '../../src/lib/engine';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import { facilityMap } from '../../src/lib/view/facility-details';
import { facilityOpen, pickFacility, pickNothing, placeNew } from '../../src/lib/state/workshop-picks';
import { addEdit, select, setMode } from '../../src/lib/state/actions';
import type { Evaluated } from '../../src/lib/state/results.svelte';
import { activeScenario, createAtlasStore } from '../../src/lib/state/store';

const dir = process.env.TRANSITIEATLAS_GEODATA || join(__dirname, '../../geodata');
const bundle = JSON.parse(readFileSync(join(dir, 'bundles/achterhoek.json'), 'utf8')) as RegionBundle;
const ev = createEvaluator(bundle, 'po');
const KILDER = '14ZK00';
const ZEDDAM = '03TG00';
const BRAAMT = bundle.facilities.find(
  (f) => f.sector === 'po' && !f.context && f.id !== KILDER && f.id !== ZEDDAM
)!.id;

const evaluated = (edits: Edit[]) =>
  ({ facilityIds: ev.facilityIds, result: ev.evaluate(edits) }) as unknown as Evaluated;

describe('clicks on the workshop map', () => {
  it('open or closed follows the result, also for a location opened by an edit', () => {
    const edits: Edit[] = [
      { op: 'close', facility: KILDER },
      { op: 'open', id: 'NIEUW1', name: 'Nieuwe school 1', lon: 6.4, lat: 52.0 }
    ];
    const current = evaluated(edits);
    expect(facilityOpen(current, KILDER)).toBe(false);
    expect(facilityOpen(current, ZEDDAM)).toBe(true);
    expect(facilityOpen(current, 'NIEUW1')).toBe(true);
    expect(facilityOpen(current, 'ONBEKEND')).toBe(false);
    expect(facilityOpen(null, ZEDDAM)).toBe(false);
  });

  it('in merge mode a click on an open school merges into it; a closed one or the school itself is ignored', () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    addEdit(store, { op: 'close', facility: BRAAMT });
    const current = evaluated(activeScenario(store.getState()).edits as Edit[]);
    select(store, KILDER);
    setMode(store, 'merge-target');
    pickFacility(store, current, BRAAMT);
    pickFacility(store, current, KILDER);
    expect(activeScenario(store.getState()).edits).toHaveLength(1);
    expect(store.getState().mode).toBe('merge-target');
    pickFacility(store, current, ZEDDAM);
    expect(activeScenario(store.getState()).edits.at(-1)).toEqual({
      op: 'merge',
      facility: KILDER,
      into: ZEDDAM
    });
    expect(store.getState().mode).toBe('select');
    // Outside merge mode a click selects.
    pickFacility(store, current, BRAAMT);
    expect(store.getState().selection).toBe(BRAAMT);
    pickNothing(store);
    expect(store.getState().selection).toBeNull();
  });

  it('a new location takes the first free NIEUW<n> id and the sector word, rounded to 1e-6 degree', () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    const known = facilityMap(bundle);
    placeNew(store, known, 'Nieuwe school', [6.123456789, 51.98765432]);
    placeNew(store, known, 'Nieuwe school', [6.2, 51.9]);
    const edits = activeScenario(store.getState()).edits;
    expect(edits[0]).toEqual({
      op: 'open',
      id: 'NIEUW1',
      name: 'Nieuwe school 1',
      lon: 6.123457,
      lat: 51.987654
    });
    expect(edits[1]).toMatchObject({ id: 'NIEUW2', name: 'Nieuwe school 2' });
    expect(store.getState().selection).toBe('NIEUW2');
    // An id the bundle already has is skipped.
    placeNew(store, new Set(['NIEUW3']), 'Nieuwe sporthal', [6.3, 51.9]);
    expect(activeScenario(store.getState()).edits[2]).toMatchObject({
      id: 'NIEUW4',
      name: 'Nieuwe sporthal 4'
    });
  });
});
