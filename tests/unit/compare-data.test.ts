/**
 * What the compare page draws and how it words numbers: colour classes, cells without children left out, the
 * cell order of the map, the symbols per status, the pair's sector, and the Dutch formatting of values and
 * differences (shared with the PDF).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareReports, createEvaluator, type Report } from '../../src/lib/engine/index';
import { validateBundle } from '../../src/lib/engine/geodata/validate';
import {
  baselineOption,
  byCell,
  classIndex,
  DIFFERENCE_CLASSES,
  differenceFills,
  differenceTotals,
  DISTANCE_CLASSES,
  distanceFills,
  pairSector,
  sessionOptions,
  statusPoints,
  STATUS_STYLE,
  TRANSPARENT
} from '../../src/lib/components/scenarios/compare-data';
import {
  editText,
  facilityIndex,
  formatDifference,
  formatIndicator,
  judge,
  parametersText
} from '../../src/lib/components/scenarios/report-text';

let base: Report;
let closed: Report;

beforeAll(() => {
  const file = join(__dirname, '../../geodata/bundles/achterhoek.json');
  const bundle = validateBundle(JSON.parse(readFileSync(file, 'utf8')), file);
  const ev = createEvaluator(bundle, 'po');
  base = ev.report([]);
  closed = ev.report([{ op: 'close', facility: '11TN00' }]);
});

describe('colour classes', () => {
  it('puts a value in the class whose lower bound it reaches', () => {
    expect(classIndex(DISTANCE_CLASSES, 0)).toBe(0);
    expect(classIndex(DISTANCE_CLASSES, 499.9)).toBe(0);
    expect(classIndex(DISTANCE_CLASSES, 500)).toBe(1);
    expect(classIndex(DISTANCE_CLASSES, 50_000)).toBe(DISTANCE_CLASSES.length - 1);
    expect(classIndex(DIFFERENCE_CLASSES, 0)).toBe(3); // vrijwel gelijk
    expect(classIndex(DIFFERENCE_CLASSES, -99)).toBe(3);
    expect(classIndex(DIFFERENCE_CLASSES, -100)).toBe(3);
    expect(classIndex(DIFFERENCE_CLASSES, -101)).toBe(2);
    expect(classIndex(DIFFERENCE_CLASSES, 5000)).toBe(6);
    expect(classIndex(DIFFERENCE_CLASSES, -5000)).toBe(0);
  });

  it('leaves cells without children transparent and colours the others', () => {
    const fills = distanceFills(base);
    expect(fills.length).toBe(base.demand.length);
    base.demand.forEach((u, i) => {
      if (u.weight === 0) expect(fills[i]).toBe(TRANSPARENT);
      else expect(fills[i]).toBe(DISTANCE_CLASSES[classIndex(DISTANCE_CLASSES, u.distanceM)].color);
    });
  });

  it('counts the children per difference class; the total is the region’s children', () => {
    const change = compareReports(base, closed).distanceChangeM;
    const totals = differenceTotals(closed, change);
    const all = base.demand.reduce((s, u) => s + u.weight, 0);
    expect(totals.reduce((s, t) => s + t, 0)).toBeCloseTo(all, 6);
    // Closing a school never brings anyone closer.
    expect(totals.slice(0, 3).every((t) => t === 0)).toBe(true);
    expect(totals.slice(4).some((t) => t > 0)).toBe(true);
    const fills = differenceFills(closed, change);
    expect(fills.filter((f) => f === DIFFERENCE_CLASSES[0].color)).toEqual([]);
  });
});

describe('byCell', () => {
  it('is the identity when the map and the report list the same cells', () => {
    const ids = base.demand.map((u) => u.id);
    expect(byCell(ids, base, ids, 'x')).toEqual(ids);
  });

  it('matches by id otherwise, with a fallback for cells the report lacks', () => {
    const ids = ['nope', base.demand[2].id, base.demand[0].id];
    const values = base.demand.map((_, i) => i);
    expect(byCell(ids, base, values, -1)).toEqual([-1, 2, 0]);
  });
});

describe('status points', () => {
  it('styles closed schools hollow and draws context schools first', () => {
    const points = statusPoints(closed);
    expect(points.length).toBe(closed.facilities.length);
    const gone = points.find((p) => p.id === '11TN00')!;
    expect(gone.status).toBe('closed');
    expect(gone.line).toEqual(STATUS_STYLE.closed.line);
    const firstRegion = points.findIndex((p) => !p.context);
    expect(points.slice(firstRegion).every((p) => !p.context)).toBe(true);
    // Styles are copies: recolouring one point cannot change another's.
    points[firstRegion].fill[0] = 1;
    expect(STATUS_STYLE.open.fill[0]).not.toBe(1);
  });
});

describe('pickers', () => {
  it('takes the sector of a scenario for the baseline, refuses two sectors', () => {
    const [po, vo] = sessionOptions([
      { id: 's1', name: 'A', sector: 'po', edits: [], redo: [] },
      { id: 's2', name: 'B', sector: 'vo', edits: [], redo: [], readOnly: true, sharedId: 'x' }
    ]);
    expect(vo.name).toBe('B (gedeeld)');
    expect(pairSector(baselineOption(), vo, 'po')).toBe('vo');
    expect(pairSector(po, baselineOption(), 'vo')).toBe('po');
    expect(pairSector(baselineOption(), baselineOption(), 'po')).toBe('po');
    expect(pairSector(po, vo, 'po')).toBeNull();
  });
});

describe('report text', () => {
  it('formats values and differences the Dutch way', () => {
    expect(formatIndicator(20637, 'count')).toBe('20.637');
    expect(formatIndicator(692.67, 'm')).toBe('0,69 km');
    expect(formatIndicator(0.8044, 'share')).toBe('80,4 %');
    expect(formatIndicator(null, 'm')).toBe('–');
    expect(formatDifference(-1, 'count')).toBe('−1');
    expect(formatDifference(-1, 'count', '-')).toBe('-1');
    expect(formatDifference(12.3, 'm')).toBe('+0,01 km');
    expect(formatDifference(-0.0004, 'share')).toBe('0,0 %-punt');
    expect(formatDifference(0, 'count')).toBe('0');
  });

  it('judges a change by its rounded value and direction', () => {
    expect(judge(-1, 'count', 'higher')).toBe('worse');
    expect(judge(12, 'm', 'lower')).toBe('worse');
    expect(judge(-0.002, 'share', 'higher')).toBe('worse');
    expect(judge(0.00004, 'share', 'higher')).toBe('same');
    expect(judge(-30, 'm', 'lower')).toBe('better');
  });

  it('words parameters and edits', () => {
    expect(parametersText({ detourFactor: 1, contextKm: 10, allocation: 'nearest' }, 'sport')).toBe(
      'Afstand hemelsbreed (omwegfactor 1)'
    );
    expect(parametersText({ detourFactor: 1, contextKm: 10, allocation: 'nearest' }, 'po')).toBe(
      'Afstand hemelsbreed (omwegfactor 1); leerlingen van een gesloten school: dichtstbijzijnde school'
    );
    expect(parametersText({ detourFactor: 1.3, contextKm: 10, allocation: 'choice' }, 'vo')).toBe(
      'Afstand hemelsbreed × omwegfactor 1,3; leerlingen van een gesloten school: keuzemodel (gemodelleerd)'
    );
    const byId = facilityIndex(base.facilities);
    expect(editText({ op: 'close', facility: '11TN00' }, byId)).toBe(
      'Sluiten: Openbare Basisschool De Voshaar (Haarlo)'
    );
    expect(editText({ op: 'capacity', facility: 'ONBEKEND', capacity: 1200 }, byId)).toBe(
      'Capaciteit ONBEKEND: 1.200 leerlingen'
    );
  });
});
