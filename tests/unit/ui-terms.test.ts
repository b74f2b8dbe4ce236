/**
 * The workshop's words and distance rows per sector, on real data: so from the Achterhoek bundle (DUO, the
 * preset's thresholds), sport and welzijn from the example files under static/voorbeelden imported as a user
 * would, and po exactly as before.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvaluator, ScenarioError, type Edit } from '../../src/lib/engine';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import type { Summary } from '../../src/lib/engine/types';
import { describeEdit, refusalMessage, type NameLookup } from '../../src/lib/text/edit-text';
import {
  indicatorRows,
  thresholdKm,
  usersKnown,
  withinKeys,
  type IndicatorRow
} from '../../src/lib/view/indicators';
import { formatCount, formatPercent } from '../../src/lib/i18n';
import { importFacilities, postcodeLookup } from '../../src/lib/import/index';
import { getPreset } from '../../src/lib/engine/sectors/presets';
import { sectorTerms } from '../../src/lib/sectors/terms';
import { loadRealBundle, REPO_ROOT } from '../fixtures/engine/helpers';

const bundle = loadRealBundle('achterhoek');

const byId = (rows: IndicatorRow[]) => Object.fromEntries(rows.map((r) => [r.id, r]));
const labels = (rows: IndicatorRow[]) => rows.map((r) => [r.id, r.label, r.key]);

/** An example file of a preset, imported against the Achterhoek bundle as the import dialog does. */
function importExample(sector: string) {
  const preset = getPreset(sector)!;
  const file = preset.example!;
  const r = importFacilities(
    {
      name: file.split('/').pop()!,
      bytes: new Uint8Array(readFileSync(resolve(REPO_ROOT, 'static' + file)))
    },
    { preset, postcodes: postcodeLookup(bundle.postcodes), regionBbox: bundle.meta.bbox }
  );
  expect(r.ok).toBe(true);
  return r.facilities;
}

/** The first open facilities of the region itself (not context). */
function regionIds(b: RegionBundle, sector: string, n: number): string[] {
  return b.facilities
    .filter((f) => f.sector === sector && !f.context)
    .slice(0, n)
    .map((f) => f.id);
}

function withinRows(rows: IndicatorRow[]) {
  return rows.filter((r) => r.id.startsWith('within-'));
}

describe('po keeps its rows', () => {
  it('the same ids, labels and key flags as before the sectors', () => {
    const ev = createEvaluator(bundle, 'po');
    const base = ev.evaluate([]).summary;
    const closed = ev.evaluate(regionIds(bundle, 'po', 3).map((f): Edit => ({ op: 'close', facility: f })));
    const rows = indicatorRows(closed.summary, base, 300, 'po');
    expect(labels(rows)).toEqual([
      ['open', 'Open scholen', true],
      ['pupils', 'Leerlingen', false],
      ['mean', 'Gemiddelde afstand', true],
      ['p50', 'Afstand voor de helft (P50)', false],
      ['p90', 'Afstand voor 90 % (P90)', true],
      ['max', 'Grootste afstand', false],
      ['within-1000', 'Binnen 1 km', true],
      ['within-3000', 'Binnen 3 km', false],
      ['within-5000', 'Binnen 5 km', false],
      ['below-norm', 'Scholen onder de norm', true],
      ['places-without', 'Plaatsen zonder school', true],
      ['moved', 'Leerlingen verplaatst', true]
    ]);
    // Terms passed in give the same rows as the id.
    expect(indicatorRows(closed.summary, base, 300, sectorTerms('po'))).toEqual(rows);
    const vo = createEvaluator(bundle, 'vo').evaluate([]).summary;
    expect(labels(indicatorRows(vo, vo, 0, 'vo')).map((l) => l[0])).toEqual(
      labels(rows)
        .map((l) => l[0])
        .filter((id) => id !== 'below-norm')
    );
  });
});

describe('so: real DUO schools with the preset thresholds', () => {
  const ev = createEvaluator(bundle, 'so');
  const base = ev.evaluate([]).summary;

  it('within-rows follow 10, 20 and 30 km; labels speak of scholen and leerlingen; no norm row', () => {
    expect(withinKeys(base.shareWithin)).toEqual(['10000', '20000', '30000']);
    // The municipality table takes its share column from the same keys.
    const municipalities = ev.evaluate([]).municipalities;
    expect(municipalities.length).toBeGreaterThan(0);
    for (const m of municipalities) expect(withinKeys(m.shareWithin)).toEqual(['10000', '20000', '30000']);
    const closed = ev.evaluate(regionIds(bundle, 'so', 1).map((f): Edit => ({ op: 'close', facility: f })));
    const rows = indicatorRows(closed.summary, base, 25, 'so');
    expect(withinRows(rows).map((r) => [r.id, r.label, r.key])).toEqual([
      ['within-10000', 'Binnen 10 km', true],
      ['within-20000', 'Binnen 20 km', false],
      ['within-30000', 'Binnen 30 km', false]
    ]);
    const r = byId(rows);
    expect(r['within-10000'].value).toBe(formatPercent(closed.summary.shareWithin['10000']));
    expect(r.open.label).toBe('Open scholen');
    expect(r.open.value).toBe(formatCount(closed.summary.openFacilities));
    expect(r.open.delta).toBe('\u22121');
    expect(r.pupils.label).toBe('Leerlingen');
    expect(r['places-without'].label).toBe('Plaatsen zonder school');
    expect(r.moved.label).toBe('Leerlingen verplaatst');
    expect(r['below-norm']).toBeUndefined();
    // Distance got no shorter by closing a school.
    expect(r['within-30000'].tone).toMatch(/worse|same/);
  });
});

describe('sport: the example file, imported', () => {
  const facilities = importExample('sport');
  const ev = createEvaluator(bundle, 'sport', undefined, { facilities });
  const base = ev.evaluate([]).summary;

  it('speaks of voorzieningen and bezoekers, has no norm row, and uses the preset thresholds 2, 5, 10 km', () => {
    const terms = sectorTerms('sport');
    expect(getPreset('sport')!.thresholdsM).toEqual([2000, 5000, 10000]);
    const first = facilities.find((f) => !f.context)!;
    const closed = ev.evaluate([{ op: 'close', facility: first.id }]);
    const moved = first.pupils ?? 0;
    const rows = indicatorRows(closed.summary, base, moved, terms);
    expect(terms).toMatchObject({ many: 'voorzieningen', users: 'bezoekers', norms: false });
    expect(indicatorRows(closed.summary, base, moved, 'sport')).toEqual(rows);
    const r = byId(rows);
    expect(r.open).toMatchObject({ label: 'Open voorzieningen', delta: '\u22121', tone: 'neutral' });
    expect(r.open.value).toBe(formatCount(base.openFacilities - 1));
    expect(r.pupils.label).toBe('Bezoekers');
    expect(r.pupils.value).toBe(formatCount(base.pupilsTotal));
    expect(r['places-without'].label).toBe('Plaatsen zonder voorziening');
    expect(r.moved).toMatchObject({ label: 'Bezoekers verplaatst', value: formatCount(moved) });
    expect(r['below-norm']).toBeUndefined();
    expect(withinRows(rows).map((w) => [w.id, w.label, w.key])).toEqual([
      ['within-2000', 'Binnen 2 km', true],
      ['within-5000', 'Binnen 5 km', false],
      ['within-10000', 'Binnen 10 km', false]
    ]);
    for (const k of ['2000', '5000', '10000']) {
      expect(r[`within-${k}`].value).toBe(formatPercent(closed.summary.shareWithin[k]));
    }
    expect(rows.filter((x) => x.key).map((x) => x.id)).toEqual([
      'open',
      'mean',
      'p90',
      'within-2000',
      'places-without',
      'moved'
    ]);
  });

  it('edit texts and refusals use the sector words; the schools keep theirs', () => {
    // The names of imported facilities, as the workshop looks them up.
    const names = new Map(facilities.map((f) => [f.id, { name: f.name, place: f.place }]));
    const lookup: NameLookup = (id) => names.get(id);
    const id = facilities.find((f) => !f.context)!.id;
    const capacity: Edit = { op: 'capacity', facility: id, capacity: 1500 };
    expect(describeEdit(capacity, lookup, sectorTerms('sport'))).toMatch(/: 1\.500 bezoekers$/);
    expect(describeEdit(capacity, lookup)).toMatch(/: 1\.500 leerlingen$/);
    const edits: Edit[] = [{ op: 'merge', facility: id, into: id }];
    let failure: { message: string; editIndex: number | null; problem?: string } | null = null;
    try {
      ev.evaluate(edits);
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      failure = { message: e.message, editIndex: e.editIndex, problem: e.problem };
    }
    expect(failure).not.toBeNull();
    expect(refusalMessage(failure!, edits, lookup, sectorTerms('sport'))).toMatch(
      /kan niet: een voorziening kan niet met zichzelf samengaan\.$/
    );
    expect(refusalMessage(failure!, edits, lookup)).toMatch(
      /kan niet: een school kan niet met zichzelf samengaan\.$/
    );
  });
});

describe('welzijn: a threshold that is not whole kilometres', () => {
  it('2500 m reads "Binnen 2,5 km"', () => {
    expect(thresholdKm(2500)).toBe('2,5 km');
    expect(thresholdKm(1000)).toBe('1 km');
    const facilities = importExample('welzijn');
    const s: Summary = createEvaluator(bundle, 'welzijn', undefined, { facilities }).evaluate([]).summary;
    const rows = indicatorRows(s, s, 0, 'welzijn');
    expect(withinRows(rows).map((w) => [w.id, w.label])).toEqual([
      ['within-1000', 'Binnen 1 km'],
      ['within-2500', 'Binnen 2,5 km'],
      ['within-5000', 'Binnen 5 km']
    ]);
    expect(byId(rows).open.label).toBe('Open voorzieningen');
    expect(rows.every((r) => r.tone === 'same' && r.delta === '')).toBe(true);
  });
});

describe('who a sector serves', () => {
  it('sport, zorg and welzijn count adults; the schools only children and teenagers', () => {
    expect(['po', 'vo', 'so', 'sport', 'zorg', 'welzijn'].map((s) => [s, sectorTerms(s).adults])).toEqual([
      ['po', false],
      ['vo', false],
      ['so', false],
      ['sport', true],
      ['zorg', true],
      ['welzijn', true]
    ]);
  });
});

describe('a file without user counts', () => {
  it('the zorg example gives no patiënten: users and moved users read "onbekend", not 0', () => {
    const facilities = importExample('zorg');
    expect(facilities.every((f) => f.pupils === null)).toBe(true);
    const ev = createEvaluator(bundle, 'zorg', undefined, { facilities });
    const base = ev.evaluate([]).summary;
    const closed = ev.evaluate([{ op: 'close', facility: facilities[0].id }]).summary;
    const terms = sectorTerms('zorg');
    expect(usersKnown(ev.facilityIds.map((id) => facilities.find((f) => f.id === id)!.pupils))).toBe(false);
    const rows = byId(indicatorRows(closed, base, 0, terms, false));
    expect(rows.pupils).toMatchObject({ label: 'Patiënten', value: 'onbekend', delta: '' });
    expect(rows.moved).toMatchObject({ label: 'Patiënten verplaatst', value: 'onbekend', delta: '' });
    expect(rows.open.value).toBe(formatCount(base.openFacilities - 1));
  });

  it('a file with counts (sport) and the DUO schools are known, also when some schools lack a count', () => {
    const sport = importExample('sport');
    expect(usersKnown(sport.map((f) => f.pupils))).toBe(true);
    const po = bundle.facilities.filter((f) => f.sector === 'po').map((f) => f.pupils);
    expect(usersKnown(po)).toBe(true);
    expect(usersKnown([null, 12, null])).toBe(true);
    expect(usersKnown([null, undefined])).toBe(false);
    expect(usersKnown([])).toBe(true);
    const ev = createEvaluator(bundle, 'po');
    const base = ev.evaluate([]).summary;
    expect(byId(indicatorRows(base, base, 0, 'po')).pupils.value).toBe(formatCount(base.pupilsTotal));
  });
});
