/**
 * The page's hooks. `init` runs before SvelteKit imports any page: it loads the page's language
 * (src/lib/i18n/load-language.ts).
 */
import type { ClientInit } from '@sveltejs/kit';
import { loadPageLanguage } from '$lib/i18n/load-language';

export const init: ClientInit = () => loadPageLanguage();
