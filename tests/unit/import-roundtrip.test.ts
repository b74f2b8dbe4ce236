/**
 * Round trips: what the app exports (facility CSV: `;`, decimal comma, BOM) imports back to the same facilities;
 * the same points as GeoJSON in RD New and in WGS84 land within 1 m of each other; Windows-1252 and TopoJSON
 * decode to the same names and places. Source: 10 real Achterhoek basisscholen (tests/fixtures/import).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../src/lib/engine/index';
import { toRD } from '../../src/lib/engine/projection';
import { facilityCsv } from '../../src/lib/export/csv';
import { importFacilities, previewImport, type ImportReport } from '../../src/lib/import';
import { getPreset } from '../../src/lib/engine/sectors/presets';
import { loadRealBundle } from '../fixtures/engine/helpers';

interface School {
  id: string;
  name: string;
  type: string;
  place: string;
  municipality: string;
  context: boolean;
  pupils: number | null;
  lon: number;
  lat: number;
}

const fixture = fileURLToPath(new URL('../fixtures/import/achterhoek-schools.json', import.meta.url));
const schools: School[] = JSON.parse(readFileSync(fixture, 'utf8')).facilities;
const po = getPreset('po')!;

const EXPORT_HEADER =
  'id;naam;plaats;gemeente;context;status;leerlingen 2023;leerlingen scenario;norm;onder norm;lon;lat';

/** The export format: `;`, decimal comma, quotes where needed, CRLF, UTF-8 with BOM. */
function exportCsv(list: School[]): Uint8Array {
  const field = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const num = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));
  const lines = list.map((s) =>
    [
      s.id,
      s.name,
      s.place,
      s.municipality,
      s.context ? 'ja' : 'nee',
      'open',
      num(s.pupils),
      num(s.pupils === null ? null : s.pupils - 7),
      '93',
      s.pupils !== null && s.pupils < 93 ? 'ja' : 'nee',
      num(Number(s.lon.toFixed(6))),
      num(Number(s.lat.toFixed(6)))
    ]
      .map(field)
      .join(';')
  );
  const text = [EXPORT_HEADER, ...lines].join('\r\n') + '\r\n';
  const body = new TextEncoder().encode(text);
  return new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
}

function expectNoErrors(r: ImportReport) {
  expect(
    r.problems.filter((p) => p.severity === 'fout'),
    JSON.stringify(r.problems, null, 1)
  ).toEqual([]);
  expect(r.ok).toBe(true);
}

function geojson(list: School[], crs: 'wgs84' | 'rd') {
  const fc: Record<string, unknown> = {
    type: 'FeatureCollection',
    features: list.map((s) => ({
      type: 'Feature',
      properties: { id: s.id, naam: s.name, leerlingen: s.pupils },
      geometry: { type: 'Point', coordinates: crs === 'rd' ? toRD(s.lon, s.lat) : [s.lon, s.lat] }
    }))
  };
  if (crs === 'rd') fc.crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } };
  return new TextEncoder().encode(JSON.stringify(fc));
}

describe('facility CSV in the export format', () => {
  it('imports back to the same facilities', () => {
    const bytes = exportCsv(schools);
    const r = importFacilities({ name: 'transitieatlas-achterhoek-po.csv', bytes }, { preset: po });
    expectNoErrors(r);
    expect(r.problems).toEqual([]);
    expect(r.stats).toMatchObject({
      format: 'csv',
      encoding: 'utf-8-bom',
      rows: 10,
      facilities: 10,
      crs: 'wgs84'
    });
    expect(r.mapping).toMatchObject({
      pupils: 'leerlingen 2023',
      context: 'context',
      municipality: 'gemeente'
    });
    expect(r.facilities.map((f) => f.id)).toEqual(schools.map((s) => s.id));
    r.facilities.forEach((f, i) => {
      const s = schools[i];
      expect(f).toMatchObject({
        name: s.name,
        place: s.place,
        municipality: s.municipality,
        context: s.context,
        pupils: s.pupils,
        type: 'basisschool',
        sector: 'po'
      });
      expect(f.lon).toBeCloseTo(s.lon, 6);
      expect(f.lat).toBeCloseTo(s.lat, 6);
      const [x, y] = toRD(s.lon, s.lat);
      expect(Math.hypot(f.x - x, f.y - y)).toBeLessThan(1);
    });
  });

  it('previews the table and the suggested mapping without applying anything', () => {
    const p = previewImport({ name: 'export.csv', bytes: exportCsv(schools) });
    expect(p.ok).toBe(true);
    expect(p.table?.columns).toEqual(EXPORT_HEADER.split(';'));
    expect(p.table?.delimiter).toBe(';');
    expect(p.table?.decimal).toBe(',');
    expect(p.table?.rowNumbers).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(p.suggestion.missing).toEqual([]);
    expect(p.suggestion.mapping).toEqual({
      id: 'id',
      name: 'naam',
      place: 'plaats',
      municipality: 'gemeente',
      context: 'context',
      pupils: 'leerlingen 2023',
      lon: 'lon',
      lat: 'lat'
    });
  });
});

describe("the app's own facility CSV (facilityCsv) of a po scenario", () => {
  it('imports back to the same ids, names, positions and pupils in both dialects', () => {
    const report = createEvaluator(loadRealBundle('achterhoek'), 'po').report([
      { op: 'close', facility: '11TN00' }
    ]);
    for (const dialect of ['nl', 'plain'] as const) {
      const bytes = new TextEncoder().encode(facilityCsv(report, dialect));
      const r = importFacilities({ name: `po-${dialect}.csv`, bytes }, { preset: po });
      expectNoErrors(r);
      expect(r.mapping).toMatchObject({
        id: 'vestigingscode',
        pupils: 'leerlingen 2023',
        capacity: 'capaciteit'
      });
      expect(r.facilities.map((f) => f.id)).toEqual(report.facilities.map((f) => f.id));
      r.facilities.forEach((f, i) => {
        const e = report.facilities[i];
        expect([f.name, f.pupils, f.context]).toEqual([e.name, e.pupilsBase, e.context]);
        const [x, y] = toRD(e.lon, e.lat);
        expect(Math.hypot(f.x - x, f.y - y)).toBeLessThan(1);
      });
    }
  });
});

describe('GeoJSON in RD New and in WGS84', () => {
  it('import to the same points within 1 m', () => {
    const wgs = importFacilities(
      { name: 'scholen-wgs84.geojson', bytes: geojson(schools, 'wgs84') },
      { preset: po }
    );
    const rd = importFacilities(
      { name: 'scholen-rd.geojson', bytes: geojson(schools, 'rd') },
      { preset: po }
    );
    expectNoErrors(wgs);
    expectNoErrors(rd);
    expect(wgs.stats).toMatchObject({ crs: 'wgs84', crsSource: 'detected' });
    expect(rd.stats).toMatchObject({ crs: 'rd', crsSource: 'declared' });
    expect(rd.facilities.map((f) => f.id)).toEqual(wgs.facilities.map((f) => f.id));
    wgs.facilities.forEach((a, i) => {
      const b = rd.facilities[i];
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeLessThan(1);
      expect(Math.abs(a.lon - b.lon)).toBeLessThan(2e-5);
      expect(Math.abs(a.lat - b.lat)).toBeLessThan(1e-5);
    });
  });

  it('detects RD by range when the crs member is missing, and lets the user override', () => {
    const text = new TextDecoder().decode(geojson(schools, 'rd')).replace(/,"crs":\{[^}]*\}\}/, '');
    const bytes = new TextEncoder().encode(text);
    const r = importFacilities({ name: 'rd.geojson', bytes }, { preset: po });
    expectNoErrors(r);
    expect(r.stats).toMatchObject({ crs: 'rd', crsSource: 'detected', swapped: false });
    const forced = importFacilities({ name: 'rd.geojson', bytes }, { preset: po, crs: 'wgs84' });
    expect(forced.ok).toBe(false);
    expect(forced.stats.crsSource).toBe('option');
    expect(forced.problems[0].code).toBe('crs-mixed');
  });
});

describe('encodings and TopoJSON', () => {
  it('decodes a Windows-1252 CSV with é and ë', () => {
    const text =
      'id;naam;plaats;lon;lat\r\n1;Sint Joséf;Mariënvelde;6,4723;52,0127\r\n2;Dr. Ariëns;Neede;6,6173;52,1365\r\n';
    const bytes = Uint8Array.from(text, (c) => ({ é: 0xe9, ë: 0xeb })[c] ?? c.charCodeAt(0));
    const r = importFacilities({ name: 'ansi.csv', bytes }, { preset: po });
    expectNoErrors(r);
    expect(r.stats.encoding).toBe('windows-1252');
    expect(r.facilities.map((f) => [f.name, f.place])).toEqual([
      ['Sint Joséf', 'Mariënvelde'],
      ['Dr. Ariëns', 'Neede']
    ]);
  });

  it('reads a quantized TopoJSON with points', () => {
    const scale = 1e-6;
    const translate = [6, 51.5];
    const topology = {
      type: 'Topology',
      transform: { scale: [scale, scale], translate },
      arcs: [],
      objects: {
        scholen: {
          type: 'GeometryCollection',
          geometries: schools.map((s) => ({
            type: 'Point',
            coordinates: [
              Math.round((s.lon - translate[0]) / scale),
              Math.round((s.lat - translate[1]) / scale)
            ],
            properties: { id: s.id, naam: s.name, plaats: s.place }
          }))
        }
      }
    };
    const bytes = new TextEncoder().encode(JSON.stringify(topology));
    const r = importFacilities({ name: 'scholen.topojson', bytes }, { preset: po });
    expectNoErrors(r);
    expect(r.stats.format).toBe('topojson');
    expect(r.facilities.map((f) => f.name)).toEqual(schools.map((s) => s.name));
    r.facilities.forEach((f, i) => {
      expect(f.feature).toBe(i);
      expect(f.lon).toBeCloseTo(schools[i].lon, 5);
      expect(f.lat).toBeCloseTo(schools[i].lat, 5);
    });
  });
});
