/**
 * The message catalogue (svelte-i18n over messages/nl.ts and messages/en.ts): `t('proposal.title')` is the text in
 * the page's language, `t('model.scale', { s: '1,02' })` fills ICU placeholders. Typed keys: a misspelt key does
 * not compile. The locale is fixed when this module loads (see locale.ts), so module-level texts are safe.
 * Values are passed as strings already formatted for the locale (formatCount, ...), never as raw numbers.
 */
import { addMessages, format, init } from 'svelte-i18n';
import { get } from 'svelte/store';
import { detectLocale, type Locale } from './locale';
import { english } from './english';
import { nl } from './messages/nl';
import type { MessageKey } from './messages/types';

/**
 * The messages of both languages. In the page `en` is there only when the page speaks English (english.ts: the
 * English messages are not part of a Dutch page's first load); in Node both always are.
 */
export const CATALOGUE = { nl, en: english } as const;

addMessages('nl', nl as unknown as Record<string, string>);
if (english) addMessages('en', english as unknown as Record<string, string>);

/** The page's language. */
export const LOCALE: Locale = detectLocale();
void init({ fallbackLocale: 'nl', initialLocale: LOCALE });

/** The `Intl` locale of the page's language: numbers and dates ("20.637" and "20,637"). */
export const INTL_LOCALE = LOCALE === 'en' ? 'en-GB' : 'nl-NL';

/** One message in the page's language, placeholders filled. */
export function t(key: MessageKey, values?: Record<string, string>): string {
  return get(format)(key, { values });
}
