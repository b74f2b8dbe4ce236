/**
 * Imported data in the workshop state: the sport example and the population example (static/voorbeelden) imported
 * against the real Achterhoek bundle as the dialogs do, kept in the session, sent to the engine before anything is
 * evaluated, and drawn from the same units and facility ids the engine evaluates.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../src/lib/engine';
import { datasetBundle, regionCount } from '../../src/lib/view/sector-data';
import { importDemand, importFacilities, postcodeLookup } from '../../src/lib/import/index';
import { getPreset } from '../../src/lib/engine/sectors/presets';
import { addEdit, setDemandDataset, setFacilityDataset, setSector } from '../../src/lib/state/actions';
import { loadSession, persistSession, saveSession } from '../../src/lib/state/persist';
import { LiveResults, needsImport } from '../../src/lib/state/results.svelte';
import { restoreSession } from '../../src/lib/state/session';
import { createAtlasStore, type DemandDataset, type FacilityDataset } from '../../src/lib/state/store';
import { decodeUrlState, UrlStateError } from '../../src/lib/state/url';
import { loadRealBundle, REPO_ROOT } from '../fixtures/engine/helpers';
import { MemoryStorage, recordingEngine } from '../fixtures/state';

const bundle = loadRealBundle('achterhoek');
const postcodes = postcodeLookup(bundle.postcodes);
const read = (path: string) => new Uint8Array(readFileSync(resolve(REPO_ROOT, path)));

function sportExample(): FacilityDataset {
  const r = importFacilities(
    {
      name: 'sport-achterhoek-voorbeeld.csv',
      bytes: read('static/voorbeelden/sport-achterhoek-voorbeeld.csv')
    },
    { preset: getPreset('sport')!, postcodes, regionBbox: bundle.meta.bbox }
  );
  expect(r.ok).toBe(true);
  return {
    id: 'sport-1',
    sector: 'sport',
    source: { name: 'sport-achterhoek-voorbeeld.csv', example: true, importedAt: '2026-11-28T00:00:00Z' },
    facilities: r.facilities
  };
}

function populationExample(): DemandDataset {
  const r = importDemand(
    { name: 'bevolking.csv', bytes: read('static/voorbeelden/bevolking-achterhoek-voorbeeld.csv') },
    { postcodes, regionBbox: bundle.meta.bbox }
  );
  expect(r.ok).toBe(true);
  return {
    id: 'pop-1',
    source: { name: 'bevolking.csv', example: true, importedAt: '2026-11-28T00:00:00Z' },
    kind: r.stats.kind!,
    units: r.units
  };
}

const settle = async (live: LiveResults, until: () => boolean) => {
  for (let i = 0; i < 400 && !until(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(until()).toBe(true);
};

describe('imported data in the store and the session', () => {
  it('keeps datasets in the session; a damaged one is left out and the scenarios still load', () => {
    const storage = new MemoryStorage();
    const store = createAtlasStore({ region: 'achterhoek' });
    setSector(store, 'sport');
    setFacilityDataset(store, 'sport', sportExample());
    setDemandDataset(store, populationExample());
    addEdit(store, { op: 'close', facility: 'SP03' });
    expect(saveSession(storage, store.getState())).toBe(true);

    const loaded = loadSession(storage, 'achterhoek')!;
    expect(loaded.datasets.facilities.sport.facilities).toHaveLength(12);
    expect(loaded.datasets.demand?.units.length).toBe(populationExample().units.length);
    expect(loaded.scenarios.find((s) => s.sector === 'sport')?.edits).toEqual([
      { op: 'close', facility: 'SP03' }
    ]);

    // A restored store has the same data and the sport scenario active.
    const again = createAtlasStore({ region: 'achterhoek' });
    expect(restoreSession(again, new URLSearchParams(), storage)).toBeNull();
    expect(again.getState().datasets).toEqual(store.getState().datasets);

    // Damage the sport set (a facility without coordinates): it is dropped, the rest loads.
    const raw = JSON.parse(storage.getItem('transitieatlas:gegevens:achterhoek')!);
    raw.facilities.sport.facilities[4].lon = 'oost';
    storage.setItem('transitieatlas:gegevens:achterhoek', JSON.stringify(raw));
    const damaged = loadSession(storage, 'achterhoek')!;
    expect(damaged.datasets.facilities.sport).toBeUndefined();
    expect(damaged.datasets.demand).not.toBeNull();
    expect(damaged.scenarios).toHaveLength(2);
  });

  it('writes the imported files only when they change, not on every edit', () => {
    const storage = new MemoryStorage();
    const writes: string[] = [];
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key: string, value: string) => {
      writes.push(key);
      setItem(key, value);
    };
    const store = createAtlasStore({ region: 'achterhoek' });
    const stop = persistSession(store, storage);
    setFacilityDataset(store, 'sport', sportExample());
    expect(writes).toEqual(['transitieatlas:gegevens:achterhoek', 'transitieatlas:sessie:achterhoek']);
    writes.length = 0;
    setSector(store, 'sport');
    addEdit(store, { op: 'close', facility: 'SP03' });
    addEdit(store, { op: 'close', facility: 'SP01' });
    expect(writes.filter((k) => k.startsWith('transitieatlas:gegevens:'))).toEqual([]);
    expect(writes.filter((k) => k.startsWith('transitieatlas:sessie:')).length).toBeGreaterThanOrEqual(3);
    expect(loadSession(storage, 'achterhoek')!.datasets.facilities.sport.facilities).toHaveLength(12);
    stop();
  });

  it('saves the scenarios without the data when the browser refuses the size', () => {
    const storage = new MemoryStorage();
    const store = createAtlasStore({ region: 'achterhoek' });
    setFacilityDataset(store, 'sport', sportExample());
    const withData = JSON.stringify(store.getState().datasets).length;
    storage.limit = withData - 1; // room for the scenarios, not for the file
    addEdit(store, { op: 'close', facility: '14ZK00' });
    expect(saveSession(storage, store.getState())).toBe(true);
    const loaded = loadSession(storage, 'achterhoek')!;
    expect(loaded.scenarios[0].edits).toEqual([{ op: 'close', facility: '14ZK00' }]);
    expect(loaded.datasets.facilities).toEqual({});
  });

  it('reads every preset id as a sector from the link, and names the allowed ones for an unknown id', () => {
    expect(decodeUrlState(new URLSearchParams('sector=sport')).sector).toBe('sport');
    expect(decodeUrlState(new URLSearchParams('sector=so')).sector).toBe('so');
    expect(() => decodeUrlState(new URLSearchParams('sector=bakkerij'))).toThrow(UrlStateError);
    expect(() => decodeUrlState(new URLSearchParams('sector=bakkerij'))).toThrow(
      "Onbekende sector 'bakkerij' in de link (parameter 'sector': po, vo, so, sport, zorg, welzijn)."
    );
  });

  it('an import sector waits for a file; so and the schools do not', () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    expect(needsImport(store.getState(), 'sport')).toBe(true);
    expect(needsImport(store.getState(), 'so')).toBe(false);
    expect(needsImport(store.getState(), 'po')).toBe(false);
    setFacilityDataset(store, 'sport', sportExample());
    expect(needsImport(store.getState(), 'sport')).toBe(false);
  });
});

describe('live results with imported data', () => {
  it('evaluates nothing until the file is there, then sends it before the first evaluation', async () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    const { engine, calls } = recordingEngine(bundle, { evaluations: true });
    const live = new LiveResults(store, engine);
    live.start();
    await settle(live, () => live.current?.sector === 'po' && !live.busy);

    setSector(store, 'sport');
    expect(live.awaitingData).toBe('sport');
    expect(live.current).toBeNull();
    const before = calls.length;
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.slice(before).filter((c) => c.sector === 'sport')).toEqual([]);

    setFacilityDataset(store, 'sport', sportExample());
    await settle(live, () => live.current?.sector === 'sport' && !live.busy);
    const sport = calls.slice(before);
    expect(sport[0]).toEqual({ type: 'setFacilities', sector: 'sport', count: 12 });
    expect(sport[1]).toMatchObject({ type: 'evaluate', sector: 'sport' });
    expect(live.awaitingData).toBeNull();
    expect(live.current!.result.summary.openFacilities).toBe(12);

    // Closing the pool of Eibergen: one open fewer, the same as the engine with the file directly.
    addEdit(store, { op: 'close', facility: 'SP03' });
    await settle(live, () => live.current?.edits.length === 1 && !live.busy);
    const direct = createEvaluator(
      bundle,
      'sport',
      { detourFactor: 1, contextKm: 10 },
      {
        facilities: sportExample().facilities
      }
    ).evaluate([{ op: 'close', facility: 'SP03' }]);
    expect(live.current!.result.summary).toEqual(direct.summary);
  });

  it('removing the file: the sector waits for a file again, the edit stays and counts again with the same file', async () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    const storage = new MemoryStorage();
    persistSession(store, storage);
    const { engine } = recordingEngine(bundle, { evaluations: true });
    const live = new LiveResults(store, engine);
    live.start();
    setSector(store, 'sport');
    setFacilityDataset(store, 'sport', sportExample());
    addEdit(store, { op: 'close', facility: 'SP03' });
    await settle(live, () => live.current?.edits.length === 1 && !live.busy);
    const closed = live.current!.result.summary;
    expect(closed.openFacilities).toBe(11);

    setFacilityDataset(store, 'sport', null);
    expect(live.awaitingData).toBe('sport');
    expect(live.current).toBeNull();
    const restored = loadSession(storage, 'achterhoek')!;
    expect(restored.datasets?.facilities.sport).toBeUndefined();
    expect(restored.scenarios.find((s) => s.sector === 'sport')!.edits).toEqual([
      { op: 'close', facility: 'SP03' }
    ]);

    setFacilityDataset(store, 'sport', { ...sportExample(), id: 'sport-2' });
    await settle(live, () => live.current?.sector === 'sport' && !live.busy);
    expect(live.current!.result.summary).toEqual(closed);
  });

  it('a population table is sent once, replaces the baseline and changes the distances', async () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    const { engine, calls } = recordingEngine(bundle, { evaluations: true });
    const live = new LiveResults(store, engine);
    live.start();
    await settle(live, () => live.current !== null && !live.busy);
    const cbs = live.baseline!.result.summary;

    const population = populationExample();
    setDemandDataset(store, population);
    await settle(
      live,
      () => live.current?.result.demand.distanceM.length === population.units.length && !live.busy
    );
    expect(calls.filter((c) => c.type === 'setDemand')).toEqual([
      { type: 'setDemand', count: population.units.length }
    ]);
    expect(live.baseline!.result.summary.distanceM.mean).not.toBe(cbs.distanceM.mean);
    expect(live.baseline!.result.demand.distanceM.length).toBe(population.units.length);

    setDemandDataset(store, null);
    await settle(
      live,
      () => live.current?.result.demand.distanceM.length === bundle.demand.length && !live.busy
    );
    expect(calls.filter((c) => c.type === 'setDemand').at(-1)).toEqual({ type: 'setDemand', count: null });
    expect(live.baseline!.result.summary).toEqual(cbs);
  });
});

describe('the bundle as the workshop shows it', () => {
  it('holds the imported facilities with the ids, places and municipalities the engine uses', () => {
    const set = sportExample();
    const view = datasetBundle(bundle, { facilities: { sport: set }, demand: null });
    const shown = view.facilities.filter((f) => f.sector === ('sport' as never));
    const engine = createEvaluator(bundle, 'sport', undefined, { facilities: set.facilities });
    expect(shown.map((f) => f.id).sort()).toEqual([...engine.facilityIds].sort());
    expect(regionCount(view, 'sport')).toBe(12);
    expect(regionCount(view, 'po')).toBe(132);
    const pool = shown.find((f) => f.id === 'SP03')!;
    expect(pool).toMatchObject({
      name: 'Zwembad Eibergen (fictief)',
      place: 'Eibergen',
      denomination: 'Zwembad'
    });
    expect(pool.municipality).toMatch(/^GM\d{4}$/);
    expect(bundle.meta.municipalities.find((m) => m.code === pool.municipality)?.name).toBe('Berkelland');
    // The bundle itself is untouched.
    expect(bundle.facilities.some((f) => f.sector === ('sport' as never))).toBe(false);
    expect(datasetBundle(bundle, { facilities: {}, demand: null })).toBe(bundle);
  });

  it('draws the imported population units in the engine order', () => {
    const population = populationExample();
    const view = datasetBundle(bundle, { facilities: {}, demand: population });
    const result = createEvaluator(bundle, 'po', undefined, { demand: population.units }).evaluate([]);
    expect(view.demand.map((u) => u.id)).toEqual(population.units.map((u) => u.id));
    expect(view.demand).toHaveLength(result.demand.distanceM.length);
    expect(view.demand.every((u) => u.polygon.length >= 4)).toBe(true);
    expect(view.demand.reduce((s, u) => s + u.T, 0)).toBeCloseTo(
      population.units.reduce((s, u) => s + u.total, 0),
      6
    );
  });
});
