/**
 * Session codes and participant ids: what they may look like, checked before anything reaches a query.
 *
 * A code is 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V pair): read from a projector at
 * the back of a room and typed on a phone, it survives. 30^6 ≈ 729 million codes; the server draws them with a
 * cryptographic generator and retries on the (rare) collision with a live session.
 */

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 6;
export const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A code from random integers (0 <= r < alphabet length), e.g. `crypto.randomInt`. */
export function codeFrom(randomIndex: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomIndex(CODE_ALPHABET.length)];
  return code;
}

/** What a person typed ("abc 123", "ABC-123") as a code, or null when it cannot be one. */
export function normaliseCode(text: string): string | null {
  if (typeof text !== 'string' || text.length > 40) return null;
  const code = text.toUpperCase().replace(/[\s\-.]/g, '');
  return CODE_PATTERN.test(code) ? code : null;
}

/** "ABC123" -> "ABC 123": easier to read aloud and from afar. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/**
 * A participant id: chosen by the phone (random, kept in localStorage), 8-64 characters of base64url or a UUID.
 * It is never shown to anyone; it only makes "one answer per participant per question" possible.
 */
export const PARTICIPANT_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export const MAX_NICKNAME = 40;

/**
 * A nickname as stored: trimmed, control and formatting characters removed, whitespace collapsed, at most
 * MAX_NICKNAME characters; null when nothing is left. It is text everywhere it appears (never HTML).
 */
export function cleanNickname(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const clean = value
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean) return null;
  return [...clean].slice(0, MAX_NICKNAME).join('');
}
