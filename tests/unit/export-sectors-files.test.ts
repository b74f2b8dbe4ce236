/**
 * The exports of the user's own files on real data: sport from the example file (static/voorbeelden) imported as a
 * user would and evaluated on the Achterhoek bundle, and an imported population. The PDF speaks of voorzieningen
 * and bezoekers at the sector's thresholds, the sport CSV and GeoJSON read back through the facility import, an
 * imported population is named as such. The sectors with school words: export-sectors.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvaluator, type Edit } from '../../src/lib/engine/index';
import { toRD } from '../../src/lib/engine/projection';
import { formatIndicator, formatPupils } from '../../src/lib/text/report-text';
import {
  demandCsv,
  demandRows,
  facilityCsv,
  facilityRows,
  parseDemandCsv,
  parseFacilityCsv
} from '../../src/lib/export/csv';
import { facilitiesGeoJson } from '../../src/lib/export/geojson';
import { comparePdf } from '../../src/lib/export/pdf';
import { DATA_SOURCES, METHOD_NOTE } from '../../src/lib/export/pdf-sources';
import { importDemand, importFacilities } from '../../src/lib/import/index';
import { suggestMapping } from '../../src/lib/import/mapping';
import { CAPACITY_UNITS, getPreset } from '../../src/lib/engine/sectors/presets';
import { REPO_ROOT } from '../fixtures/engine/helpers';
import { bundle, DATE, importOptions, pdfText, scenarioText } from './export-sectors-fixture';

const sport = getPreset('sport')!;

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
