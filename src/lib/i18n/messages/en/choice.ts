/** English messages, namespace `choice`: the same keys as ../nl/choice.ts. */
import type { Strings } from '../types';
import type { choice as nl } from '../nl/choice';

export const choice: Strings<typeof nl> = {
  controlLegend: 'Pupils of a closed school',
  allocation: {
    choice: 'Distribute by the choice model',
    nearest: 'All to the nearest school'
  },
  allocationShort: {
    choice: 'choice model (modelled)',
    nearest: 'nearest school'
  },
  controlHelp:
    'The choice model distributes the pupils over the schools that children from the same neighbourhoods go to ' +
    'today: nearby and of the same denomination weighs more. A merge always sends them to the chosen school.',
  evidenceLink: 'How well does the model fit?',
  modelledPupils: 'Modelled (choice model)',
  flowsByModel: 'distributed by the choice model (modelled)',
  modelledDistance: 'Mean travel distance by the choice model (modelled)',
  notForSector:
    'The choice model covers primary and secondary education; here users go to the nearest location.',
  pdfRule: {
    choice:
      'On closing, the choice model (modelled, calibrated on DUO pupils 1-10-2023) distributes the pupils over ' +
      'the open schools; on a merge they go to the chosen school.',
    nearest: 'On closing, the pupils go to the nearest open school; on a merge to the chosen school.'
  }
};
