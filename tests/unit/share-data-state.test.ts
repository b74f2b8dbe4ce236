/**
 * Data that came with a scenario (a share link, a scenario file) in the store: they win over the region's
 * datasets for that scenario only (dataOf, needsImport, effectiveDatasets), survive a reload of the session (a
 * damaged set is dropped, the scenario kept), travel with copies, and go back into a file unchanged. LiveResults
 * sends each scenario's own data to the worker (a fake one answering with the real engine).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvaluator, type Edit, type Parameters } from '../../src/lib/engine';
import type { DemandInput, FacilityInput } from '../../src/lib/engine/types';
import { draftData, scenarioFileData } from '../../src/lib/scenarios/scenario-data';
import { checkScenarios } from '../../src/lib/scenarios/scenario-io';
import { importDemand, importFacilities, postcodeLookup } from '../../src/lib/import/index';
import { getPreset } from '../../src/lib/engine/sectors/presets';
import {
  addScenario,
  duplicateScenario,
  setActiveScenario,
  setDemandDataset,
  setFacilityDataset,
  setSector
} from '../../src/lib/state/actions';
import { loadSession, saveSession } from '../../src/lib/state/persist';
import { dataOf, engineDataChanged, LiveResults, needsImport } from '../../src/lib/state/results.svelte';
import {
  activeScenario,
  createAtlasStore,
  effectiveDatasets,
  type DemandDataset,
  type FacilityDataset
} from '../../src/lib/state/store';
import { loadRealBundle, REPO_ROOT } from '../fixtures/engine/helpers';
import { MemoryStorage, recordingEngine } from '../fixtures/state';

const bundle = loadRealBundle('achterhoek');
const postcodes = postcodeLookup(bundle.postcodes);
const read = (path: string) => new Uint8Array(readFileSync(resolve(REPO_ROOT, path)));

const sportFacilities = () => {
  const r = importFacilities(
    { name: 'sport.csv', bytes: read('static/voorbeelden/sport-achterhoek-voorbeeld.csv') },
    { preset: getPreset('sport')!, postcodes, regionBbox: bundle.meta.bbox }
  );
  expect(r.ok).toBe(true);
  return r.facilities;
};

const source = { name: 'sport.csv', example: true, importedAt: '2026-11-28T00:00:00Z' };

/** The user's own sport file: all 12 example locations. */
const own = (): FacilityDataset => ({ id: 'eigen', sector: 'sport', source, facilities: sportFacilities() });
/** A colleague's sport file (from a link): the first 5 locations. */
const theirs = (): FacilityDataset => ({
  id: 'link-abc-sport',
  sector: 'sport',
  source: { ...source, name: 'collega.csv', origin: 'link' },
  facilities: sportFacilities().slice(0, 5)
});

function population(): DemandDataset {
  const r = importDemand(
    { name: 'bevolking.csv', bytes: read('static/voorbeelden/bevolking-achterhoek-voorbeeld.csv') },
    { postcodes, regionBbox: bundle.meta.bbox }
  );
  return { id: 'pop', source, kind: r.stats.kind!, units: r.units };
}

describe('the scenario’s own data win for that scenario only', () => {
  it('dataOf, needsImport and effectiveDatasets', () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    setSector(store, 'sport');
    const mine = activeScenario(store.getState()).id;
    expect(needsImport(store.getState(), 'sport')).toBe(true);

    const link = addScenario(store, {
      name: 'Van een collega',
      sector: 'sport',
      edits: [],
      readOnly: true,
      data: { facilities: theirs() }
    });
    // The link's scenario brings its facilities: nothing to import, the link's set is used.
    expect(needsImport(store.getState(), 'sport')).toBe(false);
    expect(dataOf(store.getState(), 'sport').facilities?.id).toBe('link-abc-sport');
    expect(effectiveDatasets(store.getState()).facilities.sport.facilities).toHaveLength(5);
    // ...and the region's datasets are untouched.
    expect(store.getState().datasets.facilities).toEqual({});

    // The user's own file goes into the region's datasets; the link's scenario keeps its own.
    setFacilityDataset(store, 'sport', own());
    expect(dataOf(store.getState(), 'sport').facilities?.id).toBe('link-abc-sport');
    setActiveScenario(store, mine);
    expect(dataOf(store.getState(), 'sport').facilities?.id).toBe('eigen');
    expect(effectiveDatasets(store.getState())).toBe(store.getState().datasets); // the same object

    // A population table that came with a scenario stands in for the region's for it only.
    setActiveScenario(store, link);
    store.setState((s) => ({
      scenarios: s.scenarios.map((d) =>
        d.id === link ? { ...d, data: { ...d.data, demand: population() } } : d
      )
    }));
    expect(dataOf(store.getState(), 'sport').demandKey).toBe('pop');
    const a = effectiveDatasets(store.getState());
    expect(effectiveDatasets(store.getState())).toBe(a); // cached: the workshop's derived stays stable
    expect(a.demand?.id).toBe('pop');
    setActiveScenario(store, mine);
    expect(dataOf(store.getState(), 'sport').demandKey).toBe('cbs');
  });

  it('copies keep the data and presets; the session keeps them; a damaged set is dropped, the scenario kept', () => {
    const storage = new MemoryStorage();
    const store = createAtlasStore({ region: 'achterhoek' });
    const preset = structuredClone(getPreset('sport')!);
    preset.demand.bandWeights.a_15_19 = 0.9;
    addScenario(store, {
      name: 'Link',
      sector: 'sport',
      edits: [{ op: 'close', facility: 'SP02' }],
      readOnly: true,
      sharedId: 'abc',
      presets: { sport: preset },
      data: { facilities: theirs(), demand: population() }
    });
    const copy = duplicateScenario(store);
    const c = store.getState().scenarios.find((s) => s.id === copy)!;
    expect(c.readOnly).toBeUndefined();
    expect(c.data?.facilities?.id).toBe('link-abc-sport');
    expect(c.presets?.sport.demand.bandWeights.a_15_19).toBe(0.9);

    expect(saveSession(storage, store.getState())).toBe(true);
    const loaded = loadSession(storage, 'achterhoek')!;
    const link = loaded.scenarios.find((s) => s.name === 'Link')!;
    expect(link.data?.facilities?.facilities).toHaveLength(5);
    expect(link.data?.demand?.id).toBe('pop');
    expect(loaded.datasets.facilities).toEqual({}); // the region's own stay empty

    const raw = JSON.parse(storage.getItem('transitieatlas:sessie:achterhoek')!);
    raw.scenarios[1].data.facilities.facilities[2].lat = null;
    raw.scenarios[2].data = 'kapot';
    storage.setItem('transitieatlas:sessie:achterhoek', JSON.stringify(raw));
    const damaged = loadSession(storage, 'achterhoek')!;
    expect(damaged.scenarios).toHaveLength(3);
    expect(damaged.scenarios[1].data?.facilities).toBeUndefined();
    expect(damaged.scenarios[1].data?.demand?.id).toBe('pop');
    expect(damaged.scenarios[1].edits).toEqual([{ op: 'close', facility: 'SP02' }]);
    expect(damaged.scenarios[2].data).toBeUndefined();
    expect(damaged.scenarios[2].name).toBe('Link (kopie)');
  });
});

describe('from the store to a file and back', () => {
  it('writes only the data a scenario uses and reads them back evaluating the same', () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    expect(scenarioFileData(store.getState().datasets, activeScenario(store.getState()))).toBeUndefined();
    setDemandDataset(store, population());
    // A po scenario with an imported population table carries the table, not the sport file.
    setFacilityDataset(store, 'sport', own());
    const po = scenarioFileData(store.getState().datasets, activeScenario(store.getState()))!;
    expect(Object.keys(po)).toEqual(['demand']);

    setSector(store, 'sport');
    const state = store.getState();
    const data = scenarioFileData(state.datasets, activeScenario(state))!;
    expect(data.facilities!.facilities).toHaveLength(12);
    expect(data.facilities!.source).toEqual({
      name: 'sport.csv',
      example: true,
      importedAt: '2026-11-28T00:00:00Z'
    });

    const back = draftData(data, 'sport', { origin: 'link', key: 'xyz' })!;
    expect(back.facilities).toMatchObject({ id: 'link-xyz-sport', sector: 'sport' });
    expect(back.facilities!.source.origin).toBe('link');
    const edits: Edit[] = [{ op: 'close', facility: 'SP03' }];
    const report = (facilities: FacilityInput[], demand: DemandInput[]) =>
      createEvaluator(bundle, 'sport', undefined, { facilities, demand }).report(edits);
    expect(report(back.facilities!.facilities, back.demand!.units)).toEqual(
      report(own().facilities, population().units)
    );

    // Identical data of several scenarios of one file become one dataset (one engine key, stored once).
    const seen = new Map();
    const a = draftData(data, 'sport', { origin: 'file', key: 'f1', seen })!;
    const b = draftData(data, 'sport', { origin: 'file', key: 'f1', seen })!;
    expect(b.facilities).toBe(a.facilities);
    expect(b.demand).toBe(a.demand);
  });
});

const settle = async (until: () => boolean) => {
  for (let i = 0; i < 400 && !until(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(until()).toBe(true);
};

describe('LiveResults with the scenario’s own data', () => {
  it('sends each scenario’s facilities; engineDataChanged makes it send them again', async () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    setSector(store, 'sport');
    setFacilityDataset(store, 'sport', own());
    const mine = activeScenario(store.getState()).id;
    const { engine, calls } = recordingEngine(bundle);
    const live = new LiveResults(store, engine);
    const stop = live.start();
    try {
      await settle(() => live.current?.facilityIds.length === 12);
      const link = addScenario(store, {
        name: 'Link',
        sector: 'sport',
        edits: [{ op: 'close', facility: 'SP02' }],
        readOnly: true,
        data: { facilities: theirs() }
      });
      await settle(() => live.current?.scenarioId === link);
      expect(live.current!.facilityIds).toHaveLength(5);
      expect(calls.filter((c) => c.type === 'setFacilities').map((c) => c.count)).toEqual([12, 5]);

      setActiveScenario(store, mine);
      await settle(() => live.current?.scenarioId === mine);
      expect(live.current!.facilityIds).toHaveLength(12);

      calls.length = 0;
      engineDataChanged(engine);
      await settle(() => calls.some((c) => c.type === 'setFacilities') && !live.busy);
      expect(calls.map((c) => [c.type, c.count])).toEqual([
        ['setDemand', null],
        ['setFacilities', 12]
      ]);
    } finally {
      stop();
    }
  });
});

describe('checking a file before it is added', () => {
  it('checks each scenario with its own data, then gives the worker back what the workshop shows', async () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    setSector(store, 'sport');
    setFacilityDataset(store, 'sport', own());
    const { engine, calls } = recordingEngine(bundle);
    const reports: string[] = [];
    (engine as unknown as { report: unknown }).report = async (
      sector: string,
      parameters: Parameters,
      edits: Edit[]
    ) => {
      reports.push(sector);
      await (engine as unknown as { evaluate: (...a: unknown[]) => Promise<unknown> }).evaluate(
        sector,
        parameters,
        edits
      );
    };
    const scenario = (facility: string) => ({
      name: 'Uit bestand',
      sector: 'sport',
      parameters: {},
      edits: [{ op: 'close' as const, facility }],
      data: { facilities: theirs() }
    });
    // SP02 is one of the link's five locations: accepted.
    await checkScenarios(engine, store.getState(), [scenario('SP02')]);
    expect(calls.map((c) => [c.type, c.count])).toEqual([
      ['setDemand', null],
      ['setFacilities', 5],
      ['setDemand', null],
      ['setFacilities', 12] // back to the user's own file
    ]);
    // SP09 is not among them: the engine refuses, the error names the scenario, the worker is restored too.
    calls.length = 0;
    await expect(checkScenarios(engine, store.getState(), [scenario('SP09')])).rejects.toThrow(
      /^scenario “Uit bestand”: .*SP09/
    );
    expect(calls.at(-1)).toEqual({ type: 'setFacilities', sector: 'sport', count: 12 });
    expect(store.getState().scenarios).toHaveLength(2); // nothing added
  });
});
