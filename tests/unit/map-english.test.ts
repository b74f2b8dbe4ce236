/**
 * The map's words and the sector words in English: with the page's language English (the locale mocked, as
 * `?lang=en` gives it in the browser) the distance classes, the indicator labels of compare and PDF, the sector
 * names and the GeoJSON's human fields are English; the GeoJSON's coded values stay as they are in Dutch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/lib/i18n/locale', async (original) => ({
  ...(await original<typeof import('../../src/lib/i18n/locale')>()),
  detectLocale: () => 'en'
}));

import { createEvaluator } from '../../src/lib/engine/index';
import { validateBundle } from '../../src/lib/engine/geodata/validate';
import { facilitiesGeoJson } from '../../src/lib/export/geojson';
import { LOCALE } from '../../src/lib/i18n/catalogue';
import { DISTANCE_CLASSES } from '../../src/lib/map/colors';
import { sectorTerms } from '../../src/lib/sectors/terms';
import { PRESETS } from '../../src/lib/engine/sectors/presets';
import { presetCapacityLine, presetDescription } from '../../src/lib/text/preset-text';
import { indicatorLabels } from '../../src/lib/text/report-text';

describe('the map and sector words in English', () => {
  it('runs in English', () => expect(LOCALE).toBe('en'));

  it('names the distance classes of the map legend in English', () => {
    expect(DISTANCE_CLASSES.map((c) => c.label)).toEqual([
      'under 0.5 km',
      '0.5 – 1 km',
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String)
    ]);
    for (const c of DISTANCE_CLASSES) expect(c.label).not.toMatch(/tot|meer dan|minder/);
  });

  it('labels the indicators in the words of each sector', () => {
    const po = indicatorLabels('po');
    expect(po.openFacilities).toBe('Open schools in the region');
    expect(po.distanceMean).toBe('Mean distance to the nearest school');
    expect(po.placesWithoutFacility).toBe('Places without a school');
    const sport = indicatorLabels('sport');
    expect(sport.openFacilities).toBe('Open facilities in the region');
    expect(sport.placesWithoutFacility).toBe('Places without a facility');
  });

  it('names the sectors in English', () => {
    expect(sectorTerms('po').name).toBe('Primary education');
    expect(sectorTerms('sport').name).toBe('Sport');
    expect(sectorTerms('zorg').name).toBe('Care');
  });

  it('says what each preset holds in English', () => {
    const byId = (id: string) => PRESETS.find((p) => p.id === id)!;
    expect(presetDescription(byId('sport'))).toBe(
      'Sports halls, gyms, swimming pools and sports grounds. There is no open national list: import the municipality’s own data.'
    );
    expect(presetCapacityLine(byId('po'))).toBe(
      'pupils: Pupils on 1 October 2023 (DUO); the municipality’s closure threshold applies'
    );
    expect(presetCapacityLine(byId('zorg'))).toBe(
      'patients: Registered patients, places or children, see the type'
    );
    for (const p of PRESETS) expect(presetDescription(p)).not.toBe(p.description);
  });

  it('gives the GeoJSON an English sector name and unit, and keeps its coded values', () => {
    const file = join(__dirname, '../../geodata/bundles/achterhoek.json');
    const bundle = validateBundle(JSON.parse(readFileSync(file, 'utf8')), file);
    const report = createEvaluator(bundle, 'po').report([{ op: 'close', facility: '11TN00' }]);
    const gj = facilitiesGeoJson(report);
    expect(gj.transitieatlas).toMatchObject({
      sector: 'po',
      sectorName: 'Primary education',
      pupilsUnit: 'pupils',
      pupilsSource: 'DUO'
    });
    const closed = gj.features.find((f) => f.properties.id === '11TN00');
    expect(closed?.properties.status).toBe('closed');
    expect(closed?.properties.statusNl).toBe('gesloten');
  });
});
