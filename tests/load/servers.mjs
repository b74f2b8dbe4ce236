// Server processes for the load test: the BUILT app (build/index.js) on 127.0.0.1, N processes on one database
// (a SQLite file for one process; a PostgreSQL database, from DATABASE_URL, for several). Stopped with SIGTERM.
import { spawn } from 'node:child_process';
import { freePort } from '../fixtures/pg-cluster.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts `count` processes with `env` added; resolves when all answer. Returns { bases, children, stop(), log() }. */
export async function startServers(root, count, env) {
  const servers = [];
  let log = '';
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    const child = spawn(process.execPath, ['build/index.js'], {
      cwd: root,
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', BODY_SIZE_LIMIT: '4M' },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    child.stdout.on('data', (d) => (log += `[${i}] ${d}`));
    child.stderr.on('data', (d) => (log += `[${i}] ${d}`));
    servers.push({ child, base: `http://127.0.0.1:${port}` });
  }
  const stop = async () => {
    await Promise.all(
      servers.map(
        ({ child }) =>
          new Promise((r) => {
            if (child.exitCode !== null || child.signalCode !== null) return r();
            const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(t);
              r();
            });
            child.kill('SIGTERM');
          })
      )
    );
  };
  for (const { child, base } of servers) {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/regions`)).status < 500) break;
      } catch {
        // not listening yet
      }
      if (i > 150 || child.exitCode !== null) {
        await stop();
        throw new Error(`de server startte niet:\n${log}`);
      }
      await sleep(200);
    }
  }
  return { bases: servers.map((s) => s.base), children: servers.map((s) => s.child), stop, log: () => log };
}
