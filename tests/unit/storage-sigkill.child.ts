/**
 * Child process of storage-sigkill.test.ts: saves scenarios in a tight loop and writes each id to stdout only
 * after saveScenario resolved (the insert committed). Writes are synchronous so an id is never printed early.
 * Usage: node --import tsx tests/unit/storage-sigkill.child.ts <db-file>
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../src/lib/server/db';
import { saveScenario } from '../../src/lib/server/scenarios';
import { SqliteStorage } from '../../src/lib/server/sqlite-storage';

const db = new SqliteStorage(openDatabase(process.argv[2]));
writeSync(1, 'ready\n');
for (let i = 0; i < 1_000_000; i++) {
  const { id } = await saveScenario(
    {
      schemaVersion: 1,
      region: 'achterhoek',
      sector: i % 2 ? 'po' : 'vo',
      name: `burst ${i}`,
      edits: [{ op: 'close', facility: `X${i}` }]
    },
    db
  );
  writeSync(1, `${id}\n`);
}
