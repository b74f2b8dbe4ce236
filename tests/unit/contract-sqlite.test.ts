/**
 * The storage contract (tests/unit/contract) on SQLite: a new file per test in a temp folder; "another app
 * process" is a second connection on the same file.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe } from 'vitest';
import { openDatabase } from '../../src/lib/server/db';
import { SqliteStorage } from '../../src/lib/server/sqlite-storage';
import type { Storage } from '../../src/lib/server/storage';
import { liveContract, type Harness } from './contract/live-contract';
import { scenarioContract } from './contract/scenario-contract';

const tmp = mkdtempSync(join(tmpdir(), 'contract-sqlite-'));
const opened: Storage[] = [];
let file = '';
let n = 0;

const harness: Harness = {
  async fresh() {
    file = join(tmp, `c-${++n}.sqlite`);
    const s = new SqliteStorage(openDatabase(file));
    opened.push(s);
    return s;
  },
  async second() {
    const s = new SqliteStorage(openDatabase(file));
    opened.push(s);
    return s;
  },
  async count(table: string) {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    } finally {
      db.close();
    }
  }
};

afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('SQLite storage', () => {
  liveContract(harness);
  scenarioContract(harness);
});
