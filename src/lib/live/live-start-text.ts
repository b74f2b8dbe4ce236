/**
 * The live session's words in the workshop header (start button, running badge): the only live texts the atlas
 * needs before a session starts, so they load without the rest (live-ui-text.ts, which includes these).
 */
const people = (n: number) => (n === 1 ? '1 deelnemer' : `${n.toLocaleString('nl-NL')} deelnemers`);

export const LIVE_START_TEXT = {
  start: 'Live sessie starten',
  starting: 'Sessie starten…',
  running: (code: string, n: number) => `Live ${code} · ${people(n)}`
} as const;
