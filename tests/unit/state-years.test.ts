import { describe, expect, it } from 'vitest';
import { createAtlasStore, DEFAULT_YEAR_INPUTS } from '../../src/lib/state/store';
import { setYear, setYearOptions } from '../../src/lib/state/actions';
import { decodeUrlState, encodeUrlState, scenarioQuery, UrlStateError } from '../../src/lib/state/url';
import { restoreSession } from '../../src/lib/state/session';
import { yearOptionsOf } from '../../src/lib/state/years.svelte';

describe('year state', () => {
  it('starts in 2023 with the default assumptions', () => {
    const s = createAtlasStore({ region: 'achterhoek' }).getState();
    expect(s.year).toBe(2023);
    expect(s.yearOptions).toEqual({ birthTrend: 'data', migration: 0, transportKm: 6 });
    expect(s.yearOptions).not.toBe(DEFAULT_YEAR_INPUTS);
  });

  it('setYear rounds and clamps to 2023-2035, ignores NaN', () => {
    const store = createAtlasStore();
    setYear(store, 2030.4);
    expect(store.getState().year).toBe(2030);
    setYear(store, 2050);
    expect(store.getState().year).toBe(2035);
    setYear(store, 1990);
    expect(store.getState().year).toBe(2023);
    setYear(store, Number.NaN);
    expect(store.getState().year).toBe(2023);
  });

  it('setYearOptions patches without touching the rest', () => {
    const store = createAtlasStore();
    const before = store.getState().scenarios;
    setYearOptions(store, { birthTrend: -0.01 });
    setYearOptions(store, { transportKm: 5 });
    expect(store.getState().yearOptions).toEqual({ birthTrend: -0.01, migration: 0, transportKm: 5 });
    expect(store.getState().scenarios).toBe(before);
  });

  it('yearOptionsOf gives the engine options in metres and fractions', () => {
    expect(yearOptionsOf({ birthTrend: -0.01, migration: 0.005, transportKm: 6.5 }, null)).toEqual({
      prognosis: { birthTrend: -0.01, migration: 0.005 },
      transport: { thresholdM: 6500 }
    });
  });
});

describe('year in the URL (jaar=)', () => {
  const base = {
    sector: 'po' as const,
    parameters: { detourFactor: 1, contextKm: 10, allocation: 'choice' as const },
    edits: []
  };

  it('round-trips a year and leaves 2023 out', () => {
    expect(encodeUrlState({ ...base, year: 2023 }).has('jaar')).toBe(false);
    const p = encodeUrlState({ ...base, year: 2031 });
    expect(p.get('jaar')).toBe('2031');
    expect(decodeUrlState(new URLSearchParams(p.toString()))).toEqual({ ...base, year: 2031 });
  });

  it.each(['2022', '2036', 'abc', '2030.5'])('refuses jaar=%s with a Dutch message', (v) => {
    expect(() => decodeUrlState(new URLSearchParams(`jaar=${v}`))).toThrow(UrlStateError);
    expect(() => decodeUrlState(new URLSearchParams(`jaar=${v}`))).toThrow(/jaar/);
  });

  it('scenarioQuery carries the store year; a session restore reads it back', () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    setYear(store, 2029);
    const q = scenarioQuery(store.getState());
    expect(q.get('jaar')).toBe('2029');
    const fresh = createAtlasStore({ region: 'achterhoek' });
    expect(restoreSession(fresh, q, null)).toBeNull();
    expect(fresh.getState().year).toBe(2029);
  });
});

describe('year parameters in an imported scenario file', () => {
  it('addImported sets the year inputs of the file', async () => {
    const { addImported } = await import('../../src/lib/components/scenarios/scenario-io');
    const store = createAtlasStore({ region: 'achterhoek' });
    addImported(
      store,
      {
        kind: 'scenario',
        fileName: 'x.json',
        region: 'achterhoek',
        fromVersion: 1,
        scenarios: [
          {
            name: 'Met trend',
            sector: 'po',
            parameters: {
              detourFactor: 1,
              years: { prognosis: { birthTrend: -0.01 }, transport: { thresholdM: 5000 } }
            } as never,
            edits: []
          }
        ]
      },
      'po'
    );
    expect(store.getState().yearOptions).toEqual({ birthTrend: -0.01, migration: 0, transportKm: 5 });
  });
});
