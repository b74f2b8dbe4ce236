/** Route parameters of the live session API, checked before anything reaches the database. */
import { normaliseCode } from '../../live/code';
import { API_TEXT } from '../../live/live-text';
import { LiveError } from './storage';

/** The session code of a URL (case and spaces forgiven); 404 when it cannot be a code. */
export function codeParam(raw: string): string {
  const code = normaliseCode(raw);
  if (!code) throw new LiveError(404, API_TEXT.notFound);
  return code;
}

/** An id of a question or scenario in a URL: short and plain, else 404 naming it. */
export function idParam(raw: string, unknown: (id: string) => string): string {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(raw)) throw new LiveError(404, unknown(raw));
  return raw;
}
