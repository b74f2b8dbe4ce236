/**
 * The server's live session service, created on first use on the server's storage (storage-select.ts: SQLite,
 * or PostgreSQL with DATABASE_URL) and its notifier (in-process, or LISTEN/NOTIFY), bundles from geodata/.
 *
 * Environment: TRANSITIEATLAS_PUBLIC_URL (base of the participant link, e.g. https://atlas.example.nl, when the
 * server is reached under another name than the facilitator's browser uses), TRANSITIEATLAS_LIVE_MAX_PARTICIPANTS
 * (default 2000 per session).
 */
import { readBundle } from '../bundles';
import type { RegionBundle } from '$lib/engine/geodata/schema';
import { storage } from '../storage-select';
import type { Storage } from '../storage';
import { manifestDirectory } from './regions';
import { scenarioPreparer } from './scenario-prep';
import { LiveService } from './service';

let service: LiveService | null = null;
let serviceStorage: Storage | null = null;
let parsed: { etag: string; bundle: RegionBundle } | null = null;

async function loadBundle(region: string): Promise<RegionBundle | null> {
  const cached = await readBundle(region);
  if (!cached) return null;
  if (parsed?.etag !== cached.etag) parsed = { etag: cached.etag, bundle: JSON.parse(cached.json) };
  return parsed.bundle;
}

/** The service on the server's storage (a 503 StorageUnavailableError when the database cannot be reached). */
export async function liveService(): Promise<LiveService> {
  const store = await storage();
  if (!service || serviceStorage !== store) {
    service?.hub.close();
    const max = Number(process.env.TRANSITIEATLAS_LIVE_MAX_PARTICIPANTS);
    service = new LiveService({
      storage: store,
      notifier: store.notifier,
      regions: manifestDirectory,
      prepareScenario: scenarioPreparer(loadBundle),
      publicUrl: process.env.TRANSITIEATLAS_PUBLIC_URL || null,
      limits: Number.isInteger(max) && max > 0 ? { maxParticipants: max } : {}
    });
    serviceStorage = store;
  }
  return service;
}

/** Ends every event stream of this process (shutdown: the clients reconnect, to another process if there is one). */
export function closeLiveStreams(): void {
  service?.hub.close();
}

/** Forget the service (tests: a new database per file). */
export function resetLiveService(): void {
  service?.hub.close();
  service = null;
  serviceStorage = null;
}
