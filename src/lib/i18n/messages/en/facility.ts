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
  placeUnknown: 'place unknown',
  outsideRegion: 'outside the region',
  belowNorm: 'below the threshold',
  aboveNorm: 'above the threshold',
  flow: {
    closedLater: 'later closed too',
    countUnknown: 'number unknown',
    now: 'now {count} {users}',
    withNorm: 'now {count} {users}, threshold {norm}: {verdict}'
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
