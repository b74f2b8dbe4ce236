/**
 * Request helpers for the JSON API: bounded body reading and one error wrapper.
 *
 * Every error leaves as `{ "error": "<Dutch message>" }` with its status; an unexpected error is logged here and
 * answered with a generic 500, never a stack trace.
 */
import { json } from '@sveltejs/kit';
import { ScenarioFormatError } from '../export/scenario-files';
import { DatabaseVersionError } from './db';
import { STORAGE_TEXT } from './storage-text';

/**
 * Largest accepted request body. A scenario with hundreds of edits is a few KiB; one that carries its imported
 * data (scenario file version 2) holds ~200 bytes per facility and ~150 per population unit, so 4 MiB takes the
 * file format's caps (5,000 facilities with a population table of several thousand units). The Node adapter has a
 * limit of its own (env BODY_SIZE_LIMIT, default 512K): run the server with BODY_SIZE_LIMIT=4M to use all of it.
 */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** The Node adapter's default BODY_SIZE_LIMIT (`512K`). */
const ADAPTER_DEFAULT_LIMIT = 512 * 1024;

/** The adapter's body limit as adapter-node reads env BODY_SIZE_LIMIT (bytes, or a K / M / G suffix). */
export function adapterBodyLimit(value = process.env.BODY_SIZE_LIMIT): number {
  if (value === undefined || value.trim() === '') return ADAPTER_DEFAULT_LIMIT;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$/i.exec(value);
  if (!m) return value.trim() === 'Infinity' ? Infinity : ADAPTER_DEFAULT_LIMIT;
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * unit;
}

/** An error with an HTTP status and a message for the user (Dutch). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function jsonError(status: number, message: string): Response {
  return json({ error: message }, { status, headers: { 'cache-control': 'no-store' } });
}

function formatLimit(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}

function tooLarge(limit: number): HttpError {
  return new HttpError(
    413,
    `Het verzoek is te groot (maximaal ${formatLimit(limit)}). Een scenario met zo veel voorzieningen of ` +
      'inwonergegevens kan niet via een link gedeeld worden; exporteer het als bestand (Exporteren, JSON).'
  );
}

/**
 * Read a JSON request body of at most `limit` bytes. The limit is checked on Content-Length and again while
 * reading, so a chunked body without a length cannot grow past it either. Throws HttpError 413 / 400.
 */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = request.headers.get('content-length');
  if (declared !== null) {
    if (!/^\d+$/.test(declared.trim())) throw new HttpError(400, 'Ongeldige Content-Length');
    if (Number(declared) > limit) throw tooLarge(limit);
  }
  if (!request.body) throw new HttpError(400, 'Het verzoek heeft geen body (verwacht: JSON)');

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (e) {
      // The Node adapter errors the stream itself past its BODY_SIZE_LIMIT or a wrong Content-Length.
      // Its limit may be lower than ours (BODY_SIZE_LIMIT not raised): name the limit that applied.
      if ((e as { status?: unknown } | null)?.status === 413) {
        throw tooLarge(Math.min(limit, adapterBodyLimit()));
      }
      throw new HttpError(400, 'De body van het verzoek kon niet gelezen worden');
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop reading but do not cancel: cancelling destroys the socket before the 413 is sent, so the client
      // would see a connection reset. Node discards the rest of an unread body after the response.
      reader.releaseLock();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'De body is geen geldige UTF-8-tekst');
  }
  if (text.trim() === '') throw new HttpError(400, 'Het verzoek heeft een lege body (verwacht: JSON)');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, `Ongeldige JSON: ${(e as Error).message}`);
  }
}

/** Map any thrown error to a JSON response; unexpected ones are logged and hidden. */
export function errorResponse(e: unknown, what = 'verzoek'): Response {
  if (e instanceof HttpError) {
    // A database that went away (StorageUnavailableError): say so in the log once per request, briefly.
    if (e.status === 503 && e.name === 'StorageUnavailableError') {
      const cause = (e as { cause?: { message?: unknown } }).cause;
      console.error(`[api] database niet bereikbaar bij ${what}: ${String(cause?.message ?? '')}`);
    }
    return jsonError(e.status, e.message);
  }
  if (e instanceof ScenarioFormatError) return jsonError(400, `Ongeldig scenario: ${e.message}`);
  if (e instanceof DatabaseVersionError) {
    console.error(`[api] ${e.message}`);
    return jsonError(503, STORAGE_TEXT.version);
  }
  const code = (e as { code?: unknown } | null)?.code;
  if (
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_FULL' ||
    code === 'SQLITE_CANTOPEN' ||
    code === 'SQLITE_READONLY'
  ) {
    console.error(`[api] storage unavailable while handling ${what}:`, e);
    return jsonError(503, STORAGE_TEXT.unavailable);
  }
  console.error(`[api] unexpected error while handling ${what}:`, e);
  return jsonError(500, 'Er ging iets mis op de server');
}

/** Wrap a route handler so that nothing it throws escapes as an HTML page or a stack trace. */
export function withErrors<E extends { request: Request }>(
  handler: (event: E) => Response | Promise<Response>
): (event: E) => Promise<Response> {
  return async (event) => {
    try {
      return await handler(event);
    } catch (e) {
      return errorResponse(e, `${event.request.method} ${new URL(event.request.url).pathname}`);
    }
  };
}
