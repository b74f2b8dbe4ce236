/**
 * CSV exports: the Dutch Excel dialect (BOM, `;`, decimal comma) and the plain one, quoting, formula
 * neutralising, and the round trip of the real Achterhoek baseline facility table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEvaluator, type Report, type ReportFacility } from '../../src/lib/engine/index';
import { validateBundle } from '../../src/lib/engine/geodata/validate';
import {
  CsvFormatError,
  demandCsv,
  demandRows,
  facilityCsv,
  facilityRows,
  parseDemandCsv,
  parseFacilityCsv,
  plainNumber
} from '../../src/lib/export/csv';

const fac = (over: Partial<ReportFacility>): ReportFacility => ({
  id: '00AA00',
  name: 'School',
  place: 'Dorp',
  municipality: 'GM0001',
  lon: 6.5,
  lat: 52,
  context: false,
  status: 'open',
  pupilsBase: 100,
  pupils: 100,
  modelledPupils: null,
  capacity: null,
  norm: 53,
  normSource: 'gemeente',
  belowNorm: false,
  ...over
});

/** A hand-made report with every awkward value a table can hold. */
const tricky: Report = {
  schemaVersion: 1,
  region: 'test',
  sector: 'po',
  year: 2023,
  parameters: { detourFactor: 1, contextKm: 10, allocation: 'nearest' },
  summary: {} as Report['summary'],
  facilities: [
    fac({ id: '01AB00', name: 'De "Bolster"; locatie Noord', place: 'Aalten', pupils: 1234.5, lon: -3.25 }),
    fac({
      id: '02CD00',
      name: '=HYPERLINK("http://x","klik")',
      status: 'closed',
      pupils: 0,
      belowNorm: true
    }),
    fac({ id: '03EF00', name: '-2+3', place: '@dorp', status: 'merged', pupilsBase: null, capacity: 250 }),
    fac({ id: '04GH00', name: "'=al beschermd", municipality: null, context: true, norm: null }),
    fac({ id: 'nieuw-1', name: 'Twee\nregels, met komma', place: null, status: 'new', pupilsBase: 0 })
  ],
  demand: [
    { id: 'c1', lon: 6.123456, lat: -52.5, weight: 4.811940298507463, nearest: '01AB00', distanceM: 1786.53 }
  ],
  flows: [],
  municipalities: [{ code: 'GM0001', name: 'Testgem' } as Report['municipalities'][number]]
};

describe('nl dialect (Dutch Excel)', () => {
  const csv = facilityCsv(tricky, 'nl');
  const lines = csv.split('\r\n');

  it('starts with a UTF-8 BOM and uses ; and CRLF', () => {
    expect(csv.startsWith('\uFEFFvestigingscode;naam;plaats;gemeentecode;gemeente;context;status;')).toBe(
      true
    );
    expect(lines[0]).toBe(
      '\uFEFFvestigingscode;naam;plaats;gemeentecode;gemeente;context;status;leerlingen 2023;leerlingen scenario;' +
        'capaciteit;norm;onder norm;lon;lat'
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes decimal commas without thousands separators; negative numbers stay numbers', () => {
    expect(lines[1]).toBe(
      '01AB00;"De ""Bolster""; locatie Noord";Aalten;GM0001;Testgem;nee;open;100;1234,5;;53;nee;-3,25;52'
    );
  });

  it('neutralises formulas in text cells only, and quotes separators, quotes and newlines', () => {
    expect(lines[2]).toBe(
      `02CD00;"'=HYPERLINK(""http://x"",""klik"")";Dorp;GM0001;Testgem;nee;gesloten;100;0;;53;ja;6,5;52`
    );
    expect(lines[3]).toBe("03EF00;'-2+3;'@dorp;GM0001;Testgem;nee;samengevoegd;;100;250;53;nee;6,5;52");
    expect(lines[4]).toBe("04GH00;''=al beschermd;Dorp;;;ja;open;100;100;;;nee;6,5;52");
    expect(csv).toContain('nieuw-1;"Twee\nregels, met komma";;GM0001;Testgem;nee;nieuw;0;100;');
  });

  it('demand cells: cel, lon, lat, gewicht, dichtstbijzijnde, afstand m', () => {
    expect(demandCsv(tricky, 'nl')).toBe(
      '\uFEFFcel;lon;lat;gewicht;dichtstbijzijnde;afstand m\r\nc1;6,123456;-52,5;4,81;01AB00;1787\r\n'
    );
  });
});

describe('plain dialect', () => {
  it('uses , and a decimal point, no BOM, and quotes commas', () => {
    const csv = facilityCsv(tricky, 'plain');
    expect(csv.startsWith('vestigingscode,naam,')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      '01AB00,"De ""Bolster""; locatie Noord",Aalten,GM0001,Testgem,nee,open,100,1234.5,,53,nee,-3.25,52'
    );
    expect(demandCsv(tricky, 'plain')).toBe(
      'cel,lon,lat,gewicht,dichtstbijzijnde,afstand m\r\nc1,6.123456,-52.5,4.81,01AB00,1787\r\n'
    );
  });
});

describe('parsing back', () => {
  it('reads both dialects of the tricky table back to the same rows', () => {
    for (const d of ['nl', 'plain'] as const) {
      expect(parseFacilityCsv(facilityCsv(tricky, d))).toEqual(facilityRows(tricky));
      expect(parseDemandCsv(demandCsv(tricky, d))).toEqual(demandRows(tricky));
    }
  });

  it('rejects a CSV that is not our table', () => {
    expect(() => parseFacilityCsv('a;b\r\n1;2\r\n')).toThrow(CsvFormatError);
    const broken = facilityCsv(tricky, 'nl').replace('1234,5', 'veel');
    expect(() => parseFacilityCsv(broken)).toThrow(
      /regel 2, kolom "leerlingen scenario": 'veel' is geen getal/
    );
  });

  it('writes numbers without exponents', () => {
    expect(plainNumber(1.5e-7)).toBe('0.00000015');
    expect(plainNumber(-2e21)).toBe('-2000000000000000000000');
    expect(plainNumber(12.25)).toBe('12.25');
    expect(Number(plainNumber(1.2345e-9))).toBe(1.2345e-9);
  });
});

describe('real Achterhoek baseline', () => {
  let report: Report;
  beforeAll(() => {
    const file = join(__dirname, '../../geodata/bundles/achterhoek.json');
    const bundle = validateBundle(JSON.parse(readFileSync(file, 'utf8')), file);
    report = createEvaluator(bundle, 'po').report([{ op: 'close', facility: '11TN00' }]);
  });

  it('the facility table round-trips in both dialects', () => {
    const rows = facilityRows(report);
    expect(rows).toHaveLength(report.facilities.length);
    for (const d of ['nl', 'plain'] as const) {
      const csv = facilityCsv(report, d);
      expect(csv.split('\r\n')).toHaveLength(rows.length + 2); // header, rows, final empty
      expect(parseFacilityCsv(csv)).toEqual(rows);
    }
    expect(rows.find((r) => r.id === '11TN00')).toMatchObject({
      status: 'closed',
      pupilsBase: 24,
      pupils: 0,
      municipalityName: 'Berkelland'
    });
  });

  it('the demand table round-trips and keeps the total weight', () => {
    const rows = demandRows(report);
    expect(parseDemandCsv(demandCsv(report, 'nl'))).toEqual(rows);
    const total = report.demand.reduce((a, u) => a + u.weight, 0);
    expect(rows.reduce((a, r) => a + r.weight, 0)).toBeCloseTo(total, -1);
  });
});
