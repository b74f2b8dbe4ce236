/** English messages, namespace `header`: the same keys as ../nl/header.ts. */
import type { Strings } from '../types';
import type { header as nl } from '../nl/header';

export const header: Strings<typeof nl> = {
  back: '← All regions',
  region: 'Region',
  country: 'All of the Netherlands (large)',
  help: 'How does it work?',
  presentation: 'Presentation',
  presentationOff: 'Presentation off'
};
