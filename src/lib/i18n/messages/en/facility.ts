/** English messages, namespace `facility`: the same keys as ../nl/facility.ts. */
import type { Strings } from '../types';
import type { facility as nl } from '../nl/facility';

export const facility: Strings<typeof nl> = {
  search: {
    label: 'Find a {one}',
    placeholderBrin: 'Name, place or BRIN',
    placeholderCode: 'Name, place or code',
    empty: 'No {one} found.'
  },
  merge: {
    title: 'Merge: {name}',
    intro: 'Choose the {one} the {count} {users} go to: click it on the map or search below.',
    searchLabel: 'Merge with'
  },
  place: {
    step: 'Click on the map where the new {one} goes.',
    stop: 'Stop'
  },
  status: {
    open: 'Open',
    closed: 'Closed',
    merged: 'Merged',
    new: 'New'
  },
  dismiss: 'Clear selection',
  placeUnknown: 'place unknown',
  outsideRegion: 'outside the region',
  usersNow: '{Users} now',
  afterScenario: 'After the scenario',
  norm: 'Threshold',
  normSubarea: 'sub-area',
  margin: 'margin',
  belowNorm: 'below the threshold',
  aboveNorm: 'above the threshold',
  capacity: 'Capacity',
  placeWithout: '{place} no longer has a {one}.',
  outflows: '{Users} go to',
  inflows: '{Users} come from',
  flow: {
    closedLater: 'later closed too',
    countUnknown: 'number unknown',
    now: 'now {count} {users}',
    withNorm: 'now {count} {users}, threshold {norm}: {verdict}'
  },
  actions: {
    close: 'Close',
    merge: 'Merge with…',
    capacity: 'Change capacity',
    capacityLabel: 'Capacity ({users})',
    save: 'Save',
    cancel: 'Cancel'
  },
  why: {
    readOnly: 'This is a shared scenario: make a copy to edit it.',
    context:
      'This {one} lies outside the region: it can take {users}, but it cannot be closed or changed here.',
    far: 'This {one} lies too far outside the region to count.',
    closed: 'This {one} is already closed in this scenario.'
  },
  empty: 'Click a {one} on the map, or search above, to see what closing or merging it would mean.',
  newLocation: 'New location'
};
