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

/** The namespaces in the catalogue so far: those of nl.ts, then the lazy ones their parts add (addNamespaces). */
const loaded = new Set<string>(Object.keys(nl));

/**
 * Adds lazy namespaces (messages/lazy.ts) in both languages: called by `$lib/i18n/parts/<namespace>`, which the
 * module that uses the namespace imports, so its messages arrive with it and not with the first page.
 */
export function addNamespaces(dutch: Record<string, unknown>, englishPart: Record<string, unknown>): void {
  addMessages('nl', dutch as Record<string, string>);
  addMessages('en', englishPart as Record<string, string>);
  for (const ns of Object.keys(dutch)) loaded.add(ns);
}

/** A key of a namespace whose part was not imported: a programming error, loud in tests, visible in the page. */
function notLoaded(key: string): string {
  const ns = key.slice(0, key.indexOf('.'));
  const error = new Error(
    `message '${key}': namespace '${ns}' is not loaded: the module that uses it must import $lib/i18n/parts/${ns}`
  );
  if (import.meta.env?.MODE === 'test' || typeof window === 'undefined') throw error;
  // In the page: an uncaught error (the e2e tests fail on it) without breaking what is being drawn.
  queueMicrotask(() => {
    throw error;
  });
  return key;
}

/** One message in the page's language, placeholders filled. */
export function t(key: MessageKey, values?: Record<string, string>): string {
  if (!loaded.has(key.slice(0, key.indexOf('.')))) return notLoaded(key);
  return get(format)(key, { values });
}
