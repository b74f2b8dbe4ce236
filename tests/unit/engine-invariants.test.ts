/**
 * Invariants over seeded random scenarios on the real Achterhoek and national bundles: pupils are conserved,
 * closing never shortens a distance (opening never lengthens one), moved pupils arrive where the rule says, every
 * unit's nearest facility is the true nearest (brute force), the incremental state equals a from-scratch
 * computation, the quantiles equal a reference, and the bundle is not mutated.
 */
import { PUPIL_TRACKS, type PupilTrack } from '../../src/lib/engine/tracks/tracks';
import { describe, expect, it } from 'vitest';
import {
  applyScenario,
  computeReachability,
  createEvaluator,
  evaluate,
  STATUS_OPEN,
  type Edit,
  type EngineSector,
  type EvaluationResult,
  type Evaluator,
  type Report
} from '../../src/lib/engine/index';
import {
  bruteForceMismatches,
  facilityId,
  loadRealBundle,
  mulberry32,
  randomEdit,
  structuralHash
} from '../fixtures/engine/helpers';

const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);

/** The facility index a closed facility's pupils must go to: nearest open one, ties to the lowest id. */
function expectedReceiver(ev: Evaluator, before: EvaluationResult, closed: number): number {
  const p = ev.prepared;
  const n = p.facilityIds.length;
  const pos = (i: number) =>
    i < n ? [p.fx[i], p.fy[i]] : [before.facilities.added[i - n].x, before.facilities.added[i - n].y];
  const [cx, cy] = pos(closed);
  let best = -1;
  let bestD2 = Infinity;
  for (let i = 0; i < before.facilities.status.length; i++) {
    if (i === closed || before.facilities.status[i] !== STATUS_OPEN) continue;
    const [x, y] = pos(i);
    const d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
    if (d2 < bestD2 || (d2 === bestD2 && facilityId(p, before, i) < facilityId(p, before, best))) {
      best = i;
      bestD2 = d2;
    }
  }
  return best;
}

/** Reference weighted statistics straight from the definition, over the report's per-unit figures. */
function referenceStats(report: Report) {
  const units = report.demand.map((u, i) => ({ i, d: u.distanceM, w: u.weight })).filter((u) => u.w > 0);
  units.sort((a, b) => a.d - b.d || a.i - b.i);
  const total = units.reduce((s, u) => s + u.w, 0);
  const quantile = (q: number) => {
    let cum = 0;
    for (const u of units) if ((cum += u.w) >= q * total) return u.d;
    return null;
  };
  const mean = units.reduce((s, u) => s + u.w * u.d, 0) / total;
  return { mean, p50: quantile(0.5), p90: quantile(0.9), max: units[units.length - 1].d };
}

function checkStep(ev: Evaluator, edit: Edit, before: EvaluationResult, after: EvaluationResult): void {
  const p = ev.prepared;
  // pupils are conserved: all facilities together, and region + moved to context = region total
  expect(sum(after.facilities.pupils)).toBe(sum(p.pupilsBase));
  let region = 0;
  for (let i = 0; i < after.facilities.pupils.length; i++) {
    if (i >= p.facilityIds.length || !p.isContext[i]) region += after.facilities.pupils[i];
  }
  expect(region + after.summary.pupilsToContext).toBe(after.summary.pupilsTotal);

  const prev = before.demand.distanceM;
  const next = after.demand.distanceM;
  let violations = 0;
  for (let u = 0; u < next.length; u++) {
    if (edit.op === 'close' || edit.op === 'merge') violations += next[u] < prev[u] ? 1 : 0;
    else if (edit.op === 'open') violations += next[u] > prev[u] ? 1 : 0;
    else violations += next[u] !== prev[u] ? 1 : 0;
  }
  expect(violations, `${edit.op} changed distances the wrong way`).toBe(0);

  if (edit.op === 'close' || edit.op === 'merge') {
    const from =
      p.facilityById.get(edit.facility) ??
      p.facilityIds.length + before.facilities.added.findIndex((a) => a.id === edit.facility);
    if (after.tracks && before.tracks) {
      // VO: per track to the nearest location offering it; a merge (default: the tracks move along) to `into`.
      const flows = after.flows.slice(before.flows.length);
      expect(flows.reduce((s, f) => s + f.pupils, 0)).toBe(before.facilities.pupils[from]);
      if (edit.op === 'merge') expect(flows.map((f) => f.to)).toEqual([edit.into]);
      for (const f of flows) {
        expect(f.from).toBe(edit.facility);
        const to =
          p.facilityById.get(f.to) ??
          p.facilityIds.length + before.facilities.added.findIndex((a) => a.id === f.to);
        for (const [track, pupils] of Object.entries(f.byTrack ?? {})) {
          expect(pupils).toBeGreaterThan(0);
          const bit = 1 << PUPIL_TRACKS.indexOf(track as PupilTrack);
          if (edit.op === 'close')
            expect(before.tracks.facilityTracks[to] & bit, `${f.to} offers ${track}`).not.toBe(0);
        }
      }
      return;
    }
    const flow = after.flows[after.flows.length - 1];
    const to = edit.op === 'merge' ? edit.into : facilityId(p, before, expectedReceiver(ev, before, from));
    expect(flow).toEqual({ from: edit.facility, to, pupils: before.facilities.pupils[from] });
  }
}

function runScenarios(
  region: string,
  sector: EngineSector,
  seeds: number[],
  editsPerScenario: number,
  bruteForceEveryStep: boolean
): void {
  const bundle = loadRealBundle(region);
  const hash = structuralHash(bundle);
  const ev = createEvaluator(bundle, sector);
  for (const seed of seeds) {
    const rng = mulberry32(seed);
    const edits: Edit[] = [];
    let before = ev.evaluate(edits);
    for (let k = 0; k < editsPerScenario; k++) {
      const edit = randomEdit(rng, ev, before, k);
      edits.push(edit);
      const after = ev.evaluate(edits);
      checkStep(ev, edit, before, after);
      if (bruteForceEveryStep) expect(bruteForceMismatches(ev.prepared, after)).toEqual([]);
      before = after;
    }
    expect(bruteForceMismatches(ev.prepared, before), `seed ${seed}`).toEqual([]);

    // the incremental state equals a from-scratch computation
    const scratch = computeReachability(ev.prepared, applyScenario(ev.prepared, edits));
    expect(Array.from(before.demand.nearest)).toEqual(Array.from(scratch.nearest));
    const report = ev.report(edits);
    const ref = referenceStats(report);
    expect(report.summary.distanceM.p50).toBe(ref.p50);
    expect(report.summary.distanceM.p90).toBe(ref.p90);
    expect(report.summary.distanceM.max).toBe(ref.max);
    expect(report.summary.distanceM.mean!).toBeCloseTo(ref.mean, 6);
    // an undo in the middle still agrees with a fresh evaluation
    const half = edits.slice(0, editsPerScenario >> 1);
    expect(ev.report(half).summary).toEqual(evaluate(bundle, { sector, edits: half }).summary);
  }
  expect(structuralHash(bundle)).toBe(hash);
}

describe('invariants over seeded random scenarios', () => {
  it('Achterhoek, po: 8 scenarios of 30 edits, brute force after every edit', () => {
    runScenarios('achterhoek', 'po', [1, 2, 3, 4, 5, 6, 7, 8], 30, true);
  });

  it('Achterhoek, vo: 4 scenarios of 12 edits', () => {
    runScenarios('achterhoek', 'vo', [11, 12, 13, 14], 12, true);
  });

  it('Nederland, po: 3 scenarios of 25 edits, brute force after each scenario', () => {
    runScenarios('nederland', 'po', [21, 22, 23], 25, false);
  });
});
