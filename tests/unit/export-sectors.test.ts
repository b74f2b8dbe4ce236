/**
 * The exports of the sectors with the school words, on real data: po's words exactly as before the sectors, so
 * (speciaal onderwijs) from the bundle's DUO schools at its own thresholds, and zorg from its example file without
 * patient counts. The user's own files (sport, an imported population): export-sectors-files.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvaluator, type Edit } from '../../src/lib/engine/index';
import {
  editText,
  facilityIndex,
  INDICATOR_LABEL,
  INDICATOR_SHORT,
  indicatorLabels,
  indicatorShortLabels,
  SECTOR_NAME,
  sectorName
} from '../../src/lib/text/report-text';
import { demandCsv, facilityCsv, facilityRows, parseFacilityCsv } from '../../src/lib/export/csv';
import { facilitiesGeoJson } from '../../src/lib/export/geojson';
import { DATA_SOURCES } from '../../src/lib/export/pdf-sources';
import { importFacilities } from '../../src/lib/import/index';
import { getPreset } from '../../src/lib/engine/sectors/presets';
import { REPO_ROOT } from '../fixtures/engine/helpers';
import { bundle, importOptions, scenarioText } from './export-sectors-fixture';

describe('po keeps its words', () => {
  it('the indicator labels, sector names and edit sentences of before', () => {
    expect(INDICATOR_LABEL).toEqual({
      openFacilities: 'Open scholen in de regio',
      belowNorm: 'Scholen onder de opheffingsnorm',
      placesWithoutFacility: 'Kernen zonder school',
      pupilsToContext: 'Leerlingen naar scholen buiten de regio',
      distanceMean: 'Gemiddelde afstand tot de dichtstbijzijnde school',
      distanceP50: 'Afstand waarbinnen de helft van de kinderen woont',
      distanceP90: 'Afstand waarbinnen 90 % van de kinderen woont',
      distanceMax: 'Grootste afstand',
      shareWithin1000: 'Kinderen binnen 1 km van een school',
      shareWithin3000: 'Kinderen binnen 3 km van een school',
      shareWithin5000: 'Kinderen binnen 5 km van een school'
    });
    expect(INDICATOR_SHORT).toEqual({
      openFacilities: 'Open scholen',
      belowNorm: 'Onder opheffingsnorm',
      placesWithoutFacility: 'Kernen zonder school',
      pupilsToContext: 'Leerlingen naar buiten regio',
      distanceMean: 'Gemiddelde afstand',
      distanceP50: 'Afstand mediaan (P50)',
      distanceP90: 'Afstand P90',
      distanceMax: 'Grootste afstand',
      shareWithin1000: 'Kinderen binnen 1 km',
      shareWithin3000: 'Kinderen binnen 3 km',
      shareWithin5000: 'Kinderen binnen 5 km'
    });
    // The engine's po and vo keys give the same labels.
    for (const sector of ['po', 'vo']) {
      const within = createEvaluator(bundle, sector).evaluate([]).summary.shareWithin;
      expect(indicatorLabels(sector, within)).toEqual(INDICATOR_LABEL);
      expect(indicatorShortLabels(sector, within)).toEqual(INDICATOR_SHORT);
    }
    expect([SECTOR_NAME.po, SECTOR_NAME.vo, SECTOR_NAME.sport]).toEqual([
      'Basisonderwijs',
      'Voortgezet onderwijs',
      'Sport'
    ]);
    expect(sectorName('eigen-sector')).toBe('eigen-sector');
    const byId = facilityIndex([{ id: 'a', name: 'De Zonnewijzer', place: 'Kilder' }]);
    expect(editText({ op: 'open', id: 'a', name: 'x', lon: 6, lat: 52, capacity: 200 }, byId)).toBe(
      'Nieuwe school: De Zonnewijzer (Kilder), capaciteit 200'
    );
    expect(editText({ op: 'capacity', facility: 'a', capacity: 1250 }, byId)).toBe(
      'Capaciteit De Zonnewijzer (Kilder): 1.250 leerlingen'
    );
    expect(editText({ op: 'capacity', facility: 'a', capacity: 1250 }, byId, 'sport')).toBe(
      'Capaciteit De Zonnewijzer (Kilder): 1.250 bezoekers'
    );
    expect(editText({ op: 'open', id: 'a', name: 'x', lon: 6, lat: 52 }, byId, 'sport')).toBe(
      'Nieuwe locatie: De Zonnewijzer (Kilder)'
    );
  });

  it('the po CSV and GeoJSON keep their school headers and ids', () => {
    const report = createEvaluator(bundle, 'po').report([]);
    expect(facilityCsv(report, 'plain').split('\r\n')[0]).toBe(
      'vestigingscode,naam,plaats,gemeentecode,gemeente,context,status,leerlingen 2023,leerlingen scenario,' +
        'capaciteit,norm,onder norm,lon,lat'
    );
    expect(demandCsv(report, 'plain').split('\r\n')[0]).toBe(
      'cel,lon,lat,gewicht,dichtstbijzijnde,afstand m'
    );
    expect(facilitiesGeoJson(report).transitieatlas).toMatchObject({
      sector: 'po',
      sectorName: 'Basisonderwijs',
      pupilsUnit: 'leerlingen',
      pupilsSource: 'DUO'
    });
    expect(facilitiesGeoJson(report).transitieatlas.demandSource).toBeUndefined();
  });
});

describe('so: the DUO schools at 10, 20 and 30 km', () => {
  const ev = createEvaluator(bundle, 'so');
  const baseline = ev.report([]);
  const first = baseline.facilities.find((f) => !f.context)!;
  const edits: Edit[] = [{ op: 'close', facility: first.id }];
  const report = ev.report(edits);

  it('the PDF shows the thresholds and the school words with DUO counts', () => {
    const text = scenarioText('SO dicht', edits, report, baseline);
    const all = text.join('\n');
    expect(text).toContain('Speciaal onderwijs');
    for (const km of ['10', '20', '30']) expect(text).toContain(`Kinderen binnen ${km} km`);
    expect(text).not.toContain('Kinderen binnen 1 km');
    expect(text).toContain('Scholen');
    expect(text).toContain('School');
    expect(all).toContain('leerlingen 1-10-2023');
    expect(all).toMatch(/\d leerlingen naar /);
    expect(all).toContain(DATA_SOURCES[0].source);
    expect(all).not.toContain('Opheffingsnormen');
  });

  it('the CSV keeps the school headers and round-trips', () => {
    const csv = facilityCsv(report, 'nl');
    expect(csv.split('\r\n')[0]).toContain('vestigingscode;naam;');
    expect(csv.split('\r\n')[0]).toContain(';leerlingen 2023;leerlingen scenario;');
    expect(parseFacilityCsv(csv)).toEqual(facilityRows(report));
  });
});

describe('zorg: the example has no patient counts', () => {
  const zorg = getPreset('zorg')!;
  const file = zorg.example!;
  const r = importFacilities(
    {
      name: file.split('/').pop()!,
      bytes: new Uint8Array(readFileSync(resolve(REPO_ROOT, 'static' + file)))
    },
    { preset: zorg, ...importOptions }
  );
  const ev = createEvaluator(bundle, 'zorg', undefined, { facilities: r.facilities });
  const haarlo = r.facilities.find((f) => f.place === 'Haarlo')!;

  it('the PDF says the number that moves is unknown, and shows no invented 0 in the table', () => {
    expect(r.ok).toBe(true);
    expect(r.facilities.every((f) => f.pupils === null)).toBe(true);
    const edits: Edit[] = [{ op: 'close', facility: haarlo.id }];
    const text = scenarioText('Huisarts Haarlo dicht', edits, ev.report(edits), ev.report([])).join('\n');
    expect(text).toMatch(/patiënten \(aantal onbekend\) naar Huisartsenpraktijk/);
    expect(text).not.toMatch(/\b0 patiënten/);
    // Every count cell of the facility table reads "onbekend" except the closed practice's 0 after the scenario.
    expect(text.match(/\bonbekend\b/g)!.length).toBeGreaterThanOrEqual(2 * r.facilities.length - 1);
  });
});
