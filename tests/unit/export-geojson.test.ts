/** GeoJSON export of the facilities with their scenario attributes, on the real Achterhoek bundle. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createEvaluator } from '../../src/lib/engine/index';
import { validateBundle } from '../../src/lib/engine/geodata/validate';
import { facilitiesGeoJson } from '../../src/lib/export/geojson';

it('is a FeatureCollection of points with the scenario attributes, and leaves the report alone', () => {
  const file = join(__dirname, '../../geodata/bundles/achterhoek.json');
  const bundle = validateBundle(JSON.parse(readFileSync(file, 'utf8')), file);
  const report = createEvaluator(bundle, 'po').report([
    { op: 'merge', facility: '03AI00', into: '12NX00' },
    { op: 'open', id: 'nieuw-1', name: 'IKC Haarlo-Noord', lon: 6.575, lat: 52.12 }
  ]);
  const before = structuredClone(report);
  const gj = facilitiesGeoJson(report);

  expect(report).toEqual(before);
  expect(gj.type).toBe('FeatureCollection');
  expect(gj.transitieatlas).toMatchObject({
    schemaVersion: 1,
    region: 'achterhoek',
    sector: 'po',
    year: 2023
  });
  expect(gj.features).toHaveLength(report.facilities.length);
  for (const f of gj.features) {
    expect(f.type).toBe('Feature');
    expect(f.geometry.type).toBe('Point');
    expect(f.geometry.coordinates).toHaveLength(2);
    expect(f.id).toBe(f.properties.id);
  }
  const byId = new Map(gj.features.map((f) => [f.properties.id, f]));
  expect(byId.get('03AI00')?.properties).toMatchObject({
    status: 'merged',
    statusNl: 'samengevoegd',
    pupils: 0
  });
  expect(byId.get('12NX00')?.properties).toMatchObject({
    status: 'open',
    pupilsBase: 160,
    pupils: 255,
    norm: 123,
    belowNorm: false,
    context: false,
    municipality: 'GM0222',
    municipalityName: 'Doetinchem'
  });
  expect(byId.get('nieuw-1')).toMatchObject({
    geometry: { coordinates: [6.575, 52.12] },
    properties: { status: 'new', statusNl: 'nieuw', pupilsBase: 0, belowNorm: true }
  });
  expect(gj.features.some((f) => f.properties.context && f.properties.municipalityName === null)).toBe(true);
  // Valid JSON all the way (no NaN, no typed arrays).
  expect(JSON.parse(JSON.stringify(gj))).toEqual(gj);
});
