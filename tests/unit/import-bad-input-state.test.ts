/**
 * The bad-input corpus through the atlas state: a workshop session with a school scenario (Kilder closed), a sport
 * file already loaded (the example) and a saved, shared scenario in a real SQLite file; then every malformed file
 * goes through the import and the same apply step the dialogs use (src/lib/state/apply-import.ts). For every
 * file with an error: its message, no call to the engine, and the store, the session in the browser storage and
 * the saved scenario exactly as before. Also when the engine itself refuses an otherwise readable file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDemandReport, applyFacilityReport, type ImportEngine } from '../../src/lib/state/apply-import';
import { importDemand, importFacilities, postcodeLookup } from '../../src/lib/import/index';
import { getPreset } from '../../src/lib/engine/sectors/presets';
import { addEdit, setFacilityDataset, setSector } from '../../src/lib/state/actions';
import { persistSession } from '../../src/lib/state/persist';
import { createAtlasStore } from '../../src/lib/state/store';
import { openDatabase } from '../../src/lib/server/db';
import { SqliteStorage } from '../../src/lib/server/sqlite-storage';
import { getScenario, saveScenario } from '../../src/lib/server/scenarios';
import { EngineError } from '../../src/lib/worker/client';
import { loadRealBundle, REPO_ROOT } from '../fixtures/engine/helpers';
import { MemoryStorage } from '../fixtures/state';

const DIR = fileURLToPath(new URL('../fixtures/bad-input', import.meta.url));
const expected: Record<
  string,
  {
    code: string;
    severity?: string;
    preset?: string;
    kind?: string;
    options?: { noPostcodes?: boolean; mapping?: Record<string, string> };
  }
> = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));
const files = readdirSync(DIR).filter((f) => f !== 'expected.json' && f !== 'README.md');
const failing = files.filter((f) => (expected[f].severity ?? 'fout') === 'fout');

const bundle = loadRealBundle('achterhoek');
const postcodes = postcodeLookup(bundle.postcodes);

function recordingEngine(refuse = false) {
  const calls: string[] = [];
  const engine: ImportEngine = {
    setFacilities: async (sector) => {
      calls.push(`setFacilities ${sector}`);
      if (refuse)
        throw new EngineError({ message: 'facilities[0]: "lon" and "lat" must be numbers', editIndex: null });
      return { type: 'facilitiesSet', id: 0, sector, facilityIds: [] };
    },
    setDemand: async () => {
      calls.push('setDemand');
      if (refuse) throw new EngineError({ message: 'demand[0]: "total" must be >= 0', editIndex: null });
      return { type: 'demandSet', id: 0, source: 'import', units: 0, total: 0 };
    }
  };
  return { engine, calls };
}

let tmp: string;
let db: SqliteStorage;
let sharedId: string;
const sharedFile = () =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/scenario-files/v1-achterhoek-po.json'), 'utf8'));

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'bad-input-state-'));
  db = new SqliteStorage(openDatabase(join(tmp, 'atlas.sqlite')));
  sharedId = (await saveScenario({ ...sharedFile(), name: 'Gedeeld scenario' }, db)).id;
});
afterAll(async () => {
  await db.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** The session a facilitator has open: Kilder closed in po, the sport example loaded, the sport scenario open. */
function session() {
  const store = createAtlasStore({ region: 'achterhoek' });
  const storage = new MemoryStorage();
  persistSession(store, storage);
  addEdit(store, { op: 'close', facility: '14ZK00' });
  const sport = importFacilities(
    {
      name: 'sport-achterhoek-voorbeeld.csv',
      bytes: new Uint8Array(
        readFileSync(resolve(REPO_ROOT, 'static/voorbeelden/sport-achterhoek-voorbeeld.csv'))
      )
    },
    { preset: getPreset('sport')!, postcodes, regionBbox: bundle.meta.bbox }
  );
  setSector(store, 'sport');
  setFacilityDataset(store, 'sport', {
    id: 'sport-1',
    sector: 'sport',
    source: { name: 'sport-achterhoek-voorbeeld.csv', example: true, importedAt: '2026-11-28T00:00:00Z' },
    facilities: sport.facilities
  });
  addEdit(store, { op: 'close', facility: 'SP03' });
  return { store, storage };
}

describe('a malformed file changes nothing', () => {
  it('the corpus has error cases of both kinds', () => {
    expect(failing.length).toBeGreaterThanOrEqual(60);
    expect(failing.some((f) => expected[f].kind === 'demand')).toBe(true);
  });

  it.each(failing)('%s', async (file) => {
    const exp = expected[file];
    const { store, storage } = session();
    const stateBefore = JSON.stringify(store.getState());
    const storedBefore = [...storage.data];
    const savedBefore = await getScenario(sharedId, db);
    const { engine, calls } = recordingEngine();
    const input = { name: file, bytes: new Uint8Array(readFileSync(join(DIR, file))) };
    const lookup = exp.options?.noPostcodes ? undefined : postcodes;

    let message: string | null;
    if (exp.kind === 'demand') {
      const report = importDemand(input, {
        postcodes: lookup,
        regionBbox: bundle.meta.bbox,
        ...(exp.options?.mapping ? { mapping: exp.options.mapping } : {})
      });
      expect(report.problems.some((p) => p.code === exp.code)).toBe(true);
      message = await applyDemandReport(store, engine, report, file, false);
    } else {
      const sector = exp.preset ?? 'po';
      const report = importFacilities(input, {
        preset: getPreset(sector)!,
        postcodes: lookup,
        regionBbox: bundle.meta.bbox,
        ...(exp.options?.mapping ? { mapping: exp.options.mapping } : {})
      });
      expect(report.problems.some((p) => p.code === exp.code)).toBe(true);
      message = await applyFacilityReport(store, engine, sector, report, file, null);
    }

    expect(message).toMatch(/Er is niets veranderd\.$/);
    expect(calls).toEqual([]);
    expect(JSON.stringify(store.getState())).toBe(stateBefore);
    expect([...storage.data]).toEqual(storedBefore);
    expect(await getScenario(sharedId, db)).toEqual(savedBefore);
  });

  it('a readable file the engine refuses changes nothing either', async () => {
    const { store, storage } = session();
    const stateBefore = JSON.stringify(store.getState());
    const storedBefore = [...storage.data];
    const { engine, calls } = recordingEngine(true);
    const report = importFacilities(
      {
        name: 'zorg.csv',
        bytes: new Uint8Array(
          readFileSync(resolve(REPO_ROOT, 'static/voorbeelden/zorg-achterhoek-voorbeeld.csv'))
        )
      },
      { preset: getPreset('zorg')!, postcodes, regionBbox: bundle.meta.bbox }
    );
    expect(report.ok).toBe(true);
    const message = await applyFacilityReport(store, engine, 'zorg', report, 'zorg.csv', null);
    expect(message).toBe(
      'Het bestand is niet toegepast: facilities[0]: "lon" and "lat" must be numbers Er is niets veranderd.'
    );
    expect(calls).toEqual(['setFacilities zorg']);
    expect(JSON.stringify(store.getState())).toBe(stateBefore);
    expect([...storage.data]).toEqual(storedBefore);
  });

  it('an accepted file reaches the store only after the engine took it', async () => {
    const { store } = session();
    const { engine, calls } = recordingEngine();
    const report = importFacilities(
      {
        name: 'zorg.csv',
        bytes: new Uint8Array(
          readFileSync(resolve(REPO_ROOT, 'static/voorbeelden/zorg-achterhoek-voorbeeld.csv'))
        )
      },
      { preset: getPreset('zorg')!, postcodes, regionBbox: bundle.meta.bbox }
    );
    expect(await applyFacilityReport(store, engine, 'zorg', report, 'zorg.csv', null)).toBeNull();
    expect(calls).toEqual(['setFacilities zorg']);
    const set = store.getState().datasets.facilities.zorg;
    expect(set.facilities.map((f) => f.id)).toEqual(report.facilities.map((f) => f.id));
    expect(set.source).toMatchObject({ name: 'zorg.csv', example: true });
    // The sport file and the scenarios' edits are untouched.
    expect(store.getState().datasets.facilities.sport.id).toBe('sport-1');
    expect(store.getState().scenarios.map((s) => s.edits)).toEqual([
      [{ op: 'close', facility: '14ZK00' }],
      [{ op: 'close', facility: 'SP03' }]
    ]);
  });
});
