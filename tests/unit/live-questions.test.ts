/**
 * Live session questions: the default criteria questions, the check of an answer against its question (type 400,
 * range / step / option 422, Dutch messages), ratings, a facilitator's own question, codes and nicknames.
 */
import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cleanNickname,
  CODE_ALPHABET,
  CODE_PATTERN,
  codeFrom,
  normaliseCode,
  PARTICIPANT_PATTERN,
  spacedCode
} from '../../src/lib/live/code';
import {
  answerText,
  checkAnswer,
  checkQuestion,
  checkRating,
  defaultQuestions,
  NORM_VALUE,
  Q
} from '../../src/lib/live/questions';
import type { Question } from '../../src/lib/live/types';

const PO = { sector: 'po', facilityCount: 132, one: 'school', users: 'leerlingen' };
const byId = (qs: Question[], id: string) => qs.find((q) => q.id === id)!;

describe('default questions', () => {
  it('po: the five criteria questions, all open, with the norm as an answer to the size question', () => {
    const qs = defaultQuestions(PO);
    expect(qs.map((q) => q.id)).toEqual([
      Q.maxDistance,
      Q.minPupils,
      Q.village,
      Q.denomination,
      Q.maxLocations
    ]);
    expect(qs.every((q) => q.open)).toBe(true);
    expect(byId(qs, Q.maxDistance)).toMatchObject({ kind: 'number', unit: 'km', min: 1, max: 15, step: 0.5 });
    expect(byId(qs, Q.minPupils).options).toEqual([{ value: NORM_VALUE, label: 'de opheffingsnorm' }]);
    expect(byId(qs, Q.village).options.map((o) => o.value)).toEqual(['ja', 'groot', 'nee']);
    expect(byId(qs, Q.maxLocations)).toMatchObject({ min: 1, max: 132, step: 1 });
    expect(byId(qs, Q.maxLocations).help).toContain('132');
  });

  it('sport: no denomination question, no norm, users in the sector word, a generic location maximum', () => {
    const qs = defaultQuestions({
      sector: 'sport',
      facilityCount: null,
      one: 'voorziening',
      users: 'bezoekers'
    });
    expect(qs.map((q) => q.id)).not.toContain(Q.denomination);
    expect(byId(qs, Q.minPupils).options).toEqual([]);
    expect(byId(qs, Q.minPupils).label).toContain('bezoekers');
    expect(byId(qs, Q.maxLocations).max).toBe(500);
  });
});

describe('checkAnswer', () => {
  const qs = defaultQuestions(PO);
  const distance = byId(qs, Q.maxDistance);
  const size = byId(qs, Q.minPupils);
  const village = byId(qs, Q.village);

  it('takes a number in range on the step grid, and returns it without floating point noise', () => {
    expect(checkAnswer(distance, 5)).toEqual({ ok: true, value: 5 });
    expect(checkAnswer(distance, 2.5)).toEqual({ ok: true, value: 2.5 });
    expect(checkAnswer(distance, 0.1 + 0.2 + 2.2)).toEqual({ ok: true, value: 2.5 });
    expect(checkAnswer(distance, 1)).toEqual({ ok: true, value: 1 });
    expect(checkAnswer(distance, 15)).toEqual({ ok: true, value: 15 });
  });

  it('refuses a value out of range or off the step with 422 and a Dutch message naming the range', () => {
    const r = checkAnswer(distance, 40);
    expect(r).toEqual({ ok: false, status: 422, message: expect.stringContaining('tussen 1 en 15 km') });
    expect((r as { message: string }).message).toContain('ontvangen: 40');
    expect(checkAnswer(distance, 0.5)).toMatchObject({ ok: false, status: 422 });
    expect(checkAnswer(distance, 2.3)).toEqual({
      ok: false,
      status: 422,
      message: 'Het antwoord moet in stappen van 0,5 km'
    });
  });

  it('refuses the wrong type with 400', () => {
    for (const v of [null, true, '5', [5], { v: 5 }, Number.NaN, Infinity, undefined]) {
      expect(checkAnswer(distance, v)).toMatchObject({ ok: false, status: 400 });
    }
    expect(checkAnswer(village, 3)).toMatchObject({ ok: false, status: 400 });
  });

  it('a number question with options takes the option value too', () => {
    expect(checkAnswer(size, NORM_VALUE)).toEqual({ ok: true, value: NORM_VALUE });
    expect(checkAnswer(size, 120)).toEqual({ ok: true, value: 120 });
    expect(checkAnswer(size, 'veel')).toEqual({
      ok: false,
      status: 422,
      message: 'Geef een getal of kies de opheffingsnorm'
    });
  });

  it('a choice question takes only its option values (422 names them)', () => {
    expect(checkAnswer(village, 'ja')).toEqual({ ok: true, value: 'ja' });
    expect(checkAnswer(village, 'misschien')).toEqual({
      ok: false,
      status: 422,
      message: "Kies 'Ja, in elk dorp', 'Alleen in grotere dorpen' of 'Nee, de afstand telt'"
    });
  });

  it('answerText: what the phone and the export show', () => {
    expect(answerText(distance, 2.5)).toBe('2,5 km');
    expect(answerText(size, NORM_VALUE)).toBe('de opheffingsnorm');
    expect(answerText(village, 'groot')).toBe('Alleen in grotere dorpen');
  });
});

describe('checkRating', () => {
  it('takes 1..5 whole, refuses the rest', () => {
    for (const v of [1, 2, 3, 4, 5]) expect(checkRating(v)).toEqual({ ok: true, value: v });
    expect(checkRating(0)).toMatchObject({ ok: false, status: 422 });
    expect(checkRating(6)).toMatchObject({ ok: false, status: 422 });
    expect(checkRating(2.5)).toMatchObject({ ok: false, status: 422 });
    expect(checkRating('4')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('checkQuestion (a facilitator’s own question)', () => {
  it('accepts options as strings or { value, label } and normalises them to objects', () => {
    const r = checkQuestion({
      id: 'kinderopvang',
      label: 'Kinderopvang bij de school?',
      kind: 'choice',
      options: ['ja', { value: 'nee', label: 'Nee hoor' }]
    });
    expect(r).toEqual({
      ok: true,
      value: {
        id: 'kinderopvang',
        label: 'Kinderopvang bij de school?',
        kind: 'choice',
        min: null,
        max: null,
        step: null,
        unit: null,
        options: [
          { value: 'ja', label: 'ja' },
          { value: 'nee', label: 'Nee hoor' }
        ],
        help: null,
        open: true
      }
    });
  });

  it('refuses bad definitions with a message naming the field', () => {
    expect(checkQuestion([])).toMatchObject({ status: 400 });
    expect(checkQuestion({ id: '1x', label: 'a', kind: 'choice', options: ['a', 'b'] })).toMatchObject({
      status: 422,
      message: expect.stringContaining('veld "id"')
    });
    expect(checkQuestion({ id: 'x', label: 'a', kind: 'choice', options: ['a'] })).toMatchObject({
      message: 'Een keuzevraag heeft minstens twee keuzes'
    });
    expect(checkQuestion({ id: 'x', label: 'a', kind: 'choice', options: ['a', 'a'] })).toMatchObject({
      message: expect.stringContaining("'a' staat er twee keer in")
    });
    expect(checkQuestion({ id: 'x', label: 'a', kind: 'number', min: 5, max: 1 })).toMatchObject({
      message: expect.stringContaining('"min" en "max"')
    });
    expect(checkQuestion({ id: 'x', label: 'a', kind: 'slider' })).toMatchObject({
      message: expect.stringContaining('veld "kind"')
    });
    expect(checkQuestion({ id: 'x', label: 'x'.repeat(201), kind: 'choice' })).toMatchObject({
      message: expect.stringContaining('veld "label"')
    });
  });
});

describe('codes, participant ids and nicknames', () => {
  it('codes are 6 characters of an alphabet without look-alikes', () => {
    for (const c of ['0', 'O', '1', 'I', 'L', 'U']) expect(CODE_ALPHABET).not.toContain(c);
    expect(CODE_ALPHABET).toHaveLength(30);
    for (let i = 0; i < 200; i++) expect(codeFrom(randomInt)).toMatch(CODE_PATTERN);
  });

  it('normaliseCode reads what a person types', () => {
    expect(normaliseCode(' abc-234 ')).toBe('ABC234');
    expect(normaliseCode('ABC1234')).toBeNull();
    expect(normaliseCode('abd 234')).toBe('ABD234');
    expect(normaliseCode('ABD-234')).toBe('ABD234');
    expect(normaliseCode('ABO234')).toBeNull(); // O is not in the alphabet
    expect(normaliseCode('ABD23')).toBeNull();
    expect(spacedCode('ABD234')).toBe('ABD 234');
  });

  it('participant ids are bounded', () => {
    expect(PARTICIPANT_PATTERN.test('2b1e4c8a-9d7f-4e3a-b0c1-123456789abc')).toBe(true);
    expect(PARTICIPANT_PATTERN.test('short')).toBe(false);
    expect(PARTICIPANT_PATTERN.test('x'.repeat(65))).toBe(false);
    expect(PARTICIPANT_PATTERN.test('<script>alert(1)</script>')).toBe(false);
  });

  it('nicknames: control characters out, whitespace collapsed, 40 characters at most, markup stays text', () => {
    expect(cleanNickname('  Jan\u0000  de\tVries\u202e ')).toBe('Jan de Vries');
    expect(cleanNickname('   ')).toBeNull();
    expect(cleanNickname(42)).toBeNull();
    expect(cleanNickname('x'.repeat(100))).toHaveLength(40);
    expect(cleanNickname('<b>Piet</b>')).toBe('<b>Piet</b>'); // stored as text; never rendered as HTML
  });
});
