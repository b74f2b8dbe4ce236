/** English messages, namespace `language`: the same keys as ../nl/language.ts. */
import type { Strings } from '../types';
import type { language as nl } from '../nl/language';

export const language: Strings<typeof nl> = {
  label: 'Language',
  nl: 'NL',
  en: 'EN',
  nlName: 'Nederlands',
  enName: 'English'
};
