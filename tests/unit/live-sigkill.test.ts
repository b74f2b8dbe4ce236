/**
 * Durability of votes: a server (child process, the real LiveService on SQLite over HTTP) is killed with SIGKILL
 * while 40 participants vote as fast as it answers. Restarted on the same file, it has every acknowledged vote:
 * per participant and question the stored answer is the last acknowledged one, or the one request that was in
 * flight at the kill (sent, never acknowledged). The database passes integrity_check.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db';
import { SqliteLiveStorage } from '../../src/lib/server/live/sqlite';
import { Q } from '../../src/lib/live/questions';
import type { Tally } from '../../src/lib/live/types';

const PARTICIPANTS = 40;
const ACKS_BEFORE_KILL = 400;
const tmp = mkdtempSync(join(tmpdir(), 'live-sigkill-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

function start(file: string): Promise<{ child: ChildProcess; base: string; stderr: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'live-sigkill.child.ts'), file], {
    cwd: join(__dirname, '../..'),
    stdio: ['ignore', 'pipe', 'pipe']
  });
  children.push(child);
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /port (\d+)/.exec(out);
      if (m) resolve({ child, base: `http://127.0.0.1:${m[1]}`, stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}): ${err}`)));
  });
}

// The answers each participant cycles through (all valid for the default po questions).
const ANSWERS: [string, (i: number) => number | string][] = [
  [Q.maxDistance, (i) => 1 + (i % 29) * 0.5],
  [Q.minPupils, (i) => (i % 7 === 0 ? 'norm' : (i % 80) * 5)],
  [Q.village, (i) => ['ja', 'groot', 'nee'][i % 3]],
  [Q.denomination, (i) => ['zeer', 'redelijk', 'niet'][i % 3]],
  [Q.maxLocations, (i) => 1 + (i % 132)]
];

it('keeps every acknowledged vote after SIGKILL and answers with it after a restart', async () => {
  const file = join(tmp, 'votes.sqlite');
  const first = await start(file);
  const res = await fetch(`${first.base}/api/sessions`, {
    method: 'POST',
    body: JSON.stringify({ region: 'achterhoek', sector: 'po' })
  });
  expect(res.status).toBe(201);
  const { code, facilitatorToken } = await res.json();

  // Per participant and question: the last acknowledged value, and the value of a request in flight.
  const acked = new Map<string, number | string>();
  const inFlight = new Map<string, number | string>();
  let acks = 0;
  let killed = false;
  const killedAt = new Promise<void>((resolve) => {
    const vote = async (p: number) => {
      for (let k = 0; !killed; k++) {
        const i = p + k * PARTICIPANTS;
        const [question, valueOf] = ANSWERS[(p + k) % ANSWERS.length];
        const value = valueOf(i);
        const participant = `sigkill-participant-${p}`;
        const key = `${participant}|${question}`;
        inFlight.set(key, value);
        let r: Response;
        try {
          r = await fetch(`${first.base}/api/sessions/${code}/votes`, {
            method: 'POST',
            body: JSON.stringify({ participant, question, value })
          });
          await r.json();
        } catch {
          return; // the server died under this request: it stays "in flight"
        }
        expect(r.status).toBe(200);
        acked.set(key, value);
        inFlight.delete(key);
        if (++acks >= ACKS_BEFORE_KILL && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
          resolve();
        }
      }
    };
    for (let p = 0; p < PARTICIPANTS; p++) void vote(p);
  });
  await killedAt;
  const exit = await new Promise<NodeJS.Signals | null>((r) =>
    first.child.exitCode !== null ? r(first.child.signalCode) : first.child.once('exit', (_c, s) => r(s))
  );
  expect(exit).toBe('SIGKILL');
  expect(first.stderr()).toBe('');
  expect(acked.size).toBeGreaterThan(PARTICIPANTS * 2); // several questions per participant, replaced answers

  // Restarted on the same file: the server's tally counts every acknowledged answer.
  const second = await start(file);
  const tally = (await (
    await fetch(`${second.base}/api/sessions/${code}/tally`, {
      headers: { authorization: `Bearer ${facilitatorToken}` }
    })
  ).json()) as Tally;
  for (const [question] of ANSWERS) {
    const ackedHere = [...acked.keys()].filter((k) => k.endsWith(`|${question}`)).length;
    const count = tally.questions.find((q) => q.id === question)!.count;
    expect(count).toBeGreaterThanOrEqual(ackedHere);
    expect(count).toBeLessThanOrEqual(
      ackedHere + [...inFlight.keys()].filter((k) => k.endsWith(`|${question}`)).length
    );
  }
  second.child.kill('SIGKILL');

  const db = openDatabase(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Map(
      (await new SqliteLiveStorage(db).exportVotes(code)).map((v) => [
        `${v.participant}|${v.question}`,
        v.value
      ])
    );
    const lost = [...acked].filter(([key, value]) => {
      const s = stored.get(key);
      return s !== value && !(inFlight.has(key) && s === inFlight.get(key));
    });
    expect(lost).toEqual([]);
  } finally {
    db.close();
  }
}, 120_000);
