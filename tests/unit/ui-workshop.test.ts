import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvaluator, type Edit } from '../../src/lib/engine';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import {
  facilityDetails,
  facilityMap,
  nameLookup,
  searchEntries,
  searchFacilities
} from '../../src/lib/view/facility-details';
import { indicatorRows, movedPupils } from '../../src/lib/view/indicators';
import { cellGrid, colourCatchments } from '../../src/lib/map/catchment';
import { CATCHMENT_PALETTE } from '../../src/lib/map/colors';
import { prepareMapData } from '../../src/lib/map/prepare';
import {
  distanceClasses,
  engineIndexOf,
  facilityStyle,
  flowArcs,
  furtherCells,
  normRings,
  positionLookup,
  statusMarks
} from '../../src/lib/map/scenario-view';

const dir = process.env.TRANSITIEATLAS_GEODATA || join(__dirname, '../../geodata');
const bundle = JSON.parse(readFileSync(join(dir, 'bundles/achterhoek.json'), 'utf8')) as RegionBundle;
const ev = createEvaluator(bundle, 'po');
const facilities = facilityMap(bundle);
const KILDER = '14ZK00';
const ZEDDAM = '03TG00';

describe('facility panel and search', () => {
  it('a merge shows the closed school going out and the target receiving exactly its pupils', () => {
    const edits: Edit[] = [{ op: 'merge', facility: KILDER, into: ZEDDAM }];
    const evaluated = { facilityIds: ev.facilityIds, result: ev.evaluate(edits) };
    const lookup = nameLookup(bundle, evaluated.result);
    const from = facilityDetails(KILDER, bundle, facilities, evaluated, lookup)!;
    const into = facilityDetails(ZEDDAM, bundle, facilities, evaluated, lookup)!;
    expect(from.status).toBe('merged');
    expect(from.pupilsNow).toBe(0);
    // The outflow also tells the room how the receiving school stands afterwards (Zeddam is in sub-area Bergh).
    expect(from.outflows).toEqual([
      {
        id: ZEDDAM,
        label: 'Roncalli Basisschool, Zeddam',
        pupils: 111,
        total: 172 + 111,
        norm: 69,
        belowNorm: false,
        closed: false
      }
    ]);
    expect(from.placeWithout).toBe(true); // Kilder had one school
    expect(into.pupilsBase).toBe(172);
    expect(into.pupilsNow).toBe(172 + 111);
    expect(into.inflows).toEqual([{ id: KILDER, label: 'Basisschool Laetare, Kilder', pupils: 111 }]);
    expect(into.norm).not.toBeNull();
    expect(into.margin).toBe(into.pupilsNow - into.norm!);
  });

  it('knows new locations and context schools', () => {
    const edits: Edit[] = [{ op: 'open', id: 'NIEUW1', name: 'Nieuwe school 1', lon: 6.4, lat: 52.0 }];
    const evaluated = { facilityIds: ev.facilityIds, result: ev.evaluate(edits) };
    const d = facilityDetails('NIEUW1', bundle, facilities, evaluated, nameLookup(bundle, evaluated.result))!;
    expect(d.isNew).toBe(true);
    expect(d.status).toBe('open');
    expect(d.inEngine).toBe(true);
    const ctx = bundle.facilities.find((f) => f.sector === 'po' && f.context)!;
    expect(facilityDetails(ctx.id, bundle, facilities, evaluated, nameLookup(bundle, null))!.context).toBe(
      true
    );
    expect(facilityDetails('NOPE', bundle, facilities, evaluated, nameLookup(bundle, null))).toBeNull();
  });

  it('search ignores case and accents, matches every word, lists region schools first', () => {
    const entries = searchEntries(ev.facilityIds, facilities, null);
    expect(entries.length).toBe(ev.facilityIds.length);
    expect(searchFacilities(entries, 'LAETARE kilder').map((e) => e.id)).toEqual([KILDER]);
    expect(searchFacilities(entries, KILDER.toLowerCase()).map((e) => e.id)).toEqual([KILDER]);
    const firstContext = entries.findIndex((e) => e.context);
    expect(entries.slice(firstContext).every((e) => e.context)).toBe(true);
    expect(searchFacilities(entries, 'e', 5)).toHaveLength(5);
  });
});

describe('indicator rows', () => {
  it('formats values and changes in Dutch with a tone against the baseline', () => {
    const base = ev.evaluate([]);
    const closed = ev.evaluate([{ op: 'close', facility: KILDER }]);
    const basePupils = ev.facilityIds.map((id) => facilities.get(id)?.pupils ?? 0);
    const moved = movedPupils(closed.facilities.status, basePupils);
    expect(moved).toBe(111);
    const rows = Object.fromEntries(
      indicatorRows(closed.summary, base.summary, moved, 'po').map((r) => [r.id, r])
    );
    expect(rows.open).toMatchObject({ value: '131', delta: '\u22121', tone: 'neutral' });
    expect(rows.pupils).toMatchObject({ value: '20.637', delta: '', tone: 'same' });
    expect(rows.mean.value).toMatch(/^0,\d\d km$/);
    expect(rows.max.tone).toMatch(/worse|same/);
    expect(rows['within-1000'].tone).toMatch(/worse|same/);
    const same = indicatorRows(base.summary, base.summary, 0, 'po');
    expect(same.every((r) => r.delta === '' && r.tone === 'same')).toBe(true);
    expect(indicatorRows(base.summary, base.summary, 0, 'vo').some((r) => r.id === 'below-norm')).toBe(false);
  });
});

describe('map view of a result', () => {
  const mapData = prepareMapData(bundle);
  const points = mapData.facilities.po;
  const index = engineIndexOf(points, ev.facilityIds);
  const edits: Edit[] = [{ op: 'close', facility: KILDER }];
  const result = ev.evaluate(edits);
  const base = ev.evaluate([]);

  it('maps drawing order to engine order and styles closed schools hollow', () => {
    const i = points.findIndex((p) => p.facility.id === KILDER);
    expect(ev.facilityIds[index[i]]).toBe(KILDER);
    const style = facilityStyle(points, index, result);
    expect(style.fill[i][3]).toBe(0);
    expect(style.radius[i]).toBeGreaterThanOrEqual(8);
    expect(statusMarks(points, index, [], result)).toEqual([{ position: points[i].position, text: '×' }]);
    const below = normRings(points, style);
    expect(below.length).toBe(result.summary.belowNorm);
  });

  it('draws one arc per moved batch and outlines the cells that now travel further', () => {
    const arcs = flowArcs(result, positionLookup(bundle, result));
    expect(arcs).toHaveLength(1);
    expect(arcs[0]).toMatchObject({ from: KILDER, pupils: 111 });
    const further = furtherCells(mapData.cells, result.demand.distanceM, base.demand.distanceM);
    expect(further.length).toBeGreaterThan(0);
    expect(furtherCells(mapData.cells, base.demand.distanceM, base.demand.distanceM)).toEqual([]);
    const classes = distanceClasses(mapData.cells, result.demand.distanceM);
    expect(classes.length).toBe(mapData.cells.length);
  });

  it('colours touching catchments differently and keeps colours stable', () => {
    const grid = cellGrid(mapData.cells.map((c) => c.unit.id));
    expect([...grid.east].filter((e) => e >= 0).length).toBeGreaterThan(mapData.cells.length * 0.8);
    const n = base.facilities.status.length;
    const colours = colourCatchments(base.demand.nearest, grid, n, CATCHMENT_PALETTE.length);
    let clashes = 0;
    for (let c = 0; c < base.demand.nearest.length; c++) {
      for (const m of [grid.east[c], grid.north[c]]) {
        const a = base.demand.nearest[c];
        const b = m >= 0 ? base.demand.nearest[m] : a;
        if (a !== b && colours[a] === colours[b]) clashes++;
      }
    }
    expect(clashes).toBe(0);
    const again = colourCatchments(result.demand.nearest, grid, n, CATCHMENT_PALETTE.length, colours);
    let kept = 0;
    for (let f = 0; f < n; f++) if (again[f] !== 255 && again[f] === colours[f]) kept++;
    expect(kept).toBeGreaterThan(0.9 * [...again].filter((c) => c !== 255).length);
  });
});
