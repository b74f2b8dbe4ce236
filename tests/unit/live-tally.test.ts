/**
 * Tally maths (counts, histogram, median of an even and an odd count, ratings) and the room's answers turned into
 * the optimiser's criteria (median or another quantile, each rule of criteria.ts, explained in Dutch), with the
 * denominations of the real Achterhoek bundle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import {
  denominationCriteria,
  ordinalQuantile,
  roomCriteria,
  VILLAGE_CHILDREN
} from '../../src/lib/live/criteria';
import { defaultQuestions, NORM_VALUE, Q } from '../../src/lib/live/questions';
import { computeTally, histogramQuantile, publicTally, type AnswerGroup } from '../../src/lib/live/tally';
import type { Tally } from '../../src/lib/live/types';

const QUESTIONS = defaultQuestions({ sector: 'po', facilityCount: 132, one: 'school', users: 'leerlingen' });

function groups(question: string, values: (number | string)[]): AnswerGroup[] {
  const m = new Map<number | string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].map(([v, count]) => ({
    question,
    num: typeof v === 'number' ? v : null,
    choice: typeof v === 'string' ? v : null,
    count
  }));
}

function tallyOf(answers: Record<string, (number | string)[]>, participants = 10): Tally {
  return computeTally({
    version: 7,
    participants,
    questions: QUESTIONS,
    scenarios: [],
    answers: Object.entries(answers).flatMap(([q, v]) => groups(q, v)),
    ratings: []
  });
}

describe('computeTally', () => {
  it('counts, histogram ascending and the median of an odd and an even number of answers', () => {
    const t = tallyOf({ [Q.maxDistance]: [5, 2, 3, 3, 10], [Q.maxLocations]: [100, 80, 90, 120] });
    const d = t.questions.find((q) => q.id === Q.maxDistance)!;
    expect(d).toEqual({
      id: Q.maxDistance,
      kind: 'number',
      count: 5,
      median: 3,
      histogram: [
        { value: 2, count: 1 },
        { value: 3, count: 2 },
        { value: 5, count: 1 },
        { value: 10, count: 1 }
      ],
      counts: {}
    });
    expect(t.questions.find((q) => q.id === Q.maxLocations)!.median).toBe(95); // (90 + 100) / 2
    expect(t.version).toBe(7);
    expect(t.participants).toBe(10);
  });

  it('a question without answers: count 0, median null; every option is listed with 0', () => {
    const t = tallyOf({});
    const v = t.questions.find((q) => q.id === Q.village)!;
    expect(v).toEqual({ id: Q.village, kind: 'choice', count: 0, counts: { ja: 0, groot: 0, nee: 0 } });
    const s = t.questions.find((q) => q.id === Q.minPupils)!;
    expect(s).toMatchObject({ count: 0, median: null, histogram: [], counts: { [NORM_VALUE]: 0 } });
  });

  it('the norm answers of the size question are counted apart and stay out of the median', () => {
    const t = tallyOf({ [Q.minPupils]: [NORM_VALUE, NORM_VALUE, 100, 50, 200] });
    const s = t.questions.find((q) => q.id === Q.minPupils)!;
    expect(s.count).toBe(5);
    expect(s.counts).toEqual({ [NORM_VALUE]: 2 });
    expect(s.median).toBe(100);
  });

  it('ratings: per scenario count, mean, median and stars; a scenario without ratings is listed', () => {
    const t = computeTally({
      version: 1,
      participants: 4,
      questions: [],
      scenarios: ['a', 'b'],
      answers: [],
      ratings: [
        { scenario: 'a', value: 5, count: 2 },
        { scenario: 'a', value: 2, count: 1 },
        { scenario: 'a', value: 1, count: 1 }
      ]
    });
    expect(t.ratings).toEqual([
      {
        scenario: 'a',
        count: 4,
        mean: 13 / 4,
        median: 3.5,
        counts: { '1': 1, '2': 1, '3': 0, '4': 0, '5': 2 }
      },
      {
        scenario: 'b',
        count: 0,
        mean: null,
        median: null,
        counts: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 }
      }
    ]);
  });

  it('publicTally keeps the counts only', () => {
    const t = tallyOf({ [Q.maxDistance]: [5, 2] });
    const p = publicTally(t);
    expect(p.questions.find((q) => q.id === Q.maxDistance)).toEqual({ id: Q.maxDistance, count: 2 });
    expect(JSON.stringify(p)).not.toContain('median');
    expect(JSON.stringify(p)).not.toContain('histogram');
  });

  it('histogramQuantile agrees with sorting the answers by hand', () => {
    const values = [1, 1, 2, 3, 5, 8, 13, 21];
    const h = [...new Set(values)].map((v) => ({ value: v, count: values.filter((x) => x === v).length }));
    expect(histogramQuantile(h, 0.5)).toBe(4); // (3 + 5) / 2
    expect(histogramQuantile(h, 0)).toBe(1);
    expect(histogramQuantile(h, 1)).toBe(21);
    expect(histogramQuantile(h, 0.25)).toBe(1.75); // linear between the 2nd and 3rd of 8 (index 1.75)
    expect(histogramQuantile([], 0.5)).toBeNull();
  });
});

const bundle = JSON.parse(
  readFileSync(join(__dirname, '../../geodata/bundles/achterhoek.json'), 'utf8')
) as RegionBundle;
const denominations = bundle.facilities
  .filter((f) => f.sector === 'po' && !f.context)
  .map((f) => f.denomination);
const PO = { sector: 'po', denominations };

describe('roomCriteria', () => {
  it('medians of the room → criteria, each line explained in Dutch', () => {
    const t = tallyOf({
      [Q.maxDistance]: [3, 5, 5, 7, 10],
      [Q.minPupils]: [50, 80, 100, NORM_VALUE],
      [Q.village]: ['ja', 'ja', 'groot', 'nee', 'ja'],
      [Q.denomination]: ['niet', 'redelijk', 'redelijk'],
      [Q.maxLocations]: [100, 110, 120, 90]
    });
    const r = roomCriteria(t, PO);
    expect(r.criteria).toEqual({
      objective: 'median',
      keep: 105,
      maxDistanceKm: 5,
      minPupils: 80,
      placeMinChildren: VILLAGE_CHILDREN.yes,
      denominations: [{ denomination: 'Openbaar', withinKm: 10 }]
    });
    expect(r.quantile).toBe(0.5);
    const text = (id: string) => r.lines.find((l) => l.question === id)!.text;
    expect(text(Q.maxDistance)).toBe(
      'De mediaan van 5 antwoorden: 5 km → elk kind binnen 5 km van een open locatie (maxDistanceKm).'
    );
    expect(text(Q.minPupils)).toContain('De mediaan van 3 antwoorden met een getal: 80');
    expect(text(Q.village)).toContain('“ja, in elk dorp”');
    expect(text(Q.denomination)).toContain('Openbaar binnen 10 km');
    expect(text(Q.maxLocations)).toContain('precies 105 locaties');
    expect(r.lines.every((l) => l.used)).toBe(true);
  });

  it('another quantile moves every number criterion and the choices along their order', () => {
    const t = tallyOf({
      [Q.maxDistance]: [2, 4, 6, 8],
      [Q.village]: ['nee', 'groot', 'ja', 'ja'],
      [Q.maxLocations]: [60, 80, 100, 120]
    });
    const low = roomCriteria(t, PO, { quantile: 0.25 }).criteria;
    const high = roomCriteria(t, PO, { quantile: 0.75 }).criteria;
    expect(low.maxDistanceKm).toBe(3.5); // index 0.75 between 2 and 4
    expect(high.maxDistanceKm).toBe(6.5);
    expect(low.placeMinChildren).toBeUndefined(); // 'nee'
    expect(roomCriteria(t, PO).criteria.placeMinChildren).toBe(VILLAGE_CHILDREN.large); // lower median 'groot'
    expect(high.placeMinChildren).toBe(VILLAGE_CHILDREN.yes);
    expect(low.keep).toBe(75);
    expect(high.keep).toBe(105);
    expect(roomCriteria(t, PO, { quantile: 0.25 }).lines[0].text).toMatch(/^Het 25%-punt van 4 antwoorden/);
  });

  it('the norm wins when at least half chose it', () => {
    const t = tallyOf({ [Q.minPupils]: [NORM_VALUE, NORM_VALUE, 100, 120] });
    const r = roomCriteria(t, PO);
    expect(r.criteria.minPupils).toBe('norm');
    expect(r.lines.find((l) => l.question === Q.minPupils)!.text).toContain('2 van de 4 antwoorden kiezen');
  });

  it('no answers: objective fewest and nothing else; the lines say so', () => {
    const r = roomCriteria(tallyOf({}), PO);
    expect(r.criteria).toEqual({ objective: 'fewest' });
    expect(r.lines.filter((l) => !l.used).map((l) => l.text)).toContain(
      'Nog geen antwoorden: niet meegenomen.'
    );
  });

  it('keep never exceeds the locations of today; the year of the map goes along when not 2023', () => {
    const t = tallyOf({ [Q.maxLocations]: [500, 500] });
    const r = roomCriteria(t, { ...PO, year: 2030 });
    expect(r.criteria.keep).toBe(denominations.length);
    expect(r.criteria.year).toBe(2030);
  });

  it('“zeer belangrijk”: every denomination with at least 10 % of the Achterhoek’s schools, within the distance', () => {
    // Achterhoek po: Openbaar 38, Rooms-Katholiek 51, Protestants-Christelijk 31 of 132; the rest under 10 %.
    expect(denominationCriteria('zeer', denominations, 4)).toEqual([
      { denomination: 'Rooms-Katholiek', withinKm: 4 },
      { denomination: 'Openbaar', withinKm: 4 },
      { denomination: 'Protestants-Christelijk', withinKm: 4 }
    ]);
    const t = tallyOf({ [Q.denomination]: ['zeer', 'zeer', 'niet'] });
    expect(roomCriteria(t, PO).criteria.denominations).toHaveLength(3);
    expect(roomCriteria(t, PO).criteria.denominations![0].withinKm).toBe(10); // no distance answers: 10 km
    expect(roomCriteria(t, { sector: 'vo', denominations }).criteria.denominations).toBeUndefined();
  });

  it('ordinalQuantile: the lower median of an even split, and null without answers', () => {
    const t = tallyOf({ [Q.village]: ['nee', 'ja'] }).questions.find((q) => q.id === Q.village)!;
    expect(ordinalQuantile(t, ['nee', 'groot', 'ja'], 0.5)).toBe('nee');
    expect(ordinalQuantile(t, ['nee', 'groot', 'ja'], 0.51)).toBe('ja');
    const empty = tallyOf({}).questions.find((q) => q.id === Q.village)!;
    expect(ordinalQuantile(empty, ['nee', 'groot', 'ja'], 0.5)).toBeNull();
  });
});

describe('displayBins', () => {
  it('one bar per value when few; whole steps per bar when many; every answer in a bar', async () => {
    const { displayBins } = await import('../../src/lib/live/histogram');
    const few = displayBins({ min: 1, max: 4, step: 1 }, [{ value: 2, count: 3 }]);
    expect(few.map((b) => [b.label, b.count])).toEqual([
      ['1', 0],
      ['2', 3],
      ['3', 0],
      ['4', 0]
    ]);
    // 1..15 km in steps of 0.5: 29 values, 16 bars at most -> 2 values per bar (15 bars).
    const km = displayBins({ min: 1, max: 15, step: 0.5 }, [
      { value: 1, count: 1 },
      { value: 1.5, count: 2 },
      { value: 15, count: 4 }
    ]);
    expect(km).toHaveLength(15);
    expect(km[0]).toEqual({ from: 1, to: 1.5, count: 3, label: '1–1,5' });
    expect(km.at(-1)).toEqual({ from: 15, to: 15, count: 4, label: '15' });
    const locations = displayBins({ min: 1, max: 132, step: 1 }, [
      { value: 132, count: 1 },
      { value: 60, count: 2 }
    ]);
    expect(locations.length).toBeLessThanOrEqual(16);
    expect(locations.reduce((s, b) => s + b.count, 0)).toBe(3);
  });
});
