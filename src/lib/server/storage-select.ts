/**
 * The server's storage, chosen by the environment: DATABASE_URL=postgres://... (or postgresql://) selects
 * PostgreSQL; without it the embedded SQLite file (TRANSITIEATLAS_DB, default data/transitieatlas.sqlite). The
 * server's init hook opens it at start (migrations included, lifecycle.ts); tests and tools open it on first use.
 * A PostgreSQL that cannot be reached at first use is a 503 (StorageUnavailableError); the next request tries
 * again.
 *
 * Relative imports only (see db.ts).
 */
import { DatabaseVersionError, getDb } from './db';
import { isUnavailable, mapUnavailable, redactUrl, StorageUnavailableError } from './pg';
import { PgStorage } from './pg-storage';
import { SqliteStorage } from './sqlite-storage';
import type { Storage } from './storage';
import { STORAGE_TEXT } from './storage-text';

/** DATABASE_URL when set (trimmed), else null. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const v = env.DATABASE_URL?.trim();
  return v ? v : null;
}

export const isPostgresUrl = (url: string) => /^postgres(?:ql)?:\/\//i.test(url);

/** A DATABASE_URL that is not a PostgreSQL URL (refused at start rather than ignored). */
export class DatabaseUrlError extends Error {
  constructor(url: string) {
    super(STORAGE_TEXT.badUrl(url.split(':')[0].slice(0, 20)));
    this.name = 'DatabaseUrlError';
  }
}

let current: Storage | null = null;
let currentKey: string | null = null;
let opening: { key: string; promise: Promise<Storage> } | null = null;

/** Opens (once) the storage the environment asks for; throws when it cannot be opened. */
export async function openStorage(): Promise<Storage> {
  const url = databaseUrl();
  if (url === null) {
    const db = getDb();
    if (!(current instanceof SqliteStorage && current.database === db)) {
      current = new SqliteStorage(db);
      currentKey = `sqlite:${db.name}`;
    }
    return current;
  }
  if (!isPostgresUrl(url)) throw new DatabaseUrlError(url);
  if (current && currentKey === url) return current;
  if (opening?.key !== url) {
    const promise = PgStorage.open(url).then(
      (s) => {
        const old = current;
        current = s;
        currentKey = url;
        opening = null;
        if (old && old !== s) void old.close().catch(() => {});
        return s;
      },
      (e: unknown) => {
        opening = null;
        throw e;
      }
    );
    opening = { key: url, promise };
  }
  return opening.promise;
}

/** The storage for a request: as openStorage, with "the database is not there" as a 503. */
export async function storage(): Promise<Storage> {
  try {
    return await openStorage();
  } catch (e) {
    return mapUnavailable(e);
  }
}

/** The storage when it is open (no opening), else null. */
export function openedStorage(): Storage | null {
  return current;
}

/** Closes the storage (shutdown, tests). The next use opens it again. */
export async function closeStorage(): Promise<void> {
  const s = current;
  current = null;
  currentKey = null;
  if (s) await s.close();
}

/** The one line the server prints when it cannot start on its database (no password, no stack trace). */
export function startFailure(error: unknown): string {
  const e = error instanceof StorageUnavailableError && error.cause ? error.cause : error;
  if (e instanceof DatabaseUrlError) return e.message;
  if (e instanceof DatabaseVersionError) return STORAGE_TEXT.versionStart(e.message);
  const url = databaseUrl();
  const where = url
    ? redactUrl(url)
    : `(SQLite) ${process.env.TRANSITIEATLAS_DB || 'data/transitieatlas.sqlite'}`;
  const err = e as { code?: unknown; message?: unknown; errors?: { message?: unknown }[] };
  let reason = typeof err?.message === 'string' && err.message ? err.message : '';
  if (!reason && Array.isArray(err?.errors)) reason = err.errors.map((x) => String(x.message)).join('; ');
  if (typeof err?.code === 'string' && !reason.includes(err.code)) reason = `${err.code} ${reason}`.trim();
  if (!reason) reason = String(e);
  const line = STORAGE_TEXT.cannotStart(where, reason.replace(/\s+/g, ' ').trim());
  return isUnavailable(e) || url ? line : line.replace(' is niet bereikbaar', ' kan niet geopend worden');
}
