/**
 * VO by track (issue 18) on the real Oost-Groningen and Achterhoek bundles, under both reallocation rules:
 * a closed PrO location sends its pupils only to PrO locations; closing a havo/vwo location changes the havo/vwo
 * distances and leaves the PrO ones alone; pupils are conserved per track over seeded random scenarios; a merge
 * into a location without a track moves the track along or sends its pupils elsewhere, as the edit says.
 */
import { describe, expect, it } from 'vitest';
import {
  createEvaluator,
  type Allocation,
  type Edit,
  type EvaluationResult
} from '../../src/lib/engine/index';
import { PUPIL_TRACK_COUNT, PUPIL_TRACKS, REACH_TRACKS, TRACK_BIT } from '../../src/lib/engine/tracks/tracks';
import { computeTrackReachability } from '../../src/lib/engine/tracks/reach';
import { applyScenario } from '../../src/lib/engine/scenario';
import { loadRealBundle, mulberry32 } from '../fixtures/engine/helpers';

const REGIONS = ['oost-groningen', 'achterhoek'] as const;
const RULES: Allocation[] = ['nearest', 'choice'];
const T = PUPIL_TRACK_COUNT;

/** Pupils per pupil track summed over all locations. */
function perTrack(r: EvaluationResult): number[] {
  const out = new Array(T).fill(0);
  const tp = r.tracks!.facilityTrackPupils;
  for (let i = 0; i < tp.length; i++) out[i % T] += tp[i];
  return out;
}

for (const region of REGIONS) {
  const bundle = loadRealBundle(region);
  const vo = bundle.facilities.filter((f) => f.sector === 'vo');

  describe(`${region}, vo: tracks in the bundle`, () => {
    it('every VO location has the bitmask of its DUO type; PO and SO have 0', () => {
      for (const f of bundle.facilities) {
        if (f.sector !== 'vo') expect(f.tracks).toBe(0);
      }
      const pro = vo.filter((f) => f.type === 'PRO');
      expect(pro.length).toBeGreaterThan(2);
      for (const f of pro) expect(f.tracks).toBe(TRACK_BIT.PRO);
      for (const f of vo.filter((v) => v.type === 'VBO/MAVO/HAVO/VWO')) expect(f.tracks).toBe(2 | 4 | 8 | 16);
      for (const f of vo.filter((v) => v.type === 'BRUGJAAR')) expect(f.tracks).toBe(TRACK_BIT.BRUGJAAR);
    });
  });

  for (const allocation of RULES) {
    describe(`${region}, vo, ${allocation}`, () => {
      const ev = createEvaluator(bundle, 'vo', { allocation });
      const base = ev.evaluate([]);
      const idx = (id: string) => ev.facilityIds.indexOf(id);

      it('closing a PrO location sends its pupils only to PrO locations, all of them as PrO pupils', () => {
        const pros = vo.filter((f) => f.type === 'PRO' && !f.context && (f.pupils ?? 0) > 0);
        expect(pros.length).toBeGreaterThan(1);
        for (const pro of pros) {
          const r = ev.evaluate([{ op: 'close', facility: pro.id }]);
          expect(r.flows.reduce((s, f) => s + f.pupils, 0)).toBe(pro.pupils);
          for (const f of r.flows) {
            expect(base.tracks!.facilityTracks[idx(f.to)] & TRACK_BIT.PRO, `${f.to} offers PrO`).not.toBe(0);
            expect(f.byTrack).toEqual({ pro: f.pupils });
          }
        }
      });

      if (region === 'oost-groningen')
        it('the case of the issue: Dollard College PrO Winschoten goes to PrO schools, not to the lyceum next door', () => {
          const pro = vo.find((f) => f.name === 'Dollard College PrO Winschoten')!;
          expect(pro.pupils).toBe(145);
          const r = ev.evaluate([{ op: 'close', facility: pro.id }]);
          const receivers = r.flows.map((f) => bundle.facilities.find((b) => b.id === f.to)!);
          expect(receivers.every((f) => f.type.includes('PRO'))).toBe(true);
        });

      it('closing a havo/vwo location changes the havo/vwo distances and not the PrO ones', () => {
        // The own havo/vwo location (without PrO) nearest to the most children of the region.
        const counts = new Map<string, number>();
        base.tracks!.nearest.havo.forEach((j) => {
          const id = ev.facilityIds[j];
          counts.set(id, (counts.get(id) ?? 0) + 1);
        });
        const target = vo
          .filter(
            (f) =>
              !f.context &&
              f.tracks & TRACK_BIT.HAVO &&
              f.tracks & TRACK_BIT.VWO &&
              !(f.tracks & TRACK_BIT.PRO)
          )
          .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))[0];
        const r = ev.evaluate([{ op: 'close', facility: target.id }]);
        const before = base.tracks!.region;
        const after = r.tracks!.region;
        expect(after.havo.meanM!).toBeGreaterThan(before.havo.meanM!);
        expect(after.havo.openLocations).toBe(before.havo.openLocations - 1);
        expect(after.vwo.openLocations).toBe(before.vwo.openLocations - 1);
        expect(after.pro).toEqual(before.pro);
        expect(Array.from(r.tracks!.distanceM.pro)).toEqual(Array.from(base.tracks!.distanceM.pro));
        for (const m of r.tracks!.municipalities) {
          const b = base.tracks!.municipalities.find((x) => x.code === m.code)!;
          expect(m.tracks.pro).toEqual(b.tracks.pro);
        }
        // Its havo pupils only to havo locations, vwo pupils only to vwo locations.
        for (const f of r.flows) {
          const mask = base.tracks!.facilityTracks[idx(f.to)];
          for (const t of Object.keys(f.byTrack ?? {})) {
            expect(mask & (1 << PUPIL_TRACKS.indexOf(t as (typeof PUPIL_TRACKS)[number]))).not.toBe(0);
          }
        }
      });

      it('pupils are conserved per track over seeded random closures and merges (both merge choices); incremental = full', () => {
        const total = perTrack(base);
        expect(total.reduce((a, b) => a + b, 0)).toBe(
          Array.from(base.facilities.pupils).reduce((a, b) => a + b, 0)
        );
        const rng = mulberry32(region.length * 7 + (allocation === 'choice' ? 1 : 0));
        const own = vo.filter((f) => !f.context).map((f) => f.id);
        for (let run = 0; run < 6; run++) {
          const edits: Edit[] = [];
          const open = [...own];
          for (let k = 0; k < 5 && open.length > 2; k++) {
            const [f] = open.splice(Math.floor(rng() * open.length), 1);
            if (rng() < 0.5) edits.push({ op: 'close', facility: f });
            else {
              const into = open[Math.floor(rng() * open.length)];
              edits.push({
                op: 'merge',
                facility: f,
                into,
                missingTracks: rng() < 0.5 ? 'move' : 'elsewhere'
              });
            }
          }
          const r = ev.evaluate(edits);
          expect(perTrack(r)).toEqual(total);
          // The incremental reachability per track equals a full computation of the same state.
          const full = computeTrackReachability(ev.prepared, applyScenario(ev.prepared, edits))!;
          for (const t of REACH_TRACKS) {
            expect(Array.from(r.tracks!.nearest[t])).toEqual(Array.from(full.nearest[t]));
          }
          expect(r.tracks!.region).toEqual(full.region);
          const tp = r.tracks!.facilityTrackPupils;
          for (let i = 0; i < r.facilities.pupils.length; i++) {
            let s = 0;
            for (let t = 0; t < T; t++) s += tp[i * T + t];
            expect(s).toBe(r.facilities.pupils[i]);
          }
        }
      });

      it('a merge into a location without a track: "move" makes it offer the track, "elsewhere" sends those pupils on', () => {
        const from = vo.find((f) => !f.context && f.tracks === (2 | 4 | 8 | 16) && (f.pupils ?? 0) > 0)!;
        const into = vo.find((f) => !f.context && f.tracks === (2 | 4) && f.id !== from.id)!;
        const i = idx(into.id);
        const moved = ev.evaluate([{ op: 'merge', facility: from.id, into: into.id }]);
        expect(moved.flows).toHaveLength(1);
        expect(moved.flows[0].to).toBe(into.id);
        expect(moved.tracks!.facilityTracks[i]).toBe(2 | 4 | 8 | 16);
        expect(moved.facilities.pupils[i]).toBe(base.facilities.pupils[i] + from.pupils!);
        const elsewhere = ev.evaluate([
          { op: 'merge', facility: from.id, into: into.id, missingTracks: 'elsewhere' }
        ]);
        expect(elsewhere.tracks!.facilityTracks[i]).toBe(2 | 4);
        const toInto = elsewhere.flows.find((f) => f.to === into.id)!;
        expect(Object.keys(toInto.byTrack!).sort()).toEqual(['mavo', 'vbo']);
        for (const f of elsewhere.flows.filter((x) => x.to !== into.id)) {
          expect(Object.keys(f.byTrack!).every((t) => t === 'havo' || t === 'vwo')).toBe(true);
        }
        expect(elsewhere.flows.reduce((s, f) => s + f.pupils, 0)).toBe(from.pupils);
        // The track moved along: havo is now offered where `into` stands, so nobody is further from havo than
        // with the pupils sent elsewhere.
        expect(moved.tracks!.region.havo.meanM!).toBeLessThanOrEqual(elsewhere.tracks!.region.havo.meanM!);
      });
    });
  }
}
