/**
 * Dutch words of the VO tracks (issue 18), in one place for the map, the panels and the CLI (to move into the
 * message catalogue later).
 */
import type { PupilTrack, ReachTrack } from '../engine/tracks/tracks';

/** Reach tracks as the selector shows them. */
export const REACH_TRACK_LABEL: Readonly<Record<ReachTrack, string>> = Object.freeze({
  pro: 'PrO',
  vmbo: 'vmbo',
  havo: 'havo',
  vwo: 'vwo'
});

/** Pupil tracks (the bundle's five) as the facility panel lists them. */
export const PUPIL_TRACK_LABEL: Readonly<Record<PupilTrack, string>> = Object.freeze({
  pro: 'praktijkonderwijs (PrO)',
  vbo: 'vmbo basis/kader',
  mavo: 'vmbo gemengd/theoretisch (mavo)',
  havo: 'havo',
  vwo: 'vwo'
});

/** Short pupil-track names for flows and tables. */
export const PUPIL_TRACK_SHORT: Readonly<Record<PupilTrack, string>> = Object.freeze({
  pro: 'PrO',
  vbo: 'vmbo-b/k',
  mavo: 'vmbo-gt',
  havo: 'havo',
  vwo: 'vwo'
});

export const TRACK_TEXT = Object.freeze({
  selectorLabel: 'Afstand tot:',
  allVo: 'alle VO',
  estimated: 'geschat',
  estimateNote:
    'Leerlingen en kinderen per schoolsoort zijn geschat: het DUO-totaal van een school en de kinderen van 12-17 jaar per cel verdeeld met de landelijke aandelen per schoolsoort (OCW, Onderwijs in cijfers, 1-10-2023).',
  brugjaar: 'alleen brugjaar (onderbouw; de leerlingen stromen door naar vmbo, havo of vwo)',
  noTrack: 'geen schoolsoort bekend',
  noneOpen: 'geen open locatie met deze schoolsoort',
  voNormReason:
    'Geen opheffingsnorm van toepassing: voor een VO-school hangt de opheffingsnorm af van de schoolsoorten die zij aanbiedt (vmbo, havo, vwo, PrO) en van de gemeente; die normen staan niet in de open data, dus toetst de atlas VO-scholen niet aan een norm.',
  voNormShort:
    'Geen opheffingsnorm van toepassing: de VO-norm hangt af van de schoolsoorten van de school en staat niet in de open data.',
  mergeQuestion: (target: string, tracks: string) =>
    `${target} biedt geen ${tracks}. Wat gebeurt er met die leerlingen?`,
  mergeMove: (target: string) => `De schoolsoort verhuist mee (${target} biedt hem daarna aan)`,
  mergeElsewhere:
    'De leerlingen gaan naar de dichtstbijzijnde school met die schoolsoort (of volgens het keuzemodel)',
  mergeConfirm: 'Samenvoegen',
  cancel: 'Annuleren'
});
