/** English messages, namespace `live`: the same keys as ../nl/live.ts. */
import type { Strings } from '../types';
import type { live as nl } from '../nl/live';

export const live: Strings<typeof nl> = {
  start: 'Start live session',
  starting: 'Starting session…',
  running: 'Live {code} · {people}',
  peopleOne: '1 participant',
  people: '{n} participants'
};
