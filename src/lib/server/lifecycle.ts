/**
 * Start and stop of the server process (called by the init hook in src/hooks.server.ts).
 *
 * Start: the storage is opened and migrated before the first request (SQLite file, or PostgreSQL with
 * DATABASE_URL). When that fails, one line on stderr says why (no stack trace, no password) and the process exits
 * with code 1, so a process manager or orchestrator sees it at once.
 *
 * Stop (SIGTERM / SIGINT): adapter-node stops accepting connections and waits for the requests in progress; we
 * end the event streams at once (they would hold the server open; their clients reconnect, to another process
 * behind the proxy) and, once the last request has finished (`sveltekit:shutdown`), close the pool / database.
 */
import { closeLiveStreams } from './live/index';
import { closeStorage, openStorage, startFailure } from './storage-select';

let stopping = false;

export async function startServer(options: { handleSignals: boolean }): Promise<void> {
  try {
    const s = await openStorage();
    const version = await s.schemaVersion();
    console.log(
      `[db] ${s.kind === 'postgres' ? 'PostgreSQL' : 'SQLite'} ${s.where} (schemaversie ${version})`
    );
  } catch (e) {
    console.error(startFailure(e));
    process.exit(1);
  }
  if (!options.handleSignals) return;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    closeLiveStreams();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.once('sveltekit:shutdown' as 'exit', () => {
    closeStorage().catch((e: unknown) => console.error('[db] sluiten mislukt:', e));
  });
}
