/** English messages, namespace `facilityCard` (see ../nl/facilityCard.ts). */
import type { facilityCard as nl } from '../nl/facilityCard';
import type { Strings } from '../types';

export const facilityCard: Strings<typeof nl> = {
  merge: {
    title: 'Merge: {name}',
    intro: 'Choose the {one} the {count} {users} go to: click it on the map or search below.',
    searchLabel: 'Merge with'
  },
  dismiss: 'Clear selection',
  usersNow: '{Users} now',
  afterScenario: 'After the scenario',
  norm: 'Threshold',
  normSubarea: 'sub-area',
  margin: 'margin',
  capacity: 'Capacity',
  placeWithout: '{place} no longer has a {one}.',
  outflows: '{Users} go to',
  inflows: '{Users} come from',
  actions: {
    close: 'Close',
    merge: 'Merge with…',
    capacity: 'Change capacity',
    capacityLabel: 'Capacity ({users})',
    save: 'Save',
    cancel: 'Cancel'
  }
};
