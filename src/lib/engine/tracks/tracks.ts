/**
 * VO tracks (schoolsoorten) of a location, as DUO's `type` gives them (`PRO`, `VBO/MAVO`, `HAVO/VWO`,
 * `VBO/MAVO/HAVO/VWO`, `BRUGJAAR`, ...), stored in the region bundle as an integer bitmask per facility
 * (`Facility.tracks`, bundle schema 2) so it encodes as one integer column:
 *
 *   1 PRO (praktijkonderwijs)   2 VBO (vmbo basis/kader)   4 MAVO (vmbo gemengd/theoretisch)
 *   8 HAVO                      16 VWO                      32 BRUGJAAR (only the first years; no track of its own)
 *
 * PO and SO facilities have 0. A BRUGJAAR-only location offers no track: it counts for the distance to "any VO
 * location" but not for the distance per track; its pupils are split over vbo, mavo, havo and vwo like those of a
 * school offering all four (the first years lead to all of them).
 *
 * Pupils are counted per *pupil track* (pro, vbo, mavo, havo, vwo); reachability is shown per *reach track* as VO
 * boards ask it (PrO, vmbo = vbo or mavo, havo, vwo). The split of a school's DUO total over its tracks and of the
 * children per cell are estimates from national shares (shares.ts, PROVENANCE.md): "geschat".
 */
import { NATIONAL_PUPILS_2023 } from './shares';

export const TRACK_BIT = /* @__PURE__ */ Object.freeze({
  PRO: 1,
  VBO: 2,
  MAVO: 4,
  HAVO: 8,
  VWO: 16,
  BRUGJAAR: 32
});
export type DuoTrackToken = keyof typeof TRACK_BIT;
/** Every bit a bundle's `tracks` may hold. */
export const ALL_TRACK_BITS = 63;

/** The tracks pupils are counted and moved in, in bit order (index t has bit 1 << t). */
export const PUPIL_TRACKS = ['pro', 'vbo', 'mavo', 'havo', 'vwo'] as const;
export type PupilTrack = (typeof PUPIL_TRACKS)[number];
export const PUPIL_TRACK_COUNT = PUPIL_TRACKS.length;

/** The tracks reachability is reported for, with the bits a location needs (any of them) to count. */
export const REACH_TRACKS = ['pro', 'vmbo', 'havo', 'vwo'] as const;
export type ReachTrack = (typeof REACH_TRACKS)[number];
export const REACH_MASK: Readonly<Record<ReachTrack, number>> = /* @__PURE__ */ Object.freeze({
  pro: TRACK_BIT.PRO,
  vmbo: TRACK_BIT.VBO | TRACK_BIT.MAVO,
  havo: TRACK_BIT.HAVO,
  vwo: TRACK_BIT.VWO
});

/** The four tracks of the first years: what a BRUGJAAR-only location's pupils are split over. */
const FIRST_YEARS_MASK = TRACK_BIT.VBO | TRACK_BIT.MAVO | TRACK_BIT.HAVO | TRACK_BIT.VWO;
/** What a new VO location (an `open` edit without `tracks`) offers: vmbo, havo and vwo, not PrO. */
export const DEFAULT_NEW_TRACKS = FIRST_YEARS_MASK;

/**
 * The bitmask of a DUO VO type. Throws for a token that is not a known track, so a new DUO type stops the build
 * instead of silently losing a track.
 */
export function tracksFromDuoType(type: string): number {
  let mask = 0;
  for (const raw of type.split('/')) {
    const token = raw.trim().toUpperCase();
    if (!Object.hasOwn(TRACK_BIT, token)) {
      throw new RangeError(`unknown VO track "${raw}" in DUO type "${type}"`);
    }
    mask |= TRACK_BIT[token as DuoTrackToken];
  }
  return mask;
}

/** The pupil tracks of a mask, in order. */
export function pupilTracksOf(mask: number): PupilTrack[] {
  return PUPIL_TRACKS.filter((_, t) => (mask & (1 << t)) !== 0);
}

/** The mask of a list of pupil track ids (an `open` edit's `tracks`). */
export function maskOfPupilTracks(tracks: readonly PupilTrack[]): number {
  return tracks.reduce((m, t) => m | (1 << PUPIL_TRACKS.indexOf(t)), 0);
}

/** Whether a location with `mask` offers reach track `track`. */
export function offersReach(mask: number, track: ReachTrack): boolean {
  return (mask & REACH_MASK[track]) !== 0;
}

/**
 * National share (0..1) of VO pupils per pupil track, 1-10-2023 (shares.ts): praktijkonderwijs against all pupils
 * but vavo; the undivided first years spread over vbo, mavo, havo and vwo as their upper years.
 */
export function trackShares(): Readonly<Record<PupilTrack, number>> {
  const n = NATIONAL_PUPILS_2023;
  const all =
    n.praktijkonderwijs + n.brugjaarEnOngedeeld + n.vmboB + n.vmboK + n.vmboG + n.vmboT + n.havo + n.vwo;
  const upper = { vbo: n.vmboB + n.vmboK, mavo: n.vmboG + n.vmboT, havo: n.havo, vwo: n.vwo };
  const upperSum = upper.vbo + upper.mavo + upper.havo + upper.vwo;
  const rest = (all - n.praktijkonderwijs) / all;
  return Object.freeze({
    pro: n.praktijkonderwijs / all,
    vbo: (rest * upper.vbo) / upperSum,
    mavo: (rest * upper.mavo) / upperSum,
    havo: (rest * upper.havo) / upperSum,
    vwo: (rest * upper.vwo) / upperSum
  });
}

const SHARES = trackShares();

/** The share of a reach track: the sum of its pupil tracks' shares (vmbo = vbo + mavo). */
export function reachShare(track: ReachTrack): number {
  return PUPIL_TRACKS.reduce((s, t, i) => ((REACH_MASK[track] & (1 << i)) !== 0 ? s + SHARES[t] : s), 0);
}

/**
 * A school's pupils per pupil track (length PUPIL_TRACK_COUNT): `total` split over the tracks it offers in
 * proportion to the national shares, whole pupils by the largest-remainder method (ties to the lower track), so
 * the parts add up to `total` exactly. A location with no track (BRUGJAAR) splits over vbo, mavo, havo and vwo.
 */
export function splitPupils(total: number, mask: number): Float64Array {
  const out = new Float64Array(PUPIL_TRACK_COUNT);
  let offered = mask & (ALL_TRACK_BITS ^ TRACK_BIT.BRUGJAAR);
  if (offered === 0) offered = FIRST_YEARS_MASK;
  const idx = PUPIL_TRACKS.map((_, t) => t).filter((t) => (offered & (1 << t)) !== 0);
  const sum = idx.reduce((s, t) => s + SHARES[PUPIL_TRACKS[t]], 0);
  const whole = Math.floor(total);
  const rest: { t: number; r: number }[] = [];
  let given = 0;
  for (const t of idx) {
    const exact = (whole * SHARES[PUPIL_TRACKS[t]]) / sum;
    out[t] = Math.floor(exact);
    given += out[t];
    rest.push({ t, r: exact - out[t] });
  }
  rest.sort((a, b) => b.r - a.r || a.t - b.t);
  for (let k = 0; given < whole; k = (k + 1) % rest.length, given++) out[rest[k].t]++;
  out[idx[0]] += total - whole; // a fraction (never for DUO counts) stays with the first track
  return out;
}

/** The bundle's `tracks` of a facility: its DUO type's bitmask for VO, 0 for every other sector. */
export function tracksOfFacility(f: { sector?: unknown; type?: unknown }): number {
  return f.sector === 'vo' && typeof f.type === 'string' ? tracksFromDuoType(f.type) : 0;
}
