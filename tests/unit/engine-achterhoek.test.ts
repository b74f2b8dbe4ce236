/**
 * The engine on the real Achterhoek bundle, checked against the source files in ../shared/opendata (not against
 * the bundle): DUO basisscholen and pupils of 1-10-2023, and the opheffingsnormen in force in 2016.
 * Needs `npm run geodata`; fails (never skips) when the bundle is missing.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createEvaluator, type Edit } from '../../src/lib/engine/index';
import { loadRealBundle, readSource, structuralHash } from '../fixtures/engine/helpers';

type Row = Record<string, string>;
const csv = (path: string): Row[] =>
  Papa.parse<Row>(readSource(path), { header: true, skipEmptyLines: true }).data;

/** Expected per school from the sources: pupils and the 2016 norm (sub-area where the place is listed). */
function expectedSchools() {
  const schools = csv('regions/achterhoek/achterhoek_po_vestigingen_2024.csv').filter(
    (r) => r.type === 'basisschool'
  );
  const municipal = new Map(
    csv('norms/opheffingsnormen_po_geldend_2016.csv').map((r) => [r.gm_code, +r.opheffingsnorm])
  );
  const areaNorm = new Map<string, number>(); // "gemeentenaam|gebied" -> norm
  for (const r of csv('norms/opheffingsnormen_po_2013_2018_deelgebieden.csv')) {
    if (r.in_werking > '2016-01-01') continue;
    areaNorm.set(`${r.gemeentenaam}|${r.gebied_1}`, +r.opheffingsnorm_gebied_1);
    areaNorm.set(`${r.gemeentenaam}|${r.gebied_2}`, +r.opheffingsnorm_gebied_2);
  }
  const placeArea = new Map(
    csv('norms/deelgebieden_woonplaatsen.csv').map((r) => [
      `${r.gm_code}|${r.woonplaats}`,
      `${r.gemeentenaam}|${r.gebied}`
    ])
  );
  return schools.map((r) => {
    const area = placeArea.get(`${r.gm_code}|${r.plaats}`);
    const norm = area !== undefined ? areaNorm.get(area)! : municipal.get(r.gm_code)!;
    return { id: r.vestigingscode, gm: r.gm_code, place: r.plaats, pupils: +r.leerlingen, norm };
  });
}

describe('Achterhoek baseline (po) matches the sources', () => {
  const bundle = loadRealBundle('achterhoek');
  const before = structuralHash(bundle);
  const ev = createEvaluator(bundle, 'po');
  const report = ev.report([]);
  const expected = expectedSchools();
  const own = report.facilities.filter((f) => !f.context);

  it('132 open basisscholen with 20,637 pupils', () => {
    expect(expected).toHaveLength(132);
    expect(report.summary.openFacilities).toBe(132);
    expect(report.summary.pupilsTotal).toBe(20_637);
    expect(report.summary.pupilsToContext).toBe(0);
    expect(own.map((f) => f.id).sort()).toEqual(expected.map((s) => s.id).sort());
    expect(report.facilities.filter((f) => f.context).length).toBeGreaterThan(0);
  });

  it('the same schools and pupils per municipality', () => {
    for (const m of report.municipalities) {
      const mine = expected.filter((s) => s.gm === m.code);
      expect([m.code, m.openFacilities, m.pupils]).toEqual([
        m.code,
        mine.length,
        mine.reduce((s, x) => s + x.pupils, 0)
      ]);
    }
  });

  it('the below-norm schools against the 2016 norms (Montferland by sub-area)', () => {
    const byId = new Map(expected.map((s) => [s.id, s]));
    for (const f of own) expect([f.id, f.norm]).toEqual([f.id, byId.get(f.id)!.norm]);
    const below = expected.filter((s) => s.pupils < s.norm).map((s) => s.id);
    expect(
      own
        .filter((f) => f.belowNorm)
        .map((f) => f.id)
        .sort()
    ).toEqual(below.sort());
    expect(report.summary.belowNorm).toBe(below.length);
    expect(below).toHaveLength(28);
    expect(own.filter((f) => f.normSource === 'deelgebied').map((f) => f.place)).toContain('Didam');
  });

  it('distance figures are plausible and every unit is reached', () => {
    const d = report.summary.distanceM;
    expect(d.p50!).toBeLessThanOrEqual(d.p90!);
    expect(d.p90!).toBeLessThanOrEqual(d.max!);
    expect(d.mean!).toBeGreaterThan(300);
    expect(d.mean!).toBeLessThan(1500);
    expect(report.demand).toHaveLength(bundle.demand.length);
    expect(report.demand.every((u) => u.nearest !== '' && u.distanceM >= 0)).toBe(true);
  });

  it('demand weights add up to the PC4 estimate of children aged 4-11 (within 5 %)', () => {
    const weight = report.demand.reduce((s, u) => s + u.weight, 0);
    const own = new Set(bundle.meta.municipalities.map((m) => m.code));
    const pc4 = bundle.postcodes
      .filter((p) => own.has(p.municipality))
      .reduce((s, p) => s + 0.2 * p.ages.a_0_4 + p.ages.a_5_9 + 0.4 * p.ages.a_10_14, 0);
    expect(weight / pc4).toBeGreaterThan(0.95);
    expect(weight / pc4).toBeLessThan(1.05);
  });

  it.each(['Silvolde', 'Vorden', 'Haarlo'])(
    'closing every school of %s lists it as without facility',
    (place) => {
      const edits: Edit[] = own
        .filter((f) => f.place === place)
        .map((f) => ({ op: 'close', facility: f.id }));
      expect(edits.length).toBeGreaterThan(0);
      const r = ev.report(edits);
      expect(r.summary.placesWithoutFacility).toEqual([place]);
      const m = r.municipalities.find((x) => x.placesWithoutFacility.includes(place));
      expect(m).toBeDefined();
      expect(r.summary.openFacilities).toBe(132 - edits.length);
      // closing some but not all schools of a place does not list it
      if (edits.length > 1) expect(ev.report(edits.slice(1)).summary.placesWithoutFacility).toEqual([]);
    }
  );

  it('vo takes the VO schools and has no norms', () => {
    const vo = createEvaluator(bundle, 'vo').report([]);
    expect(vo.summary.openFacilities).toBe(
      bundle.facilities.filter((f) => f.sector === 'vo' && !f.context).length
    );
    expect(vo.facilities.every((f) => f.norm === null)).toBe(true);
    expect(vo.summary.belowNorm).toBe(0);
  });

  it('did not mutate the bundle', () => {
    expect(structuralHash(bundle)).toBe(before);
  });
});
