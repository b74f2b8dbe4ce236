import { describe, expect, it } from 'vitest';
import type { Edit } from '../../src/lib/engine/types';
import { addEdit, addScenario } from '../../src/lib/state/actions';
import { persistSession } from '../../src/lib/state/persist';
import { LINK_SCENARIO_NAME, restoreSession } from '../../src/lib/state/session';
import { activeScenario, createAtlasStore } from '../../src/lib/state/store';
import { encodeUrlState, scenarioQuery } from '../../src/lib/state/url';

const close = (id: string): Edit => ({ op: 'close', facility: id });

function memory() {
  const mem = new Map<string, string>();
  return {
    getItem: (k: string) => mem.get(k) ?? null,
    setItem: (k: string, v: string) => void mem.set(k, v)
  };
}

function storedWith(storage: ReturnType<typeof memory>, edits: Edit[]) {
  const store = createAtlasStore({ region: 'achterhoek' });
  const stop = persistSession(store, storage);
  for (const e of edits) addEdit(store, e);
  stop();
}

const link = (edits: Edit[], sector: 'po' | 'vo' = 'po', detourFactor = 1) =>
  encodeUrlState({ sector, parameters: { detourFactor, contextKm: 10, allocation: 'choice' }, edits });

describe('restoring a workshop session', () => {
  it('restores the stored session when the URL has no scenario', () => {
    const storage = memory();
    storedWith(storage, [close('A')]);
    const store = createAtlasStore({ region: 'achterhoek' });
    expect(restoreSession(store, new URLSearchParams(), storage)).toBeNull();
    expect(activeScenario(store.getState()).edits).toEqual([close('A')]);
  });

  it('a link in a fresh browser is the first scenario', () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    restoreSession(store, link([close('B')], 'vo', 1.3), memory());
    const s = activeScenario(store.getState());
    expect(s).toMatchObject({ sector: 'vo', edits: [close('B')] });
    expect(store.getState().scenarios).toHaveLength(1);
    expect(store.getState().parameters.detourFactor).toBe(1.3);
  });

  it('the URL wins but never wipes the session: a new link scenario is added, an equal one reused', () => {
    const storage = memory();
    storedWith(storage, [close('A')]);
    const store = createAtlasStore({ region: 'achterhoek' });
    restoreSession(store, link([close('B')]), storage);
    expect(activeScenario(store.getState())).toMatchObject({ name: LINK_SCENARIO_NAME, edits: [close('B')] });
    expect(store.getState().scenarios.map((s) => s.edits)).toEqual([[close('A')], [close('B')]]);

    const reload = createAtlasStore({ region: 'achterhoek' });
    restoreSession(reload, link([close('A')]), storage);
    expect(reload.getState().scenarios).toHaveLength(1);
    expect(activeScenario(reload.getState()).edits).toEqual([close('A')]);
  });

  it('a broken link is reported and ignored; a share link is left to the scenario tools', () => {
    const storage = memory();
    storedWith(storage, [close('A')]);
    const store = createAtlasStore({ region: 'achterhoek' });
    expect(restoreSession(store, new URLSearchParams('ingrepen=%%%'), storage)).toMatch(
      /ingrepen.*genegeerd/
    );
    expect(activeScenario(store.getState()).edits).toEqual([close('A')]);
    const shared = createAtlasStore({ region: 'achterhoek' });
    expect(restoreSession(shared, new URLSearchParams('gedeeld=abc'), storage)).toBeNull();
    expect(activeScenario(shared.getState()).edits).toEqual([close('A')]);
  });

  it('the URL of a read-only shared scenario is its share id alone', () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    addEdit(store, close('A'));
    expect(scenarioQuery(store.getState()).get('ingrepen')).toBeTruthy();
    addScenario(store, {
      name: 'Gedeeld',
      sector: 'po',
      edits: [close('A')],
      readOnly: true,
      sharedId: 'x1'
    });
    expect(scenarioQuery(store.getState()).toString()).toBe('gedeeld=x1');
  });
});
