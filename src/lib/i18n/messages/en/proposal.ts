/** English messages, namespace `proposal`: the same keys as ../nl/proposal.ts. */
import type { Strings } from '../types';
import type { proposal as nl } from '../nl/proposal';

export const proposal: Strings<typeof nl> = {
  title: 'Proposal from criteria',
  intro: 'Let the atlas propose a spread of locations that meets the criteria of the room.',
  objective: 'Goal',
  objectives: {
    fewest: 'As few locations as possible',
    median: 'Fixed number of locations, shortest distance',
    coverage: 'Fixed number of locations, most children within the distance'
  },
  keep: 'Number of locations that stay open',
  maxDistance: 'Maximum distance (km)',
  share: 'Share of children within that distance (%)',
  minPupils: 'Minimum pupils per school',
  minPupilsNone: 'none',
  minPupilsNumber: 'number',
  minPupilsNorm: 'closure norm',
  year: 'In year',
  yearNow: 'now (2023)',
  placeMin: 'A school in every place from (children)',
  denomination: 'Denomination within distance',
  denominationNone: 'none',
  lockOpen: 'Keep open (branch codes)',
  lockClosed: 'Keep closed (branch codes)',
  lockHint: 'Separated by commas, e.g. 05BR00, 11TN00',
  compute: 'Compute proposal',
  stop: 'Stop',
  stopped: 'Computation stopped. Nothing has changed.',
  firstKept: 'The first proposal ({open} locations) was ready, but is not proven the best and has no chart.',
  useFirst: 'Use the first proposal anyway',
  busy: 'Working…',
  firstAnswer: 'First answer',
  newScenario: 'New scenario: {name}',
  constraints: 'Criteria',
  met: 'met',
  notMet: 'not met',
  relaxations: 'What is possible',
  apply: 'Apply',
  chartTitle: 'How many locations, what distance?',
  chartCaption:
    'Mean distance and share of children within {km} for every number of locations (approximation: each time ' +
    'close the location that costs the least distance; the other criteria do not count here).',
  chartX: 'locations open',
  chartMean: 'mean distance (km)',
  chartWithin: 'within {km} (%)',
  chartToday: 'now',
  chartProposal: 'proposal',
  onlyAllSectors: 'This sector has no facilities yet: choose a file first.',
  readOnlyNote: 'The proposal becomes a new scenario next to this shared scenario.',
  goal: { fewest: 'fewest locations', median: 'shortest distance', coverage: 'most within distance' },
  nameLocations: '{n} locations',
  nameNorm: 'norm',
  nameMinPupils: 'min. {n} pupils',
  name: 'Proposal: {parts}',
  nameNotAll: 'Proposal: {parts} (does not meet everything)'
};
