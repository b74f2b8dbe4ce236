/**
 * Sector presets: the built-ins are valid, edited presets get Dutch messages, type overrides work, po demand
 * equals the engine's weights, and the real SO locations of the Achterhoek load as their own sector.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, type PostcodeArea, type RegionBundle } from '../../src/lib/engine/geodata/schema';
import { ageShares } from '../../src/lib/engine/demand';
import { importFacilities } from '../../src/lib/import';
import {
  capacityFor,
  clonePreset,
  demandFor,
  demandOf,
  getPreset,
  PRESETS,
  resolveType,
  thresholdsFor,
  validatePreset
} from '../../src/lib/sectors';

const BUNDLE = fileURLToPath(new URL('../../geodata/bundles/achterhoek.json', import.meta.url));

/** Never skip: a missing bundle is a setup error with a clear instruction. */
function achterhoek(): RegionBundle {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run geodata\` first`);
  return JSON.parse(readFileSync(BUNDLE, 'utf8'));
}

describe('built-in presets', () => {
  it('are po, vo, so, sport, zorg and welzijn, all valid, frozen, with sources for every assumption', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(['po', 'vo', 'so', 'sport', 'zorg', 'welzijn']);
    for (const p of PRESETS) {
      const v = validatePreset(p);
      expect(v.ok ? [] : v.problems, p.id).toEqual([]);
      if (v.ok) expect(v.preset).toEqual(p);
      expect(Object.isFrozen(p.demand.bandWeights)).toBe(true);
      const demands = [p.demand, ...p.facilityTypes.flatMap((t) => (t.demand ? [t.demand] : []))];
      for (const d of demands) expect(d.source.length).toBeGreaterThan(10);
      expect(p.thresholdsSource.length).toBeGreaterThan(10);
      expect(p.dataSource === 'real' || p.example?.startsWith('/voorbeelden/')).toBe(true);
    }
    expect(PRESETS.filter((p) => p.dataSource === 'real').map((p) => p.id)).toEqual(['po', 'vo', 'so']);
    expect(getPreset('nope')).toBeUndefined();
  });

  it('po demand equals the engine age share (0.2*a_0_4 + a_5_9 + 0.4*a_10_14)', () => {
    const po = getPreset('po')!;
    const ages = Object.fromEntries(AGE_BANDS.map((b, i) => [b, 100 + i * 10])) as PostcodeArea['ages'];
    const p = { municipality: 'GM0001', ages } as PostcodeArea;
    const share = ageShares([p], 'po').overall;
    const young = ages.a_0_4 + ages.a_5_9 + ages.a_10_14;
    expect(demandOf(ages, po.demand)).toBeCloseTo(share * young, 9);
    const vo = getPreset('vo')!;
    expect(demandOf(ages, vo.demand)).toBeCloseTo(ageShares([p], 'vo').overall * young, 9);
  });

  it('type overrides: a pool draws from further away, a nursing home serves the old', () => {
    const sport = getPreset('sport')!;
    expect(thresholdsFor(sport, 'zwembad')).toEqual([5000, 10000, 20000]);
    expect(thresholdsFor(sport, 'sporthal')).toEqual(sport.thresholdsM);
    const zorg = getPreset('zorg')!;
    expect(demandFor(zorg, 'verpleeghuis').bandWeights.a_0_4).toBeUndefined();
    expect(demandFor(zorg, 'verpleeghuis').bandWeights.a_85_89).toBeGreaterThan(0);
    expect(demandFor(zorg, 'huisarts')).toBe(zorg.demand);
    expect(capacityFor(zorg, 'verpleeghuis').unit).toBe('plaatsen');
  });

  it('resolves type names from files: labels, aliases, accents, DUO combinations', () => {
    expect(resolveType(getPreset('sport')!, ' Zwembad ')).toBe('zwembad');
    expect(resolveType(getPreset('zorg')!, 'Wonen met zorg')).toBe('verpleeghuis');
    expect(resolveType(getPreset('welzijn')!, 'MFA')).toBe('dorpshuis');
    expect(resolveType(getPreset('vo')!, 'VBO/MAVO/HAVO/VWO')).toBe('VBO/MAVO/HAVO/VWO');
    expect(resolveType(getPreset('vo')!, 'vmbo/havo')).toBe('VBO/HAVO');
    expect(resolveType(getPreset('vo')!, 'VBO/ijsbaan')).toBeNull();
    expect(resolveType(getPreset('so')!, '(v)so')).toBe('(V)SO');
    expect(resolveType(getPreset('so')!, 'SBO')).toBe('SBAO');
    expect(resolveType(getPreset('po')!, '')).toBeNull();
  });
});

describe('validatePreset (edited or stored presets)', () => {
  it('returns a clean copy that shares nothing with the input', () => {
    const edited = clonePreset(getPreset('sport')!);
    edited.demand.bandWeights.a_15_19 = 0.8;
    const v = validatePreset({ ...edited, extra: 'dropped' });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.preset.demand.bandWeights.a_15_19).toBe(0.8);
    expect('extra' in v.preset).toBe(false);
    edited.facilityTypes[0].label = 'changed';
    expect(v.preset.facilityTypes[0].label).toBe('Sporthal');
    expect(getPreset('sport')!.demand.bandWeights.a_15_19).toBe(0.65);
  });

  it('names every wrong field in Dutch', () => {
    const bad = clonePreset(getPreset('zorg')!) as unknown as Record<string, unknown>;
    bad.thresholdsM = [5000, 2000, 10000];
    bad.demand = { label: 'x', source: 'aanname', bandWeights: { a_0_5: 1, a_5_9: -1 } };
    bad.capacity = { unit: 'bedden', meaning: '' };
    (bad.facilityTypes as unknown[]).push({ id: 'huisarts', label: 'Dubbel' });
    bad.normApplies = 'ja';
    const v = validatePreset(bad);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const text = v.problems.join('\n');
    expect(text).toContain("onbekende leeftijdsklasse 'a_0_5'");
    expect(text).toContain('gewicht voor a_5_9 moet een getal van 0 t/m 10 zijn');
    expect(text).toContain('drie oplopende afstanden');
    expect(text).toContain("'unit' moet een van");
    expect(text).toContain("id 'huisarts' komt twee keer voor");
    expect(text).toContain("'normApplies' moet true of false zijn");
  });

  it('rejects an unknown schema version loudly', () => {
    const v = validatePreset({ ...getPreset('po')!, schemaVersion: 2 });
    expect(v).toEqual({ ok: false, problems: ['Onbekende versie van de sectorinstelling: 2 (verwacht 1).'] });
    expect(validatePreset(null)).toEqual({ ok: false, problems: ['De sectorinstelling is geen object.'] });
  });
});

describe('special education (so) on the Achterhoek', () => {
  it('the real SBAO/SO/VSO/(V)SO locations load as their own sector with their own thresholds', () => {
    const b = achterhoek();
    const so = getPreset('so')!;
    const own = b.facilities.filter((f) => f.sector === 'so' && !f.context);
    // DUO 1-10-2023: 6 SBAO, 8 SO, 4 VSO, 5 (V)SO vestigingen in the 8 municipalities.
    expect(own).toHaveLength(23);
    const types = new Set(own.map((f) => f.type));
    expect([...types].sort()).toEqual(['(V)SO', 'SBAO', 'SO', 'VSO']);
    for (const t of types) expect(so.facilityTypes.map((ft) => ft.id)).toContain(t);
    expect(so.thresholdsM).not.toEqual(getPreset('po')!.thresholdsM);
    expect(so.thresholdsM[0]).toBeGreaterThan(getPreset('vo')!.thresholdsM[0]);

    // Through the import, as a GIS user would bring them.
    const fc = {
      type: 'FeatureCollection',
      features: own.map((f) => ({
        type: 'Feature',
        properties: { id: f.id, naam: f.name, type: f.type, leerlingen: f.pupils, plaats: f.place },
        geometry: { type: 'Point', coordinates: [f.lon, f.lat] }
      }))
    };
    const r = importFacilities(
      { name: 'so-achterhoek.geojson', bytes: new TextEncoder().encode(JSON.stringify(fc)) },
      { preset: so, regionBbox: b.meta.bbox }
    );
    expect(r.problems).toEqual([]);
    expect(r.facilities).toHaveLength(23);
    expect(r.facilities.every((f) => f.sector === 'so')).toBe(true);
    expect(r.facilities.map((f) => f.type)).toEqual(own.map((f) => f.type));
    expect(r.facilities.map((f) => f.pupils)).toEqual(own.map((f) => f.pupils));
    for (const f of r.facilities) expect(thresholdsFor(so, f.type)).toEqual([10000, 20000, 30000]);
  });

  it('the so demand assumption is of the order of the real pupil count', () => {
    const b = achterhoek();
    const so = getPreset('so')!;
    const ages = Object.fromEntries(AGE_BANDS.map((band) => [band, 0])) as PostcodeArea['ages'];
    for (const p of b.postcodes) for (const band of AGE_BANDS) ages[band] += p.ages[band];
    const pupils = b.facilities
      .filter((f) => f.sector === 'so' && !f.context)
      .reduce((s, f) => s + (f.pupils ?? 0), 0);
    const demand = demandOf(ages, so.demand);
    expect(demand / pupils).toBeGreaterThan(0.7);
    expect(demand / pupils).toBeLessThan(1.3);
  });
});
