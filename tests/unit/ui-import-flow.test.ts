import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  crsQuestion,
  postcodeLine,
  problemPlace,
  readChecked,
  sourceLabel,
  withOutsideChoice
} from '../../src/lib/view/import-flow';
import {
  DEFAULT_MAX_BYTES,
  importFacilities,
  type ImportedFacility,
  type ImportReport
} from '../../src/lib/import';
import { clonePreset, getPreset, validatePreset } from '../../src/lib/sectors';
import { setScenarioPreset } from '../../src/lib/state/actions';
import { loadSession, saveSession } from '../../src/lib/state/persist';
import { createAtlasStore } from '../../src/lib/state/store';

const sport = getPreset('sport')!;
const example = readFileSync('static/voorbeelden/sport-achterhoek-voorbeeld.csv');

function report(): ImportReport {
  return importFacilities({ name: 'sport.csv', bytes: new Uint8Array(example) }, { preset: sport });
}

describe('import dialog helpers', () => {
  it('refuses a too large file by its size, without reading it', async () => {
    let read = false;
    const file = {
      size: DEFAULT_MAX_BYTES + 1,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      }
    };
    const r = await readChecked(file);
    expect('problem' in r && r.problem.code).toBe('file-too-large');
    expect(read).toBe(false);
  });

  it('reads a file within the limit', async () => {
    const r = await readChecked({ size: 3, arrayBuffer: async () => new Uint8Array([1, 2, 3]).buffer });
    expect('bytes' in r && [...r.bytes]).toEqual([1, 2, 3]);
  });

  it('asks about the detected coordinate system in Dutch', () => {
    const r = report();
    expect(r.ok).toBe(true);
    expect(crsQuestion(r)).toBe('De coördinaten lijken lon/lat (WGS84) — klopt dat?');
    expect(postcodeLine(r)).toBeNull();
    expect(postcodeLine({ ...r, stats: { ...r.stats, placedByPostcode: 3 } })).toBe(
      '3 rijen geplaatst op het midden van de postcode (PC4).'
    );
  });

  it('keeps far-outside facilities as context or drops them, never mutating the input', () => {
    const a = { id: 'a', outsideRegion: false, context: false } as ImportedFacility;
    const b = { id: 'b', outsideRegion: true, context: false } as ImportedFacility;
    const input = Object.freeze([Object.freeze(a), Object.freeze(b)]);
    expect(withOutsideChoice(input, false).map((f) => f.id)).toEqual(['a']);
    const kept = withOutsideChoice(input, true);
    expect(kept.map((f) => [f.id, f.context])).toEqual([
      ['a', false],
      ['b', true]
    ]);
    expect(b.context).toBe(false);
  });

  it('names the place of a problem and the source of the data', () => {
    expect(problemPlace({ severity: 'fout', code: 'x', message: '', row: 7, column: 'leerlingen' })).toBe(
      'rij 7, kolom leerlingen'
    );
    expect(problemPlace({ severity: 'fout', code: 'x', message: '', feature: 3, property: 'naam' })).toBe(
      'object 3, eigenschap naam'
    );
    expect(sourceLabel({ name: 'x.csv', example: true })).toBe('Voorbeeld (fictief)');
    expect(sourceLabel({ name: 'sporthallen.csv', example: false })).toBe('Eigen bestand: sporthallen.csv');
  });
});

describe('edited presets in the scenario', () => {
  it('are kept per sector on the active scenario and survive a session round trip', () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    const so = clonePreset(getPreset('so')!);
    so.thresholdsM = [15000, 20000, 30000];
    setScenarioPreset(store, 'so', so);
    const storage = new Map<string, string>();
    const kv = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v)
    };
    expect(saveSession(kv, store.getState())).toBe(true);
    const loaded = loadSession(kv, 'achterhoek');
    expect(loaded?.scenarios[0].presets?.so.thresholdsM).toEqual([15000, 20000, 30000]);
    expect(validatePreset(loaded?.scenarios[0].presets?.so).ok).toBe(true);
    setScenarioPreset(store, 'so', null);
    expect(store.getState().scenarios[0].presets).toEqual({});
    expect(getPreset('so')!.thresholdsM).not.toEqual([15000, 20000, 30000]);
  });
});

describe('examples per region', () => {
  it('offers each preset example on the region it was made for, and nowhere else', async () => {
    const { exampleForRegion } = await import('../../src/lib/view/import-flow');
    const { PRESETS } = await import('../../src/lib/engine/sectors/presets');
    const { existsSync } = await import('node:fs');
    const withExample = PRESETS.filter((p) => p.example);
    expect(withExample.map((p) => p.id).sort()).toEqual(['sport', 'welzijn', 'zorg']);
    for (const p of withExample) {
      expect(exampleForRegion(p.example, 'achterhoek')).toBe(p.example);
      expect(exampleForRegion(p.example, 'parkstad-limburg')).toBeNull();
      expect(exampleForRegion(p.example, 'nederland')).toBeNull();
      expect(existsSync(`static${p.example}`)).toBe(true);
    }
    expect(exampleForRegion(undefined, 'achterhoek')).toBeNull();
  });
});
