/**
 * The example files in static/voorbeelden import without errors on the Achterhoek, inside the region, and are
 * marked as fictitious everywhere: in the file, on every facility and in the report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import { importFacilities, postcodeLookup } from '../../src/lib/import';
import { getPreset, PRESETS } from '../../src/lib/sectors';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

function achterhoek(): RegionBundle {
  const file = root('geodata/bundles/achterhoek.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run geodata\` first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

const examples = PRESETS.filter((p) => p.example).map((p) => [p.id, p.example!] as const);

describe('example files (voorbeeld, fictief)', () => {
  it('exist for sport, zorg and welzijn', () => {
    expect(examples.map(([id]) => id)).toEqual(['sport', 'zorg', 'welzijn']);
    for (const [, path] of examples) expect(existsSync(root(`static${path}`)), path).toBe(true);
  });

  it.each(examples)('%s imports without errors, in the region, labelled as fictitious', (id, path) => {
    const b = achterhoek();
    const text = readFileSync(root(`static${path}`), 'utf8');
    expect(text).toContain('voorbeeld (fictief)');
    const r = importFacilities(
      { name: path.split('/').pop()!, bytes: new TextEncoder().encode(text) },
      { preset: getPreset(id)!, postcodes: postcodeLookup(b.postcodes), regionBbox: b.meta.bbox }
    );
    expect(r.problems.filter((p) => p.severity === 'fout')).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.stats.example).toBe(true);
    expect(r.problems.map((p) => p.code)).toContain('example-data');
    expect(r.stats.outsideRegion).toBe(0);
    expect(r.facilities.length).toBeGreaterThanOrEqual(8);
    for (const f of r.facilities) {
      expect(f.name).toMatch(/\(fictief\)$/);
      expect(f.example).toBe(true);
      expect(f.sector).toBe(id);
    }
    // Every type of the preset appears, so a first-time user sees them all.
    expect(new Set(r.facilities.map((f) => f.type))).toEqual(
      new Set(getPreset(id)!.facilityTypes.map((t) => t.id))
    );
  });

  it('the zorg example shows placement by postcode', () => {
    const b = achterhoek();
    const bytes = new Uint8Array(readFileSync(root('static/voorbeelden/zorg-achterhoek-voorbeeld.csv')));
    const r = importFacilities(
      { name: 'zorg.csv', bytes },
      { preset: getPreset('zorg')!, postcodes: postcodeLookup(b.postcodes) }
    );
    expect(r.stats.placedByPostcode).toBe(2);
    expect(r.problems.find((p) => p.code === 'placed-by-postcode')?.message).toMatch(/^2 van de 10 locaties/);
  });

  it('a real-data import is never marked as an example', () => {
    const bytes = new TextEncoder().encode('id;naam;lon;lat\n1;Sporthal Neede;6,6133;52,1369\n');
    const r = importFacilities({ name: 'echt.csv', bytes }, { preset: getPreset('sport')! });
    expect(r.stats.example).toBe(false);
    expect(r.facilities[0].example).toBe(false);
  });
});
