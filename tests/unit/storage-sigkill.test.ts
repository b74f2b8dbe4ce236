/**
 * Durability: a server process killed with SIGKILL in the middle of a burst of saves loses no save it had
 * acknowledged, and the database file is intact afterwards. The child prints an id only after its insert
 * committed; we kill it after 200 acknowledgements and check every printed id is in the reopened database.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db';
import { getScenario } from '../../src/lib/server/scenarios';
import { SqliteStorage } from '../../src/lib/server/sqlite-storage';

const ACKS_BEFORE_KILL = 200;
const tmp = mkdtempSync(join(tmpdir(), 'storage-sigkill-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('keeps every acknowledged save after SIGKILL, and integrity_check is ok', async () => {
  const file = join(tmp, 'burst.sqlite');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'storage-sigkill.child.ts'), file],
    { cwd: join(__dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] }
  );
  const acked: string[] = [];
  let stderr = '';
  let partial = '';
  child.stderr.on('data', (d) => (stderr += d));

  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.stdout.on('data', (d: Buffer) => {
      const lines = (partial + d.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line !== 'ready') acked.push(line);
      if (acked.length >= ACKS_BEFORE_KILL && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
  });

  expect(stderr).toBe('');
  expect(exit.signal).toBe('SIGKILL'); // killed mid-burst, not finished or crashed
  // A line cut off by the kill was never fully acknowledged; everything before it was.
  expect(acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

  const db = openDatabase(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const count = db.prepare('SELECT count(*) FROM scenarios').pluck().get() as number;
    expect(count).toBeGreaterThanOrEqual(acked.length);
    const store = new SqliteStorage(db);
    const missing: string[] = [];
    for (const id of acked) if ((await getScenario(id, store)) === null) missing.push(id);
    expect(missing).toEqual([]);
  } finally {
    db.close();
  }
}, 60_000);
