/**
 * What the school-choice model knows about a school besides its location: a few features per facility, the same
 * for every region (no per-school constant, so a school's own DUO count never predicts itself).
 *
 *   po: denomination class (openbaar is the reference; rooms-katholiek, protestants-christelijk, other bijzonder)
 *   vo: denomination class (openbaar vs bijzonder, the only split DUO's VO file gives), ln(number of tracks among
 *       VBO, MAVO, HAVO, VWO) and a constant for a location without those tracks (PRO, BRUGJAAR)
 *
 * The utility of school j for a child in demand unit i is  V_ij = -beta * f(d_ij) + sum_p theta_p * x_jp, with
 * f(d) = d (exponential decay) or ln d (power decay), d in km (at least 0.5 km, the size of a 1 km cell's half).
 */
import type { EngineSector } from '../types';

/** Distance decay form: exp(-beta d) or d^-beta. */
export type ChoiceDecay = 'exp' | 'power';
export const CHOICE_DECAYS: readonly ChoiceDecay[] = ['exp', 'power'];

/** The features of a sector, in coefficient order (after beta). */
export const CHOICE_FEATURES: Readonly<Record<EngineSector, readonly string[]>> =
  /* @__PURE__ */ Object.freeze({
    po: ['roomsKatholiek', 'protestantsChristelijk', 'overigBijzonder'],
    vo: ['bijzonder', 'lnTracks', 'zonderTracks']
  });

/** Distances below this (km) count as this: a 1 km cell has no finer position. */
export const MIN_DISTANCE_KM = 0.5;

/** Denomination class of a PO school: 0 openbaar, 1 RK, 2 PC, 3 other bijzonder. */
export function poClass(denomination: string | undefined): number {
  const d = (denomination ?? '').toLowerCase();
  if (d === 'openbaar' || d === '') return 0;
  if (d === 'rooms-katholiek') return 1;
  if (d === 'protestants-christelijk') return 2;
  return 3;
}

const TRACKS = ['VBO', 'MAVO', 'HAVO', 'VWO'];

/** VBO, MAVO, HAVO and VWO among a DUO VO type like 'VBO/MAVO/HAVO/VWO' (0 for PRO, BRUGJAAR). */
export function voTracks(type: string | undefined): number {
  return (type ?? '')
    .toUpperCase()
    .split('/')
    .filter((t) => TRACKS.includes(t.trim())).length;
}

/** The feature vector of one facility (length CHOICE_FEATURES[sector].length). */
export function facilityFeatures(
  sector: EngineSector,
  f: { denomination?: string; type?: string }
): number[] {
  if (sector === 'po') {
    const c = poClass(f.denomination);
    return [c === 1 ? 1 : 0, c === 2 ? 1 : 0, c === 3 ? 1 : 0];
  }
  const bijzonder = (f.denomination ?? '').toLowerCase() === 'openbaar' ? 0 : 1;
  const tracks = voTracks(f.type);
  return [bijzonder, tracks > 0 ? Math.log(tracks) : 0, tracks > 0 ? 0 : 1];
}

/** f(d) of the decay form, d in km (floored at MIN_DISTANCE_KM). */
export function decayTerm(decay: ChoiceDecay, km: number): number {
  const d = km < MIN_DISTANCE_KM ? MIN_DISTANCE_KM : km;
  return decay === 'exp' ? d : Math.log(d);
}
