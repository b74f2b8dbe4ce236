/**
 * The live session's texts in English: this file loads the catalogue as a page with ?lang=en would (the address
 * is stubbed before any import), so module-level texts and numbers are English too. The default questions stored
 * in Dutch are shown in English, a facilitator's own question stays as typed; the CSV built in the browser has
 * English headers in the plain dialect with the same column keys; the PDF is English.
 */
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  (globalThis as { location?: unknown }).location = { search: '?lang=en' };
});

import { INTL_LOCALE, LOCALE } from '../../src/lib/i18n/catalogue';
import { serverMessage } from '../../src/lib/live/client';
import { roomCriteria } from '../../src/lib/live/criteria';
import { CSV_DIALECT, localExportName, localVotesCsv } from '../../src/lib/live/live-csv';
import { LIVE_START_TEXT } from '../../src/lib/live/live-start-text';
import { CRITERIA_TEXT, FACILITATOR_TEXT, km, PARTICIPANT_TEXT } from '../../src/lib/live/live-ui-text';
import { sessionPdf } from '../../src/lib/live/pdf';
import { PHONE_MAP_CLASSES } from '../../src/lib/live/phone-map';
import { answerText, localQuestion, localSession } from '../../src/lib/live/question-text';
import { API_TEXT } from '../../src/lib/live/live-text';
import { NORM_VALUE, Q } from '../../src/lib/live/questions';
import type { Question } from '../../src/lib/live/types';
import { OWN_QUESTION, PO_QUESTIONS, pdfStrings, sessionExport, SPORT_QUESTIONS } from './live-i18n-fixture';

const byId = (qs: Question[], id: string) => qs.find((q) => q.id === id)!;

describe('the live session in English', () => {
  it('speaks English with British numbers', () => {
    expect(LOCALE).toBe('en');
    expect(INTL_LOCALE).toBe('en-GB');
  });

  it('shows the default questions stored in Dutch in English', () => {
    const qs = PO_QUESTIONS.map((q) => localQuestion(q, 'po'));
    expect(qs.map((q) => q.label)).toEqual([
      'How far away may the nearest school be, at most?',
      'How many pupils should a school have, at least?',
      'A school in every village?',
      'How important is a choice of denomination (state, Catholic, Protestant, …)?',
      'How many locations (school) may remain, at most?'
    ]);
    expect(byId(qs, Q.maxDistance).help).toBe('In kilometres, as the map shows distances.');
    expect(byId(qs, Q.minPupils)).toMatchObject({
      unit: 'pupils',
      options: [{ value: NORM_VALUE, label: 'the closure norm' }]
    });
    expect(byId(qs, Q.village).options).toEqual([
      { value: 'ja', label: 'Yes, in every village' },
      { value: 'groot', label: 'Only in larger villages' },
      { value: 'nee', label: 'No, distance is what counts' }
    ]);
    expect(byId(qs, Q.maxLocations)).toMatchObject({
      unit: 'locations',
      help: 'There are 132 now (schools in the region).'
    });
    // The values the server checks and counts stay the same.
    expect(qs.map((q) => q.options.map((o) => o.value))).toEqual(
      PO_QUESTIONS.map((q) => q.options.map((o) => o.value))
    );

    const sport = SPORT_QUESTIONS.map((q) => localQuestion(q, 'sport'));
    expect(byId(sport, Q.minPupils).label).toBe('How many visitors should a facility have, at least?');
    expect(byId(sport, Q.maxLocations).help).toBeNull();
  });

  it('keeps a facilitator’s own question, and a default label typed over, as typed', () => {
    expect(localQuestion(OWN_QUESTION, 'po')).toBe(OWN_QUESTION);
    const typed = { ...PO_QUESTIONS[0], label: 'Hoe ver mag de school zijn?' };
    expect(localQuestion(typed, 'po').label).toBe('Hoe ver mag de school zijn?');
    expect(localQuestion(typed, 'po').help).toBe('In kilometres, as the map shows distances.');
  });

  it('the session’s sector name', () => {
    expect(localSession(sessionExport().session).sectorName).toBe('Primary education');
    expect(localSession({ ...sessionExport().session, sectorName: 'Eigen sector' }).sectorName).toBe(
      'Eigen sector'
    );
  });

  it('words of the panel and the phone', () => {
    expect(LIVE_START_TEXT.start).toBe('Start live session');
    expect(LIVE_START_TEXT.running('ABC 234', 1200)).toBe('Live ABC 234 · 1,200 participants');
    expect(FACILITATOR_TEXT.average('3.5', 1)).toBe('average 3.5 (1 vote)');
    expect(FACILITATOR_TEXT.answers(2)).toBe('2 answers');
    expect(FACILITATOR_TEXT.median('2.5 km')).toBe('median 2.5 km');
    expect(FACILITATOR_TEXT.edits(3)).toBe('3 changes');
    expect(PARTICIPANT_TEXT.received('7.5 km')).toBe('Received: 7.5 km');
    expect(PARTICIPANT_TEXT.figuresP90(km(3100), km(3350))).toBe('9 in 10 within: 3.35 km (now 3.10 km)');
    expect(PARTICIPANT_TEXT.stars(4)).toBe('4 out of 5');
    expect(answerText(localQuestion(PO_QUESTIONS[0], 'po'), 7.5)).toBe('7.5 km');
    expect(
      PHONE_MAP_CLASSES.map((c, i) => PARTICIPANT_TEXT.ramp(c.min, PHONE_MAP_CLASSES[i + 1]?.min ?? null))
    ).toEqual([
      'up to 0.5 km',
      '0.5 – 1 km',
      '1 – 2 km',
      '2 – 3 km',
      '3 – 5 km',
      '5 – 10 km',
      '10 km or more'
    ]);
  });

  it('the server’s messages a phone meets in English, any other as the server wrote it', () => {
    expect(serverMessage(API_TEXT.closedQuestion)).toBe(
      'This question is closed: the facilitator no longer accepts answers'
    );
    expect(serverMessage(API_TEXT.notFound)).toBe('Session not found. Check the code on the screen.');
    expect(serverMessage(API_TEXT.full(500))).toBe(API_TEXT.full(500));
  });

  it('the criteria lines', () => {
    expect(CRITERIA_TEXT.which(0.25)).toBe('The 25th percentile');
    const room = roomCriteria(sessionExport().tally, { sector: 'po', denominations: [] });
    const line = (id: string) => room.lines.find((l) => l.question === id)?.text;
    expect(line(Q.maxDistance)).toBe(
      'The median of 3 answers: 2.5 km → every child within 2.5 km of an open location (maxDistanceKm).'
    );
    expect(line(Q.village)).toBe(
      'The median of 3 answers: “yes, in every village” → a location in every village with at least 1 child of ' +
        'that age (placeMinChildren).'
    );
    expect(line(Q.maxLocations)).toBe(
      'No answers on the number of locations → as few locations as possible that meet the other requirements ' +
        '(objective: fewest).'
    );
  });

  it('the CSV: English headers, plain dialect, the same keys and raw values', () => {
    expect(CSV_DIALECT).toBe('plain');
    const lines = localVotesCsv(sessionExport()).split('\r\n');
    expect(lines[0]).toBe('participant,nickname,question,question text,kind,value,answer,time (UTC)');
    expect(lines[1]).toBe(
      'p-1,Anna,maxDistanceKm,"How far away may the nearest school be, at most?",number,2.5,2.5 km,2026-11-30T09:00:00Z'
    );
    expect(lines[2]).toContain(',number,norm,the closure norm,');
    expect(lines[4]).toBe('p-2,,s1,Rating: Kilder dicht,rating,4,4 out of 5,2026-11-30T09:03:00Z');
    expect(localExportName(sessionExport(), 'csv')).toBe('live-session-achterhoek-ABC234.csv');
  });

  it('the PDF', () => {
    const text = pdfStrings(
      sessionPdf(
        { data: sessionExport(), date: new Date(Date.UTC(2026, 10, 30, 10)) },
        { compress: false }
      ).output()
    ).join('\n');
    expect(text).toContain('Live session ABC234 · Achterhoek');
    expect(text).toContain('TRANSITIEATLAS · LIVE SESSION');
    expect(text).toContain('Primary education');
    expect(text).toContain('30 November 2026 at');
    expect(text).toContain('How far away may the nearest school be, at most?');
    expect(text).toContain('3 answers · median 2.5 km');
    expect(text).toContain('the closure norm');
    expect(text).toContain('1.91 km (now 1.84 km)');
    expect(text).toContain('Mag de bus langer rijden?');
    expect(text).toContain('2 answers');
    for (const dutch of ['antwoorden', 'Gemiddelde', 'Beoordeling', 'Deelnemers', 'opheffingsnorm', ' nu '])
      expect(text).not.toContain(dutch);
  });
});
