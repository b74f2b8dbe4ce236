/** English messages, namespace `liveCriteria`: the same keys as ../nl/liveCriteria.ts. */
import type { Strings } from '../types';
import type { liveCriteria as nl } from '../nl/liveCriteria';

export const liveCriteria: Strings<typeof nl> = {
  whichMedian: 'The median',
  whichPoint: 'The {pct}th percentile',
  noAnswers: 'No answers yet: not included.',
  distance: '{which} of {answers}: {km} km → every child within {km} km of an open location (maxDistanceKm).',
  sizeNorm:
    '{norm} of the {answers} choose the closure norm (at least half) → every remaining school meets its own ' +
    'closure norm (minPupils: norm).',
  size: '{which} of {answers} with a number: {pupils} → every remaining location has at least {pupils} (minPupils).',
  sizeNone: '{which} of {answers} with a number is 0: no minimum size.',
  village:
    '{which} of {answers}: {answer} → a location in every village with at least {children} {childWord} of that ' +
    'age (placeMinChildren).',
  villageYes: '“yes, in every village”',
  villageLarge: '“only in larger villages”',
  childOne: 'child',
  childMany: 'children',
  villageNo: '{which} of {answers}: “no, distance is what counts” → no requirement per village.',
  denominationPoOnly: 'Denomination only counts for primary education.',
  denominationNot: '{which} of {answers}: “not important” → no requirement per denomination.',
  denominationNone: 'The region has no schools of the denominations asked for: not included.',
  denomination: '{which} of {answers}: {answer} → every child has {list} (denominations).',
  denominationVery: '“very important”',
  denominationSome: '“fairly important”',
  denominationWithin: '{denomination} within {km} km',
  keep:
    '{which} of {answers}: {keep} → exactly {keep} locations stay open, with the shortest average distance ' +
    '(objective: median, keep).',
  fewest:
    'No answers on the number of locations → as few locations as possible that meet the other requirements ' +
    '(objective: fewest).',
  intro:
    'This is how the room’s answers become criteria for the optimiser. For each question the chosen value counts ' +
    '(by default the median: half of the room answered lower or the same, half higher or the same). ' +
    'A choice question is ordered: no < larger villages < yes, not < fairly < very important.',
  quantileLabel: 'Which value counts',
  quantileMedian: 'The median (50%)',
  quantileLow: '25th percentile (lower)',
  quantileHigh: '75th percentile (higher)',
  propose: 'Proposal from the room’s criteria',
  proposeHelp:
    'Computes a proposal with these criteria (as "Proposal from criteria" does), adds it as a scenario of the ' +
    'workshop and puts it up for rating straight away.',
  proposing: 'Computing the proposal…',
  stop: 'Stop',
  stopped: 'Computation stopped; nothing was added.',
  proposed: '{name}: added as a scenario and open for rating.',
  proposeNoAnswers: 'There are no answers yet; the proposal then only uses "as few locations as possible".'
};
