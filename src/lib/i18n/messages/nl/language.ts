/** Dutch messages, namespace `language` (see ../nl.ts). */
export const language = {
  label: 'Taal',
  nl: 'NL',
  en: 'EN',
  nlName: 'Nederlands',
  enName: 'English'
} as const;
