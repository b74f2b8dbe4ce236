/** English messages, namespace `workshopShell`: the same keys as ../nl/workshopShell.ts. */
import type { Strings } from '../types';
import type { workshopShell as nl } from '../nl/workshopShell';

export const workshopShell: Strings<typeof nl> = {
  pageTitle: '{region} · Transitieatlas',
  scenarioColumn: 'Scenario',
  sideColumn: 'School and indicators',
  population: 'Population: {source}',
  sectorSource: '{sector}: {source}',
  noDataKey: '{sector}: no data yet. Choose a file on the map.',
  noDataPanel: 'No {many} yet: choose a file on the map to see the figures.',
  computing: 'Calculating the figures…',
  bar: {
    label: 'Scenario',
    readOnly: 'Shared scenario — read-only',
    editCopy: 'Edit a copy',
    edits: 'Changes',
    count: '({n})',
    empty: 'No changes yet: this is the current situation.',
    removeTitle: 'Remove this change',
    removeLabel: 'Remove: {edit}',
    newLocation: '+ New location on the map',
    undo: '↶ Undo',
    undoTitle: 'Undo (Ctrl+Z)',
    redo: '↷ Redo',
    redoTitle: 'Redo (Ctrl+Shift+Z)',
    reset: 'Back to today',
    resetTitle: 'Remove all changes: back to the current situation'
  },
  edit: {
    unreadable: 'Unreadable change',
    close: 'Close {facility}',
    merge: 'Merge {facility} with {into}',
    mergeElsewhere: ' (missing school types elsewhere)',
    mergeMove: ' (school types move along)',
    open: 'New location: {name}',
    openAt: 'New location: {name}, {place}',
    capacity: 'Capacity {facility}: {n} {users}',
    unknown: "Unknown change ''{op}''"
  },
  refusal: {
    message: 'Change {n} ({edit}) is not possible: {reason}.',
    dropped: 'The change has been left out; the other changes remain.',
    reverted: 'The removal has been undone, because a later change depends on it.',
    prefix: 'The map shows the scenario up to that change.',
    unknownInto: "the {one} ''{id}'' to merge into does not exist in this region",
    unknown: "the {one} ''{id}'' does not exist in this region and sector",
    alreadyClosed: '{facility} is already closed',
    context:
      '{facility} lies outside the region; that {one} can take in {users}, but closing or changing it is not up to this region',
    self: 'a {one} cannot merge with itself',
    intoClosed: '{facility} is already closed and cannot take in {users}',
    noneLeft: 'no open {one} is left to take in the {users}',
    idExists: "the code ''{id}'' already exists",
    outsideNl: 'that spot lies outside the Netherlands',
    capacity: 'the capacity must be a number of 0 or more',
    missingTracks: 'choose what happens to a missing school type: move along or elsewhere',
    tracks: 'the school types of the new location are invalid',
    incomplete: 'the change is incomplete',
    unknownOp: 'the atlas does not know this kind of change'
  }
};
