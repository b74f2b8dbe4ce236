/**
 * The exports of every sector on real data: sport from the example file (static/voorbeelden) imported as a user
 * would and evaluated on the Achterhoek bundle, so (speciaal onderwijs) from the bundle's DUO schools, and po's
 * words exactly as before the sectors. The PDF speaks of voorzieningen and bezoekers at the sector's thresholds,
 * the sport CSV reads back through the facility import, an imported population is named as such.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvaluator, type Edit, type Report, type SectorId } from '../../src/lib/engine/index';
import { toRD } from '../../src/lib/engine/projection';
import {
  editText,
  facilityIndex,
  formatIndicator,
  formatPupils,
  INDICATOR_LABEL,
  INDICATOR_SHORT,
  indicatorLabels,
  indicatorShortLabels,
  SECTOR_NAME,
  sectorName
} from '../../src/lib/text/report-text';
import {
  demandCsv,
  demandRows,
  facilityCsv,
  facilityRows,
  parseDemandCsv,
  parseFacilityCsv
} from '../../src/lib/export/csv';
import { facilitiesGeoJson } from '../../src/lib/export/geojson';
import { comparePdf, scenarioPdf } from '../../src/lib/export/pdf';
import { DATA_SOURCES, METHOD_NOTE } from '../../src/lib/export/pdf-sources';
import { importDemand, importFacilities, postcodeLookup } from '../../src/lib/import/index';
import { suggestMapping } from '../../src/lib/import/mapping';
import { CAPACITY_UNITS, getPreset } from '../../src/lib/engine/sectors/presets';
import { loadRealBundle, REPO_ROOT } from '../fixtures/engine/helpers';

const bundle = loadRealBundle('achterhoek');
const sport = getPreset('sport')!;
const importOptions = { postcodes: postcodeLookup(bundle.postcodes), regionBbox: bundle.meta.bbox };

/** The sport example file, imported against the Achterhoek bundle as the import dialog does. */
function sportFacilities() {
  const file = sport.example!;
  const r = importFacilities(
    {
      name: file.split('/').pop()!,
      bytes: new Uint8Array(readFileSync(resolve(REPO_ROOT, 'static' + file)))
    },
    { preset: sport, ...importOptions }
  );
  expect(r.ok).toBe(true);
  return r.facilities;
}

/** The population example file (PC4 areas), imported as the population dialog does. */
function populationUnits() {
  const file = resolve(REPO_ROOT, 'static/voorbeelden/bevolking-achterhoek-voorbeeld.csv');
  const r = importDemand(
    { name: 'bevolking-achterhoek-voorbeeld.csv', bytes: new Uint8Array(readFileSync(file)) },
    importOptions
  );
  expect(r.ok).toBe(true);
  return r.units;
}

/** The text drawn on the pages (content streams uncompressed), WinAnsi escapes undone. */
function pdfText(doc: { output: () => string }): string[] {
  const out: string[] = [];
  const re = /\(((?:\\.|[^\\)])*)\)\s*Tj/g;
  const raw = doc.output();
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    out.push(
      m[1]
        .replace(/\\([()\\])/g, '$1')
        .replace(/\\(\d{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)))
        .replace(
          /[\x85\x91-\x96]/g,
          (c) => ({ '\x85': '…', '\x91': '‘', '\x92': '’', '\x93': '“', '\x94': '”', '\x96': '–' })[c]!
        )
    );
  }
  return out;
}

const DATE = new Date('2025-03-14T12:00:00Z');

function scenarioText(name: string, edits: Edit[], report: Report<SectorId>, baseline: Report<SectorId>) {
  const doc = scenarioPdf(
    { regionName: 'Achterhoek', date: DATE, scenario: { name, edits, report }, baseline },
    { compress: false }
  );
  return pdfText(doc);
}

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

describe('sport: the example file on the Achterhoek bundle, one facility closed', () => {
  const facilities = sportFacilities();
  const ev = createEvaluator(bundle, 'sport', undefined, { facilities });
  const baseline = ev.report([]);
  const closed = facilities.find((f) => !f.context && (f.pupils ?? 0) > 0)!;
  const edits: Edit[] = [{ op: 'close', facility: closed.id }];
  const report = ev.report(edits);

  it('the PDF speaks of voorzieningen and bezoekers at 2, 5 and 10 km, never of leerlingen', () => {
    expect(Object.keys(report.summary.shareWithin)).toEqual(['2000', '5000', '10000']);
    const text = scenarioText('Sporthal dicht', edits, report, baseline);
    const all = text.join('\n');
    expect(all).not.toMatch(/leerling|lln\.|school|DUO|opheffingsnorm/i);
    expect(text).toContain('Sport');
    expect(text).toContain('Voorzieningen'); // the table's heading
    expect(text).toContain('Voorziening'); // its first column
    expect(text).toContain('Bezoekers'); // the count columns, "Bezoekers nu" and "Bezoekers scenario" wrapped
    expect(text).not.toContain('Norm');
    expect(all).toContain('bezoekers: aantallen uit het eigen bestand');
    expect(all).not.toContain('bevolking: eigen bestand');
    for (const km of ['2', '5', '10']) expect(text).toContain(`Inwoners binnen ${km} km`);
    expect(text).not.toContain('Inwoners binnen 1 km');
    expect(text).toContain('Open voorzieningen');
    expect(text).not.toContain('Onder opheffingsnorm');
    // The values of the within rows at the report's own keys.
    expect(text).toContain(formatIndicator(report.summary.shareWithin['2000'], 'share'));
    expect(text).toContain(formatIndicator(report.summary.shareWithin['10000'], 'share'));
    // The edit with the visitors that move.
    const flow = report.flows[0];
    const to = report.facilities.find((f) => f.id === flow.to)!;
    const label = closed.place ? `${closed.name} (${closed.place})` : closed.name;
    expect(all).toContain(`1. Sluiten: ${label}; ${formatPupils(flow.pupils)} bezoekers naar ${to.name}`);
    expect(flow.pupils).toBe(closed.pupils);
    // Every region facility is listed.
    for (const f of report.facilities.filter((x) => !x.context)) {
      expect(
        text.some((t) => t === f.name || (t.endsWith('…') && f.name.startsWith(t.slice(0, -1)))),
        f.name
      ).toBe(true);
    }
    // Sources: the user's file instead of DUO, no norms; the CBS grid for the population.
    expect(all).toContain('Voorzieningen en bezoekers: eigen bestand van de gebruiker');
    expect(all).toContain('Inwoners (totaal en 0-14 jaar) per 1 km-rastercel (2021)');
    expect(all).not.toContain(DATA_SOURCES[0].source.slice(0, 20));
    expect(all).not.toContain(METHOD_NOTE.slice(-40));
  });

  it('the comparison PDF too', () => {
    const doc = comparePdf(
      {
        regionName: 'Achterhoek',
        date: DATE,
        a: { name: 'Nu', edits: [], report: baseline },
        b: { name: 'Sporthal dicht', edits, report },
        differenceImage: null
      },
      { compress: false }
    );
    const text = pdfText(doc);
    const all = text.join('\n');
    expect(all).not.toMatch(/leerling|lln\.|school|opheffingsnorm/i);
    expect(text).toContain('Voorzieningen die verschillen');
    expect(text).toContain('Alle voorzieningen');
    for (const km of ['2', '5', '10']) expect(text).toContain(`Inwoners binnen ${km} km`);
    expect(all).toMatch(/A: status,\s*\n?bezoekers/);
  });

  it('the facility CSV imports back to the same facilities, in both dialects', () => {
    const rows = facilityRows(report);
    for (const dialect of ['nl', 'plain'] as const) {
      const csv = facilityCsv(report, dialect);
      const sep = dialect === 'nl' ? ';' : ',';
      expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
        [
          'id',
          'naam',
          'soort',
          'plaats',
          'gemeentecode',
          'gemeente',
          'context',
          'status',
          'bezoekers (bestand)'
        ]
          .concat(['bezoekers scenario', 'capaciteit', 'norm', 'onder norm', 'lon', 'lat'])
          .join(sep)
      );
      // The export's own parser.
      expect(parseFacilityCsv(csv)).toEqual(rows);
      // The facility import, as a user would bring the file back.
      const r = importFacilities(
        { name: `sport-${dialect}.csv`, bytes: new TextEncoder().encode(csv) },
        { preset: sport, ...importOptions }
      );
      expect(
        r.problems.filter((p) => p.severity === 'fout'),
        JSON.stringify(r.problems)
      ).toEqual([]);
      expect(r.mapping).toMatchObject({
        id: 'id',
        name: 'naam',
        type: 'soort',
        pupils: 'bezoekers (bestand)',
        lon: 'lon'
      });
      expect(r.facilities.map((f) => f.id)).toEqual(report.facilities.map((f) => f.id));
      r.facilities.forEach((f, i) => {
        const e = report.facilities[i];
        expect(f.name).toBe(e.name);
        // The types come back too (sporthal, gymzaal, zwembad, sportpark), as in the original file.
        expect(f.type).toBe(e.type);
        expect(f.type).toBe(facilities.find((g) => g.id === f.id)?.type);
        expect(f.pupils).toBe(e.pupilsBase);
        expect(f.context).toBe(e.context);
        const [x, y] = toRD(e.lon, e.lat);
        expect(Math.hypot(f.x - x, f.y - y)).toBeLessThan(1);
      });
      // Evaluated again, the re-imported facilities give the same baseline.
      const again = createEvaluator(bundle, 'sport', undefined, { facilities: r.facilities }).report([]);
      expect(again.summary.openFacilities).toBe(baseline.summary.openFacilities);
      expect(again.summary.pupilsTotal).toBe(baseline.summary.pupilsTotal);
    }
    // The original file's numbers, one to one.
    for (const f of facilities) expect(rows.find((r) => r.id === f.id)?.pupilsBase).toBe(f.pupils);
  });

  it('the import recognises the count column of every unit, also "plaatsen" next to "capaciteit"', () => {
    for (const unit of CAPACITY_UNITS) {
      const header = ['id', 'naam', `${unit} (bestand)`, `${unit} scenario`, 'capaciteit', 'lon', 'lat'];
      expect(suggestMapping(header).mapping, unit).toMatchObject({
        pupils: `${unit} (bestand)`,
        capacity: 'capaciteit'
      });
    }
  });

  it('the GeoJSON says what the counts are', () => {
    const gj = facilitiesGeoJson(report);
    expect(gj.transitieatlas).toMatchObject({
      sector: 'sport',
      sectorName: 'Sport',
      pupilsUnit: 'bezoekers',
      pupilsSource: 'eigen bestand'
    });
    expect(gj.features.find((f) => f.id === closed.id)?.properties).toMatchObject({
      status: 'closed',
      statusNl: 'gesloten',
      pupilsBase: closed.pupils,
      pupils: 0
    });
    // The GeoJSON imports back with the same types and places (a GIS round trip).
    const r = importFacilities(
      { name: 'sport.geojson', bytes: new TextEncoder().encode(JSON.stringify(gj)) },
      { preset: sport, ...importOptions }
    );
    expect(
      r.problems.filter((p) => p.severity === 'fout'),
      JSON.stringify(r.problems)
    ).toEqual([]);
    expect(r.facilities.map((f) => [f.id, f.type])).toEqual(facilities.map((f) => [f.id, f.type]));
  });
});

describe('an imported population', () => {
  const facilities = sportFacilities();
  const demand = populationUnits();
  const ev = createEvaluator(bundle, 'sport', undefined, { facilities, demand });
  const baseline = ev.report([]);
  const closed = facilities.find((f) => !f.context)!;
  const edits: Edit[] = [{ op: 'close', facility: closed.id }];
  const report = ev.report(edits);

  it('is named in the PDF, its sources and method, and the demand CSV', () => {
    expect(report.demandSource).toBe('import');
    const all = scenarioText('Eigen bevolking', edits, report, baseline).join('\n');
    expect(all).toContain('bevolking: eigen bestand');
    expect(all).toContain('Inwoners per gebied of punt: eigen bestand van de gebruiker');
    expect(all).not.toContain('rastercel');
    expect(all).toContain('elk gebied of punt uit het eigen bevolkingsbestand');
    const csv = demandCsv(report, 'nl');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFeenheid;lon;lat;gewicht;dichtstbijzijnde;afstand m');
    expect(csv.split('\r\n')).toHaveLength(demand.length + 2);
    expect(parseDemandCsv(csv)).toEqual(demandRows(report));
    expect(parseDemandCsv(demandCsv(report, 'plain'))).toEqual(demandRows(report));
    expect(facilitiesGeoJson(report).transitieatlas.demandSource).toBe('import');
  });

  it('po with an imported population keeps its school words and names the population', () => {
    const po = createEvaluator(bundle, 'po', undefined, { demand });
    const base = po.report([]);
    const all = scenarioText('Basis', [], base, base).join('\n');
    expect(all).toContain('leerlingen 1-10-2023; bevolking: eigen bestand');
    expect(all).toContain('Kinderen binnen 1 km');
    expect(all).toContain(DATA_SOURCES[0].source);
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
