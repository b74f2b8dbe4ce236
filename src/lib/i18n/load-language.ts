/**
 * Loads the page's language before the app starts (src/hooks.client.ts): the English messages are a chunk of
 * their own, fetched only when the page speaks English. Module-level texts stay safe: every module that uses the
 * catalogue is part of a page, and SvelteKit imports the pages only after its `init` hook has finished.
 * This module must not import the catalogue (it runs before it).
 */
import { detectLocale } from './locale';
import type { Messages } from './messages/types';

let english: Messages | null = null;

export async function loadPageLanguage(): Promise<void> {
  if (detectLocale() !== 'en') return;
  try {
    english = (await import('./messages/en')).en;
  } catch (e) {
    // Not reachable (offline before this build's files were kept): the page works in Dutch, the fallback.
    console.warn('English messages could not be loaded; the page shows Dutch', e);
  }
}

/** The English messages once loadPageLanguage() has loaded them, else null. */
export const loadedEnglish = (): Messages | null => english;
