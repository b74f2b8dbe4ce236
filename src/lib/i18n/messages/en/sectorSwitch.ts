/** English messages, namespace `sectorSwitch`: the same keys as ../nl/sectorSwitch.ts. */
import type { Strings } from '../types';
import type { sectorSwitch as nl } from '../nl/sectorSwitch';

export const sectorSwitch: Strings<typeof nl> = {
  schools: 'Education',
  others: 'Other facilities',
  ownFile: '(your own file)',
  noFile: 'no file',
  schoolOne: '{n} school',
  schoolMany: '{n} schools',
  locationOne: '{n} site',
  locationMany: '{n} sites',
  name: { sport: 'Sport', zorg: 'Care', welzijn: 'Wellbeing' }
};
