/**
 * The contract of saved scenarios, run against SQLite and PostgreSQL: a fresh 128-bit share id per save, the
 * same file back (an old version migrated on read), unknown and malformed ids, listing newest first with region,
 * ids and limit, a taken id refused, and the schema version after the migrations at open.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_SCHEMA_VERSION } from '../../../src/lib/server/db';
import { PG_MIGRATIONS } from '../../../src/lib/server/pg-migrations';
import { getScenario, listScenarios, saveScenario, SHARE_ID } from '../../../src/lib/server/scenarios';
import { IdTakenError, type Storage } from '../../../src/lib/server/storage';
import type { Harness } from './live-contract';

const FIXTURE = join(__dirname, '../../fixtures/scenario-files/v1-achterhoek-po.json');
const v1 = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
/** A version-1 file is read back as the current version: the same body with the rules it was made with. */
const current = () => {
  const f = v1();
  return {
    ...f,
    schemaVersion: 3,
    parameters: {
      ...(f.parameters as object),
      allocation: 'nearest',
      years: { prognosis: { birthTrend: 0 } }
    }
  };
};

export function scenarioContract(h: Harness): void {
  describe('saved scenarios', () => {
    let store: Storage;
    beforeEach(async () => {
      store = await h.fresh();
    });

    it('is at the latest schema version after open; both stores know the same versions', async () => {
      expect(await store.schemaVersion()).toBe(DB_SCHEMA_VERSION);
      expect(PG_MIGRATIONS.length).toBe(DB_SCHEMA_VERSION);
    });

    it('saves under a fresh 128-bit base64url share id and loads the same file', async () => {
      const a = await saveScenario({ ...v1(), name: 'Sluiting Haarlo' }, store);
      const b = await saveScenario(v1(), store);
      expect(a.id).not.toBe(b.id); // a save never reuses an id: share links are immutable
      for (const { id, url } of [a, b]) {
        expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
        expect(SHARE_ID.test(id)).toBe(true);
        expect(Buffer.from(id, 'base64url')).toHaveLength(16);
        expect(url).toBe(`/atlas/achterhoek?gedeeld=${id}`);
      }
      const loaded = await getScenario(a.id, store);
      expect(loaded).toMatchObject({ id: a.id, region: 'achterhoek', sector: 'po', name: 'Sluiting Haarlo' });
      expect(loaded?.editCount).toBe(4);
      expect(loaded?.file).toEqual(current());
      expect(loaded?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect((await getScenario(b.id, store))?.name).toBe('');
    });

    it('a row stored as version 1 is read as the current version; a taken id is refused', async () => {
      const id = 'A'.repeat(21) + 'B';
      const row = {
        id,
        schemaVersion: 1,
        region: 'achterhoek',
        sector: 'po',
        name: 'oud',
        body: JSON.stringify(v1()),
        createdAt: new Date().toISOString()
      };
      await store.insertScenario(row);
      expect(await getScenario(id, store)).toMatchObject({ name: 'oud', editCount: 4, file: current() });
      await expect(store.insertScenario({ ...row, name: 'ander' })).rejects.toBeInstanceOf(IdTakenError);
      expect((await getScenario(id, store))?.name).toBe('oud');
    });

    it('returns null for unknown and malformed ids', async () => {
      expect(await getScenario('A'.repeat(22), store)).toBeNull();
      expect(await getScenario("x' OR 1=1 --", store)).toBeNull();
      expect(await getScenario('', store)).toBeNull();
    });

    it('lists newest first, filtered by region and by ids, limited', async () => {
      const ids: string[] = [];
      for (const i of [1, 2, 3]) ids.push((await saveScenario({ ...v1(), name: `S${i}` }, store)).id);
      const other = (await saveScenario({ ...v1(), region: 'parkstad', edits: [] }, store)).id;
      expect((await listScenarios({}, store)).map((s) => s.id)).toEqual([other, ...ids.slice().reverse()]);
      expect((await listScenarios({ region: 'achterhoek' }, store)).map((s) => s.name)).toEqual([
        'S3',
        'S2',
        'S1'
      ]);
      expect((await listScenarios({ ids: [ids[0], other, 'nonsense'] }, store)).map((s) => s.id)).toEqual([
        other,
        ids[0]
      ]);
      expect(await listScenarios({ limit: 2 }, store)).toHaveLength(2);
      expect((await listScenarios({ region: 'parkstad' }, store))[0]).toMatchObject({
        editCount: 0,
        sector: 'po'
      });
    });

    it('a save through one connection is read through another (two app processes)', async () => {
      const { id } = await saveScenario({ ...v1(), name: 'gedeeld' }, store);
      const other = await h.second();
      expect((await getScenario(id, other))?.name).toBe('gedeeld');
    });
  });
}
