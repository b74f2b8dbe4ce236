/**
 * Which language the page speaks: `?lang=en` or `?lang=nl` in the address wins (and is remembered), else the
 * remembered choice (localStorage), else Dutch. Outside the browser (CLI, server, unit tests) always Dutch.
 * The choice holds for the page's life: switching reloads the page (the session is kept in localStorage and the
 * URL), so every text module, table header and export reads one language.
 */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';
export const LOCALE_KEY = 'transitieatlas.lang';

export const isLocale = (v: unknown): v is Locale => LOCALES.includes(v as Locale);

/** The locale from an address's query and a remembered value (pure, so it is tested without a browser). */
export function pickLocale(search: string, remembered: string | null): Locale {
  const asked = new URLSearchParams(search).get('lang');
  if (isLocale(asked)) return asked;
  if (isLocale(remembered)) return remembered;
  return DEFAULT_LOCALE;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (private mode): Dutch, not remembered
  }
}

/** The page's locale, remembered when the address asked for one; sets `<html lang>`. */
export function detectLocale(): Locale {
  if (typeof location === 'undefined') return DEFAULT_LOCALE;
  const store = storage();
  const locale = pickLocale(location.search, store?.getItem(LOCALE_KEY) ?? null);
  if (new URLSearchParams(location.search).has('lang')) store?.setItem(LOCALE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  return locale;
}

/** Remember `locale` and reload the page in it (an explicit `lang` in the address is replaced). */
export function switchLocale(locale: Locale): void {
  storage()?.setItem(LOCALE_KEY, locale);
  const url = new URL(location.href);
  if (url.searchParams.has('lang')) url.searchParams.set('lang', locale);
  location.replace(url.toString());
}
