/**
 * The import's messages from the catalogue (namespace importProblems): in the page's language in the browser,
 * always Dutch in Node (CLI, unit tests). Numbers are passed as strings (row numbers are never grouped).
 */
import '../i18n/parts/importProblems';
import { LOCALE, t } from '../i18n/catalogue';
import type { MessageKey } from '../i18n/messages/types';

type ProblemKey = MessageKey extends infer K ? (K extends `importProblems.${infer R}` ? R : never) : never;

/** One import message, placeholders filled (numbers as plain digits). */
export function say(key: ProblemKey, values?: Record<string, string | number>): string {
  const strings = values
    ? Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]))
    : undefined;
  return t(`importProblems.${key}` as MessageKey, strings);
}

/** The decimal mark of the messages' numbers: "6,71" in Dutch, "6.71" in English. */
export const DECIMAL_MARK = LOCALE === 'en' ? '.' : ',';
