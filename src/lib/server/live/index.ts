/**
 * The server's live session service, created on first use: SQLite storage in the database of saved scenarios,
 * the in-process notifier, bundles from geodata/. The place where a PostgreSQL storage and LISTEN/NOTIFY notifier
 * will be chosen (DATABASE_URL) beside these.
 *
 * Environment: TRANSITIEATLAS_PUBLIC_URL (base of the participant link, e.g. https://atlas.example.nl, when the
 * server is reached under another name than the facilitator's browser uses), TRANSITIEATLAS_LIVE_MAX_PARTICIPANTS
 * (default 2000 per session).
 */
import { getDb } from '../db';
import { readBundle } from '../bundles';
import type { RegionBundle } from '$lib/engine/geodata/schema';
import { InProcessNotifier } from './notifier';
import { manifestDirectory } from './regions';
import { scenarioPreparer } from './scenario-prep';
import { LiveService } from './service';
import { SqliteLiveStorage } from './sqlite';

let service: LiveService | null = null;
let parsed: { etag: string; bundle: RegionBundle } | null = null;

async function loadBundle(region: string): Promise<RegionBundle | null> {
  const cached = await readBundle(region);
  if (!cached) return null;
  if (parsed?.etag !== cached.etag) parsed = { etag: cached.etag, bundle: JSON.parse(cached.json) };
  return parsed.bundle;
}

export function liveService(): LiveService {
  if (!service) {
    const max = Number(process.env.TRANSITIEATLAS_LIVE_MAX_PARTICIPANTS);
    const created = new LiveService({
      storage: new SqliteLiveStorage(getDb()),
      notifier: new InProcessNotifier(),
      regions: manifestDirectory,
      prepareScenario: scenarioPreparer(loadBundle),
      publicUrl: process.env.TRANSITIEATLAS_PUBLIC_URL || null,
      limits: Number.isInteger(max) && max > 0 ? { maxParticipants: max } : {}
    });
    // adapter-node waits for open connections on shutdown: end the event streams (clients reconnect elsewhere).
    process.once('sveltekit:shutdown' as 'exit', () => created.hub.close());
    service = created;
  }
  return service;
}

/** Forget the service (tests: a new database per file). */
export function resetLiveService(): void {
  service?.hub.close();
  service = null;
}
