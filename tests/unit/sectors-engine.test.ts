/**
 * Sectors as data in the engine: SO on the real Achterhoek with its own thresholds, the demand estimate for any
 * band weights (checked against an independent computation), the sport example imported and evaluated with
 * brute-force expectations, edited presets (weights, thresholds, norms), one facility type, and the errors.
 * po and vo outputs stay as they were: the golden tests in years-cli.test.ts prove it byte for byte.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createEvaluator,
  demandWeights,
  evaluate,
  SECTOR_BAND_WEIGHTS,
  type EvaluatorOptions,
  type FacilityInput,
  type Report,
  type SectorId
} from '../../src/lib/engine/index';
import { AGE_BANDS, type AgeBand, type RegionBundle } from '../../src/lib/engine/geodata/schema';
import { toRD } from '../../src/lib/engine/projection';
import { importFacilities, postcodeLookup } from '../../src/lib/import/index';
import { clonePreset, getPreset, type SectorPreset } from '../../src/lib/sectors/index';
import { loadRealBundle, REPO_ROOT, structuralHash } from '../fixtures/engine/helpers';

const SPORT_CSV = resolve(REPO_ROOT, 'static/voorbeelden/sport-achterhoek-voorbeeld.csv');

function importFile(bundle: RegionBundle, path: string, preset: SectorPreset): FacilityInput[] {
  const r = importFacilities(
    { name: path.replace(/^.*\//, ''), bytes: new Uint8Array(readFileSync(path)) },
    { preset, postcodes: postcodeLookup(bundle.postcodes), regionBbox: bundle.meta.bbox }
  );
  expect(r.problems.filter((p) => p.severity === 'fout')).toEqual([]);
  expect(r.ok).toBe(true);
  return r.facilities;
}

/**
 * The documented estimate written out plainly: per municipality the weighted youth bands (0-19) over ages 0-14
 * times Y_LT15, plus the weighted adult bands over all ages times T; municipalities without PC4 areas use the
 * region's sums.
 */
function expectedWeights(bundle: RegionBundle, weights: Partial<Record<AgeBand, number>>): number[] {
  const youth = new Set<AgeBand>(['a_0_4', 'a_5_9', 'a_10_14', 'a_15_19']);
  const sums = new Map<string, { yn: number; yd: number; an: number; ad: number }>();
  const all = { yn: 0, yd: 0, an: 0, ad: 0 };
  for (const p of bundle.postcodes) {
    const s = sums.get(p.municipality) ?? { yn: 0, yd: 0, an: 0, ad: 0 };
    sums.set(p.municipality, s);
    for (const band of AGE_BANDS) {
      const n = (weights[band] ?? 0) * p.ages[band];
      for (const t of [s, all]) {
        if (youth.has(band)) t.yn += n;
        else t.an += n;
        t.ad += p.ages[band];
        if (band === 'a_0_4' || band === 'a_5_9' || band === 'a_10_14') t.yd += p.ages[band];
      }
    }
  }
  return bundle.demand.map((u) => {
    const s = sums.get(u.municipality) ?? all;
    return (u.Y_LT15 * s.yn) / s.yd + (u.T * s.an) / s.ad;
  });
}

/** Nearest open facility per cell by brute force over RD coordinates (no kd-tree); x/y from lon/lat if absent. */
function bruteForce(
  bundle: RegionBundle,
  points: { id: string; lon: number; lat: number; x?: number; y?: number }[]
) {
  const rd = points.map((p) => (p.x !== undefined && p.y !== undefined ? [p.x, p.y] : toRD(p.lon, p.lat)));
  return bundle.demand.map((u) => {
    let best = Infinity;
    let id = '';
    rd.forEach(([x, y], k) => {
      const d = Math.hypot(u.x - x, u.y - y);
      if (d < best || (d === best && points[k].id < id)) [best, id] = [d, points[k].id];
    });
    return { id, d: best };
  });
}

function weightedSummary(weights: number[], dist: number[], thresholds: number[]) {
  const total = weights.reduce((a, b) => a + b, 0);
  const mean = weights.reduce((a, w, u) => a + w * dist[u], 0) / total;
  const within = Object.fromEntries(
    thresholds.map((t) => [String(t), weights.reduce((a, w, u) => a + (dist[u] <= t ? w : 0), 0) / total])
  );
  const max = Math.max(...dist.filter((_, u) => weights[u] > 0));
  return { total, mean, within, max };
}

describe('SO on the real Achterhoek', () => {
  const bundle = loadRealBundle('achterhoek');
  const own = bundle.facilities.filter((f) => f.sector === 'so' && !f.context);

  it('evaluates with its own facilities, thresholds and no norm', () => {
    const ev = createEvaluator(bundle, 'so');
    const r = ev.report([]);
    expect(r.sector).toBe('so');
    expect(ev.thresholdsM).toEqual([10000, 20000, 30000]);
    expect(Object.keys(r.summary.shareWithin)).toEqual(['10000', '20000', '30000']);
    expect(own).toHaveLength(23);
    expect(r.summary.openFacilities).toBe(23);
    expect(r.summary.pupilsTotal).toBe(own.reduce((s, f) => s + (f.pupils ?? 0), 0));
    expect(r.summary.pupilsTotal).toBe(2203);
    expect(r.summary.belowNorm).toBe(0);
    expect(r.facilities.every((f) => f.norm === null)).toBe(true);
    // Region SO schools plus SO context schools within 10 km, nothing of po or vo.
    const ids = new Set(bundle.facilities.filter((f) => f.sector === 'so').map((f) => f.id));
    expect(r.facilities.every((f) => ids.has(f.id))).toBe(true);
    expect(r.facilities.filter((f) => !f.context).map((f) => f.id)).toEqual(own.map((f) => f.id).sort());
  });

  it('its demand is the documented estimate with the so band weights, and the shares follow from it', () => {
    const r = createEvaluator(bundle, 'so').report([]);
    const want = expectedWeights(bundle, getPreset('so')!.demand.bandWeights);
    r.demand.forEach((d, u) => expect(d.weight).toBeCloseTo(want[u], 9));
    const open = new Set(r.facilities.filter((f) => f.status === 'open').map((f) => f.id));
    const brute = bruteForce(
      bundle,
      bundle.facilities.filter((f) => open.has(f.id))
    );
    r.demand.forEach((d, u) => expect(d.distanceM).toBeCloseTo(brute[u].d, 3));
    const s = weightedSummary(
      want,
      brute.map((b) => b.d),
      [10000, 20000, 30000]
    );
    expect(r.summary.distanceM.mean!).toBeCloseTo(s.mean, 3);
    for (const k of ['10000', '20000', '30000'])
      expect(r.summary.shareWithin[k]!).toBeCloseTo(s.within[k], 9);
  });
});

describe('demand weights for any band weights', () => {
  const bundle = loadRealBundle('achterhoek');

  it('po and vo: the presets give exactly the engine weights', () => {
    for (const sector of ['po', 'vo'] as const) {
      const byPreset = demandWeights(bundle.demand, bundle.postcodes, getPreset(sector)!.demand.bandWeights);
      expect(byPreset).toEqual(demandWeights(bundle.demand, bundle.postcodes, sector));
      expect(getPreset(sector)!.demand.bandWeights).toEqual(SECTOR_BAND_WEIGHTS[sector]);
    }
  });

  it('adult bands scale T, youth bands Y_LT15 (zorg: everyone; verpleeghuis: the old)', () => {
    const zorg = getPreset('zorg')!;
    const everyone = demandWeights(bundle.demand, bundle.postcodes, zorg.demand.bandWeights);
    const want = expectedWeights(bundle, zorg.demand.bandWeights);
    everyone.forEach((w, u) => expect(w).toBeCloseTo(want[u], 9));
    // Everyone served: the estimate adds up to about the population of the cells.
    const sumT = bundle.demand.reduce((s, u) => s + u.T, 0);
    const sum = everyone.reduce((s, w) => s + w, 0);
    expect(sum / sumT).toBeGreaterThan(0.97);
    expect(sum / sumT).toBeLessThan(1.03);
    const old = zorg.facilityTypes.find((t) => t.id === 'verpleeghuis')!.demand!.bandWeights;
    const nursing = demandWeights(bundle.demand, bundle.postcodes, old);
    const wantOld = expectedWeights(bundle, old);
    nursing.forEach((w, u) => expect(w).toBeCloseTo(wantOld[u], 9));
    const empty = bundle.demand.findIndex((u) => u.Y_LT15 === 0 && u.T > 0);
    expect(nursing[empty]).toBeGreaterThan(0);
  });
});

describe('sport: the example file imported and evaluated', () => {
  const bundle = loadRealBundle('achterhoek');
  const sport = getPreset('sport')!;
  const facilities = importFile(bundle, SPORT_CSV, sport);

  it('matches brute-force nearest distances and shares; closing a facility changes them as brute force says', () => {
    const ev = createEvaluator(bundle, 'sport', undefined, { facilities });
    expect(ev.thresholdsM).toEqual([2000, 5000, 10000]);
    const weights = expectedWeights(bundle, sport.demand.bandWeights);
    const check = (r: Report<SectorId>, open: FacilityInput[]) => {
      const brute = bruteForce(bundle, open);
      r.demand.forEach((d, u) => {
        expect(d.nearest).toBe(brute[u].id);
        expect(d.distanceM).toBeCloseTo(brute[u].d, 6);
        expect(d.weight).toBeCloseTo(weights[u], 9);
      });
      const s = weightedSummary(
        weights,
        brute.map((b) => b.d),
        [2000, 5000, 10000]
      );
      expect(r.summary.distanceM.mean!).toBeCloseTo(s.mean, 6);
      expect(r.summary.distanceM.max!).toBeCloseTo(s.max, 6);
      expect(Object.keys(r.summary.shareWithin)).toEqual(['2000', '5000', '10000']);
      for (const k of Object.keys(s.within)) expect(r.summary.shareWithin[k]!).toBeCloseTo(s.within[k], 9);
      return s;
    };

    const base = ev.report([]);
    expect(base.summary.openFacilities).toBe(12);
    expect(base.summary.pupilsTotal).toBe(facilities.reduce((s, f) => s + (f.pupils ?? 0), 0));
    const before = check(base, facilities);

    // The pool of Eibergen closes: its visitors go to the nearest other sports facility.
    const closed = ev.report([{ op: 'close', facility: 'SP03' }]);
    const after = check(
      closed,
      facilities.filter((f) => f.id !== 'SP03')
    );
    expect(closed.summary.openFacilities).toBe(11);
    expect(after.mean).toBeGreaterThan(before.mean);
    expect(closed.summary.distanceM.mean!).toBeGreaterThan(base.summary.distanceM.mean!);
    expect(closed.summary.placesWithoutFacility).toEqual(['Eibergen']);
    const sp03 = facilities.find((f) => f.id === 'SP03')!;
    const [x, y] = toRD(sp03.lon, sp03.lat);
    const nearestOther = facilities
      .filter((f) => f.id !== 'SP03')
      .map((f) => ({ id: f.id, d: Math.hypot(...toRD(f.lon, f.lat).map((v, i) => v - [x, y][i])) }))
      .sort((a, b) => a.d - b.d)[0];
    expect(closed.flows).toEqual([{ from: 'SP03', to: nearestOther.id, pupils: 2100 }]);
    expect(closed.summary.pupilsTotal).toBe(base.summary.pupilsTotal);
  });

  it('one facility type: only the pools, with the pool thresholds', () => {
    const ev = createEvaluator(bundle, 'sport', undefined, { facilities, facilityType: 'zwembad' });
    const r = ev.report([]);
    expect(r.facilities.map((f) => f.id)).toEqual(['SP03', 'SP07']);
    expect(Object.keys(r.summary.shareWithin)).toEqual(['5000', '10000', '20000']);
  });

  it('never mutates the facilities, the preset or the bundle', () => {
    const preset = clonePreset(sport);
    const hashes = [structuralHash(facilities), structuralHash(preset), structuralHash(bundle.facilities)];
    createEvaluator(bundle, 'sport', { detourFactor: 1.3 }, { facilities, preset }).report([
      { op: 'close', facility: 'SP01' },
      { op: 'capacity', facility: 'SP02', capacity: 10 }
    ]);
    expect([structuralHash(facilities), structuralHash(preset), structuralHash(bundle.facilities)]).toEqual(
      hashes
    );
  });
});

describe('an edited preset', () => {
  const bundle = loadRealBundle('achterhoek');
  const edited = JSON.parse(
    readFileSync(resolve(REPO_ROOT, 'tests/fixtures/sectors/po-preset-edited.json'), 'utf8')
  ) as SectorPreset;

  it('changes the demand weights accordingly (every weight doubled) and brings its own thresholds', () => {
    const base = evaluate(bundle, { sector: 'po', edits: [] });
    const r = evaluate(bundle, { sector: 'po', edits: [] }, { preset: edited });
    r.demand.forEach((d, u) => expect(d.weight).toBe(2 * base.demand[u].weight));
    r.municipalities.forEach((m, g) => expect(m.demand).toBeCloseTo(2 * base.municipalities[g].demand, 6));
    expect(Object.keys(r.summary.shareWithin)).toEqual(['500', '1000', '2000']);
    // Doubling every weight leaves the weighted distances and the 1 km share as they were.
    expect(r.summary.distanceM).toEqual(base.summary.distanceM);
    expect(r.summary.shareWithin['1000']).toBeCloseTo(base.summary.shareWithin['1000']!, 12);
    expect(r.facilities).toEqual(base.facilities);
  });

  it('normApplies false: no school is below a norm', () => {
    const preset = { ...clonePreset(getPreset('po')!), normApplies: false };
    const r = evaluate(bundle, { sector: 'po', edits: [] }, { preset });
    expect(r.summary.belowNorm).toBe(0);
    expect(r.facilities.every((f) => f.norm === null && !f.belowNorm)).toBe(true);
    // The built-in po keeps the bundle's norms.
    expect(evaluate(bundle, { sector: 'po', edits: [] }).summary.belowNorm).toBe(28);
  });

  it('the built-in vo keeps its 1, 3 and 5 km shares; its preset passed explicitly brings 5, 10 and 15 km', () => {
    expect(Object.keys(evaluate(bundle, { sector: 'vo', edits: [] }).summary.shareWithin)).toEqual([
      '1000',
      '3000',
      '5000'
    ]);
    const r = evaluate(bundle, { sector: 'vo', edits: [] }, { preset: clonePreset(getPreset('vo')!) });
    expect(Object.keys(r.summary.shareWithin)).toEqual(['5000', '10000', '15000']);
  });
});

describe('errors', () => {
  const bundle = loadRealBundle('achterhoek');
  const cases: [string, SectorId, EvaluatorOptions | undefined, RegExp][] = [
    ['unknown sector', 'bibliotheek', undefined, /unknown sector "bibliotheek"/],
    ['no data', 'sport', undefined, /no facilities of sector sport; pass them in options.facilities/],
    [
      'preset of another sector',
      'po',
      { preset: clonePreset(getPreset('vo')!) },
      /for sector "vo", not "po"/
    ],
    [
      'invalid preset',
      'po',
      { preset: { ...clonePreset(getPreset('po')!), thresholdsM: [3, 2, 1] } },
      /drie oplopende/
    ],
    ['unknown type', 'sport', { facilityType: 'ijsbaan' }, /facilityType "ijsbaan" is not a type of sport/],
    [
      'bad facility',
      'sport',
      { facilities: [{ id: 'A', name: 'x', lon: NaN, lat: 52, pupils: 1 }] },
      /facilities\[0\]/
    ]
  ];
  it.each(cases)('%s', (_, sector, options, message) => {
    expect(() => createEvaluator(bundle, sector, undefined, options)).toThrow(message);
  });

  it('the year prognosis is for po and vo only', () => {
    expect(() => createEvaluator(bundle, 'so').years([])).toThrow(/covers po and vo, not sector "so"/);
    expect(createEvaluator(bundle, 'po').years([]).years[0]).toBe(2023);
  });

  it('a user preset of a new sector works with its own facilities', () => {
    const preset: SectorPreset = {
      ...clonePreset(getPreset('welzijn')!),
      id: 'bibliotheek',
      name: 'Bibliotheek',
      facilityTypes: [{ id: 'bibliotheek', label: 'Bibliotheek' }]
    };
    const facilities = [
      { id: 'B1', name: 'Bieb Aalten', lon: 6.5805, lat: 51.9266, pupils: 100 },
      { id: 'B2', name: 'Bieb Ruurlo', lon: 6.4503, lat: 52.0882, pupils: 80 }
    ];
    const r = evaluate(bundle, { sector: 'bibliotheek', edits: [] }, { preset, facilities });
    expect(r.sector).toBe('bibliotheek');
    expect(r.facilities.map((f) => [f.id, f.municipality, f.place])).toEqual([
      ['B1', 'GM0197', 'Aalten'],
      ['B2', 'GM1859', 'Ruurlo']
    ]);
  });
});
