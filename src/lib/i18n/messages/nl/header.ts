/** Dutch messages, namespace `header` (see ../nl.ts). */
export const header = {
  back: "← Alle regio's",
  region: 'Regio',
  country: 'Heel Nederland (groot)',
  help: 'Hoe werkt het?',
  presentation: 'Presentatie',
  presentationOff: 'Presentatie uit'
} as const;
