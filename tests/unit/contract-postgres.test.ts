/**
 * The storage contract (tests/unit/contract) on PostgreSQL: a throw-away cluster of Debian's postgresql (initdb
 * in a temp folder, pg_ctl on a free loopback port, as the postgres user when run as root), an empty schema and
 * the migrations from scratch per test; "another app process" is a second PgStorage (its own pool and LISTEN
 * connection) on the same database. Missing PostgreSQL binaries fail this file with a clear message.
 */
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PgStorage } from '../../src/lib/server/pg-storage';
import type { Storage } from '../../src/lib/server/storage';
import { findPgBin, PG_MISSING, startCluster, type Cluster } from '../fixtures/pg-cluster.mjs';
import { liveContract, type Harness } from './contract/live-contract';
import { scenarioContract } from './contract/scenario-contract';

let cluster: Cluster | null = null;
let url = '';
const opened: Storage[] = [];

beforeAll(async () => {
  cluster = await startCluster('contract');
  url = await cluster.createDatabase('contract');
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});
afterAll(() => cluster?.destroy());

async function sql(text: string): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(text);
  } finally {
    await c.end();
  }
}

const harness: Harness = {
  async fresh() {
    for (const s of opened.splice(0)) await s.close();
    await sql('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    const s = await PgStorage.open(url);
    opened.push(s);
    return s;
  },
  async second() {
    const s = await PgStorage.open(url);
    opened.push(s);
    return s;
  },
  async count(table: string) {
    return Number((await sql(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  }
};

it('has the PostgreSQL binaries (initdb, pg_ctl) the tests need', () => {
  expect(findPgBin(), PG_MISSING).not.toBeNull();
});

describe('PostgreSQL storage', () => {
  liveContract(harness);
  scenarioContract(harness);
});
