/** English messages, namespace `liveQuestions`: the same keys as ../nl/liveQuestions.ts. */
import type { Strings } from '../types';
import type { liveQuestions as nl } from '../nl/liveQuestions';

export const liveQuestions: Strings<typeof nl> = {
  maxDistance: 'How far away may the nearest {one} be, at most?',
  maxDistanceHelp: 'In kilometres, as the map shows distances.',
  minPupils: 'How many {users} should a {one} have, at least?',
  normOption: 'the closure norm',
  minPupilsNormHelp: 'Or choose the closure norm: the statutory minimum for the municipality.',
  village: 'A {one} in every village?',
  villageYes: 'Yes, in every village',
  villageLarge: 'Only in larger villages',
  villageNo: 'No, distance is what counts',
  villageHelp: 'A village: a place with children of that age (larger villages: 100 or more).',
  denomination: 'How important is a choice of denomination (state, Catholic, Protestant, …)?',
  denominationVery: 'Very important',
  denominationSome: 'Fairly important',
  denominationNot: 'Not important',
  denominationHelp: 'Whether every child should have a school of their own denomination within reach.',
  maxLocations: 'How many locations ({one}) may remain, at most?',
  locationsUnit: 'locations',
  maxLocationsHelp: 'There are {n} now ({many} in the region).',
  one: { school: 'school', other: 'facility' },
  many: { school: 'schools', other: 'facilities' },
  users: {
    leerlingen: 'pupils',
    bezoekers: 'visitors',
    plaatsen: 'places',
    patienten: 'patients',
    kinderen: 'children',
    deelnemers: 'participants'
  }
};
