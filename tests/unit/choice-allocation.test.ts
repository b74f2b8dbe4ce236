/**
 * Reallocation by the choice model on the real Achterhoek: pupils are whole and conserved under every edit and
 * both rules (seeded random scenarios), a closure spreads over several schools, a merge still goes to the named
 * school, the nearest rule is untouched, and the model's mean distance is never below the nearest school's.
 */
import { describe, expect, it } from 'vitest';
import {
  createEvaluator,
  STATUS_OPEN,
  type Allocation,
  type Edit,
  type EngineSector
} from '../../src/lib/engine/index';
import { loadRealBundle, mulberry32, randomEdit } from '../fixtures/engine/helpers';

const bundle = loadRealBundle('achterhoek');
const sum = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0);

describe('choice closure', () => {
  const ev = createEvaluator(bundle, 'po', { allocation: 'choice' });

  it('spreads a closed school over several schools, whole pupils, conserved exactly', () => {
    const base = ev.evaluate([]);
    const r = ev.evaluate([{ op: 'close', facility: '11TN00' }]);
    const i = ev.facilityIds.indexOf('11TN00');
    expect(r.flows.length).toBeGreaterThan(3);
    expect(new Set(r.flows.map((f) => f.from))).toEqual(new Set(['11TN00']));
    expect(sum(r.flows.map((f) => f.pupils))).toBe(base.facilities.pupils[i]);
    for (const f of r.flows) {
      expect(Number.isInteger(f.pupils) && f.pupils > 0).toBe(true);
      const j = ev.facilityIds.indexOf(f.to);
      expect(r.facilities.pupils[j]).toBe(base.facilities.pupils[j] + f.pupils);
    }
    // Largest batch first; the nearest school (the nearest rule's receiver) gets a share.
    expect(r.flows.map((f) => f.pupils)).toEqual([...r.flows.map((f) => f.pupils)].sort((a, b) => b - a));
    const nearest = createEvaluator(bundle, 'po').evaluate([{ op: 'close', facility: '11TN00' }]).flows[0].to;
    expect(r.flows.some((f) => f.to === nearest)).toBe(true);
    expect(sum(r.facilities.pupils)).toBe(sum(base.facilities.pupils));
  });

  it('a merge still moves everything to the named school', () => {
    const r = ev.evaluate([{ op: 'merge', facility: '03AI00', into: '12NX00' }]);
    expect(r.flows).toEqual([{ from: '03AI00', to: '12NX00', pupils: 95 }]);
  });

  it('reports the modelled baseline pupils and the model mean distance (never below the nearest school)', () => {
    const r = ev.evaluate([{ op: 'close', facility: '11TN00' }]);
    expect(r.facilities.modelledPupils).not.toBeNull();
    expect(r.summary.modelledMeanDistanceM).toBeGreaterThan(r.summary.distanceM.mean!);
    const near = createEvaluator(bundle, 'po').evaluate([]);
    expect(near.facilities.modelledPupils).toBeNull();
    expect(near.summary.modelledMeanDistanceM).toBeNull();
  });

  it('a school opened before a closure nearby receives a share of its pupils', () => {
    const base = ev.report([]).facilities.find((f) => f.id === '11TN00')!;
    const edits: Edit[] = [
      { op: 'open', id: 'nieuw', name: 'Nieuw', lon: base.lon + 0.01, lat: base.lat },
      { op: 'close', facility: '11TN00' }
    ];
    const r = ev.report(edits);
    expect(r.flows.find((f) => f.to === 'nieuw')!.pupils).toBeGreaterThan(0);
    expect(r.facilities.find((f) => f.id === 'nieuw')!.modelledPupils).toBeNull();
  });

  it('other sectors keep the nearest rule (and say so)', () => {
    const so = createEvaluator(bundle, 'so', { allocation: 'choice' });
    expect(so.evaluate([]).parameters.allocation).toBe('nearest');
  });
});

describe('invariants over seeded random scenarios, both rules', () => {
  for (const sector of ['po', 'vo'] as EngineSector[]) {
    for (const allocation of ['nearest', 'choice'] as Allocation[]) {
      it(`${sector}, ${allocation}: pupils whole and conserved, flows add up, merges arrive`, () => {
        const ev = createEvaluator(bundle, sector, { allocation });
        const base = ev.evaluate([]);
        const total = sum(base.facilities.pupils);
        const rng = mulberry32(sector === 'po' ? 15 : 16);
        for (let run = 0; run < 12; run++) {
          const edits: Edit[] = [];
          for (let k = 0; k < 6; k++) edits.push(randomEdit(rng, ev, ev.evaluate(edits), edits.length));
          const r = ev.evaluate(edits);
          expect(sum(r.facilities.pupils)).toBe(total);
          for (let i = 0; i < r.facilities.pupils.length; i++) {
            expect(Number.isInteger(r.facilities.pupils[i])).toBe(true);
            if (r.facilities.status[i] !== STATUS_OPEN) expect(r.facilities.pupils[i]).toBe(0);
          }
          edits.forEach((e) => {
            if (e.op !== 'close' && e.op !== 'merge') return;
            const out = r.flows.filter((f) => f.from === e.facility);
            expect(out.length).toBeGreaterThan(0);
            if (e.op === 'merge') expect(out.map((f) => f.to)).toEqual([e.into]);
            if (allocation === 'nearest') expect(out).toHaveLength(1);
          });
        }
      });
    }
  }
});
