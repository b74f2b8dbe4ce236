import { describe, expect, it } from 'vitest';
import { createAtlasStore, activeScenario } from '../../src/lib/state/store';
import {
  addEdit,
  undo,
  redo,
  removeEdit,
  resetScenario,
  setSector,
  rejectLastEdit
} from '../../src/lib/state/actions';
import { decodeUrlState, encodeUrlState, UrlStateError } from '../../src/lib/state/url';
import type { Edit } from '../../src/lib/engine/types';

const close = (id: string): Edit => ({ op: 'close', facility: id });

describe('store actions', () => {
  it('undo and redo walk the edit list without limit, a new edit clears redo', () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    for (let i = 0; i < 30; i++) addEdit(store, close(`F${i}`));
    for (let i = 0; i < 30; i++) undo(store);
    expect(activeScenario(store.getState()).edits).toEqual([]);
    expect(activeScenario(store.getState()).redo).toHaveLength(30);
    undo(store); // nothing left: no change
    redo(store);
    redo(store);
    expect(activeScenario(store.getState()).edits).toEqual([close('F0'), close('F1')]);
    addEdit(store, close('X'));
    expect(activeScenario(store.getState()).redo).toEqual([]);
    redo(store);
    expect(activeScenario(store.getState()).edits.map((e) => (e as { facility: string }).facility)).toEqual([
      'F0',
      'F1',
      'X'
    ]);
  });

  it('removes one edit from the middle and resets', () => {
    const store = createAtlasStore();
    ['A', 'B', 'C'].forEach((id) => addEdit(store, close(id)));
    removeEdit(store, 1);
    expect(activeScenario(store.getState()).edits).toEqual([close('A'), close('C')]);
    removeEdit(store, 7);
    expect(activeScenario(store.getState()).edits).toHaveLength(2);
    rejectLastEdit(store);
    expect(activeScenario(store.getState()).edits).toEqual([close('A')]);
    resetScenario(store);
    expect(activeScenario(store.getState()).edits).toEqual([]);
  });

  it('switching sector keeps the edits of the other sector', () => {
    const store = createAtlasStore();
    addEdit(store, close('PO1'));
    setSector(store, 'vo');
    expect(activeScenario(store.getState()).sector).toBe('vo');
    expect(activeScenario(store.getState()).edits).toEqual([]);
    addEdit(store, close('VO1'));
    setSector(store, 'po');
    expect(activeScenario(store.getState()).edits).toEqual([close('PO1')]);
    setSector(store, 'vo');
    expect(activeScenario(store.getState()).edits).toEqual([close('VO1')]);
    expect(store.getState().scenarios).toHaveLength(2);
  });

  it('does not mutate earlier states', () => {
    const store = createAtlasStore();
    addEdit(store, close('A'));
    const before = store.getState();
    const edits = activeScenario(before).edits;
    addEdit(store, close('B'));
    expect(edits).toEqual([close('A')]);
    expect(store.getState()).not.toBe(before);
  });
});

describe('url state', () => {
  it('round-trips sector, detour factor and edits (with non-ASCII names)', () => {
    const edits: Edit[] = [
      close('13YQ00'),
      { op: 'merge', facility: 'A1', into: 'B2' },
      { op: 'open', id: 'nieuw-1', name: "Kindcentrum 's-Heerenberg – Zeddam é", lon: 6.2, lat: 51.9 },
      { op: 'capacity', facility: 'B2', capacity: 250 }
    ];
    const parameters = { detourFactor: 1.3, contextKm: 10, allocation: 'nearest' as const };
    const p = encodeUrlState({ sector: 'vo', parameters, edits });
    expect(p.get('toewijzing')).toBe('dichtstbij');
    const back = decodeUrlState(new URLSearchParams(p.toString()));
    expect(back).toEqual({ sector: 'vo', parameters, edits });
    // The choice model is the default: not in the link; an unknown value is named.
    expect(
      encodeUrlState({ sector: 'vo', parameters: { ...parameters, allocation: 'choice' }, edits }).has(
        'toewijzing'
      )
    ).toBe(false);
    expect(() => decodeUrlState(new URLSearchParams('toewijzing=willekeurig'))).toThrow(
      /toewijzing 'willekeurig'|toewijzing/
    );
  });

  it('an empty query is the baseline', () => {
    expect(decodeUrlState(new URLSearchParams(''))).toEqual({
      sector: 'po',
      parameters: { detourFactor: 1, contextKm: 10, allocation: 'choice' },
      edits: []
    });
  });

  it.each([
    ['sector=xx', /sector/],
    ['omweg=abc', /omweg/],
    ['omweg=9', /omweg/],
    ['ingrepen=%%%', /ingrepen/],
    ['ingrepen=' + btoa('{"a":1}'), /ingrepen/],
    ['ingrepen=' + btoa('[1,2]'), /ingrepen/]
  ])('rejects %s with a message naming the parameter', (q, re) => {
    expect(() => decodeUrlState(new URLSearchParams(q))).toThrow(UrlStateError);
    expect(() => decodeUrlState(new URLSearchParams(q))).toThrow(re);
  });
});

describe('scenarios and session persistence', () => {
  it('a read-only shared scenario takes no edits; its copy does', async () => {
    const { addScenario, duplicateScenario } = await import('../../src/lib/state/actions');
    const store = createAtlasStore({ region: 'achterhoek' });
    addScenario(store, { name: 'Gedeeld', sector: 'po', edits: [close('A')], readOnly: true, sharedId: 'x' });
    addEdit(store, close('B'));
    undo(store);
    expect(activeScenario(store.getState()).edits).toEqual([close('A')]);
    duplicateScenario(store);
    const copy = activeScenario(store.getState());
    expect(copy.readOnly).toBeUndefined();
    expect(copy.name).toBe('Gedeeld (kopie)');
    addEdit(store, close('B'));
    expect(activeScenario(store.getState()).edits).toEqual([close('A'), close('B')]);
    expect(store.getState().scenarios.find((s) => s.name === 'Gedeeld')?.edits).toEqual([close('A')]);
  });

  it('saves and restores the session per region; unreadable data is ignored', async () => {
    const { persistSession, loadSession } = await import('../../src/lib/state/persist');
    const mem = new Map<string, string>();
    const storage = {
      getItem: (k: string) => mem.get(k) ?? null,
      setItem: (k: string, v: string) => void mem.set(k, v)
    };
    const store = createAtlasStore({ region: 'achterhoek' });
    const stop = persistSession(store, storage);
    addEdit(store, close('A'));
    stop();
    const restored = loadSession(storage, 'achterhoek');
    expect(restored?.scenarios[0].edits).toEqual([close('A')]);
    expect(loadSession(storage, 'parkstad')).toBeNull();
    mem.set('transitieatlas:sessie:parkstad', '{broken');
    expect(loadSession(storage, 'parkstad')).toBeNull();
    mem.set(
      'transitieatlas:sessie:parkstad',
      JSON.stringify({ schemaVersion: 9, region: 'parkstad', scenarios: [] })
    );
    expect(loadSession(storage, 'parkstad')).toBeNull();
  });
});

describe('year inputs in the session', () => {
  it('birth trend, migration and transport threshold survive a reload of the session', async () => {
    const { persistSession } = await import('../../src/lib/state/persist');
    const { restoreSession } = await import('../../src/lib/state/session');
    const { setYearOptions } = await import('../../src/lib/state/actions');
    const mem = new Map<string, string>();
    const storage = {
      getItem: (k: string) => mem.get(k) ?? null,
      setItem: (k: string, v: string) => void mem.set(k, v)
    };
    const store = createAtlasStore({ region: 'achterhoek' });
    const stop = persistSession(store, storage);
    setYearOptions(store, { birthTrend: -0.01, migration: 0.002, transportKm: 5 });
    stop();
    const fresh = createAtlasStore({ region: 'achterhoek' });
    expect(restoreSession(fresh, new URLSearchParams(''), storage)).toBeNull();
    expect(fresh.getState().yearOptions).toEqual({ birthTrend: -0.01, migration: 0.002, transportKm: 5 });
    // A session without year inputs (older) or with broken ones keeps the defaults.
    const raw = JSON.parse(mem.get('transitieatlas:sessie:achterhoek')!);
    raw.yearOptions = { birthTrend: 'x' };
    mem.set('transitieatlas:sessie:achterhoek', JSON.stringify(raw));
    const other = createAtlasStore({ region: 'achterhoek' });
    restoreSession(other, new URLSearchParams(''), storage);
    expect(other.getState().yearOptions).toEqual({ birthTrend: 'data', migration: 0, transportKm: 6 });
  });
});
