/**
 * The live session's words in the workshop header (start button, running badge): the only live texts the atlas
 * needs before a session starts, so they load without the rest (live-ui-text.ts, which includes these).
 * From the message catalogue (namespace `live`).
 */
import { t } from '$lib/i18n/catalogue';
import { formatDecimal } from '$lib/i18n/format';

/** "1 deelnemer", "12 deelnemers". */
export const people = (n: number) =>
  n === 1 ? t('live.peopleOne') : t('live.people', { n: formatDecimal(n) });

export const LIVE_START_TEXT = {
  start: t('live.start'),
  starting: t('live.starting'),
  running: (code: string, n: number) => t('live.running', { code, people: people(n) })
} as const;
