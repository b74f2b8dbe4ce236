/**
 * The app's one storage interface: saved scenarios and live sessions (questions, participants, votes, scenarios
 * for rating, ratings), with the notifier that tells the event streams of every process that a session changed.
 * Two implementations: SQLite (better-sqlite3, embedded, the default; sqlite-storage.ts) and PostgreSQL
 * (DATABASE_URL=postgres://..., for several app processes on one database; pg-storage.ts). The same contract
 * tests run against both (tests/unit/storage-contract*.test.ts).
 *
 * Every method that changes something returns after its commit. Methods throw HttpErrors for the user (LiveError
 * 4xx; StorageUnavailableError 503 when the database cannot be reached) and DatabaseVersionError for a database
 * of a newer app version.
 *
 * Relative imports only (see db.ts).
 */
import type { LiveNotifier } from './live/notifier';
import type { LiveStorage } from './live/storage';

/** A saved scenario as stored: the file (validated before the insert) as JSON text. */
export interface ScenarioRecord {
  id: string;
  schemaVersion: number;
  region: string;
  sector: string;
  name: string;
  /** The scenario file as JSON text. */
  body: string;
  /** ISO 8601 UTC. */
  createdAt: string;
}

export interface ScenarioSummary {
  id: string;
  region: string;
  sector: string;
  name: string;
  createdAt: string;
  editCount: number;
}

export interface ScenarioQuery {
  region?: string;
  ids?: readonly string[];
  limit: number;
}

/** A share id that is already taken (the caller draws another one). */
export class IdTakenError extends Error {
  constructor() {
    super('share id taken');
    this.name = 'IdTakenError';
  }
}

export interface Storage extends LiveStorage {
  readonly kind: 'sqlite' | 'postgres';
  /** "Session changed" between the event streams of this process and (PostgreSQL) all others. */
  readonly notifier: LiveNotifier;
  /** Where the data live, without secrets (a file path or a redacted URL): for the start-up log. */
  readonly where: string;
  /** Stores an immutable saved scenario. Throws IdTakenError when the id exists. */
  insertScenario(record: ScenarioRecord): Promise<void>;
  /** The stored scenario with its body, or null. */
  scenario(id: string): Promise<(ScenarioSummary & { body: string }) | null>;
  /** Newest first, without bodies. */
  scenarios(query: ScenarioQuery): Promise<ScenarioSummary[]>;
  /** The schema version of the database. */
  schemaVersion(): Promise<number>;
  /** Closes connections (and the notifier's); the object cannot be used afterwards. */
  close(): Promise<void>;
}
