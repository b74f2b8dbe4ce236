/**
 * In the page, instead of english.ts (see vite.config.ts): the English messages that src/hooks.client.ts loaded
 * before the app started (load-language.ts), or null on a Dutch page.
 */
import { loadedEnglish } from './load-language';

export const english = loadedEnglish();
