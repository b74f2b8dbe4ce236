/**
 * English messages, namespace `tracks`: the same keys as ../nl/tracks.ts. The Dutch school types (vmbo, havo, vwo,
 * PrO) stay as DUO publishes them, with an English explanation beside them where there is room.
 */
import type { Strings } from '../types';
import type { tracks as nl } from '../nl/tracks';

export const tracks: Strings<typeof nl> = {
  pupil: {
    pro: 'praktijkonderwijs (PrO, practical education)',
    vbo: 'vmbo basis/kader (pre-vocational, basic and middle tracks)',
    mavo: 'vmbo gemengd/theoretisch (mavo, pre-vocational theoretical track)',
    havo: 'havo (senior general secondary)',
    vwo: 'vwo (pre-university)'
  },
  head: 'School types',
  and: 'and',
  selectorLabel: 'Distance to:',
  selectorAria: 'Distance to school type',
  allVo: 'all secondary',
  estimated: 'estimated',
  estimateNote:
    'Pupils and children per school type are estimated: a school’s DUO total and the children aged 12–17 in each square are split by the national shares per school type (OCW, Onderwijs in cijfers, 1 October 2023).',
  brugjaar: 'first years only (brugjaar, lower secondary; the pupils move on to vmbo, havo or vwo)',
  noTrack: 'no school type known',
  noneOpen: 'no open location with this school type',
  voNormReason:
    'No closure threshold applies: for a secondary school the threshold (opheffingsnorm) depends on the school types it offers (vmbo, havo, vwo, PrO) and on the municipality; those thresholds are not in the open data, so the atlas does not test secondary schools against a threshold.',
  voNormShort:
    'No closure threshold applies: the secondary threshold depends on the school’s types and is not in the open data.',
  merge: {
    title: 'Merge with {target}',
    question: '{target} does not offer {tracks}. What happens to those pupils?',
    move: 'The school type moves too ({target} offers it from then on)',
    elsewhere: 'The pupils go to the nearest school offering that type (or as the choice model says)',
    cancel: 'Cancel'
  },
  panel: {
    aria: 'Distance by school type',
    title: 'Distance to {track}',
    titleAny: 'Distance to any school type',
    municipality: 'Municipality',
    track: 'School type',
    locations: 'Loc.',
    locationsTitle: 'Open locations offering the school type',
    children: 'Children*',
    mean: 'Mean',
    region: 'Region'
  }
};
