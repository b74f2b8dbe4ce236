/**
 * The live session's texts in Dutch (the page without ?lang): exactly the words the live session always had. The
 * default questions stored by the server come back unchanged, the phone's legend says what the map's legend
 * says, the browser's CSV words are the server's, and the PDF is Dutch. English: live-i18n-en.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { LOCALE } from '../../src/lib/i18n/catalogue';
import { DISTANCE_CLASSES } from '../../src/lib/map/colors';
import { serverMessage } from '../../src/lib/live/client';
import { roomCriteria } from '../../src/lib/live/criteria';
import { DUTCH_CSV_WORDS, exportName, votesCsv } from '../../src/lib/live/export';
import { CSV_DIALECT, CSV_WORDS, localExportName, localVotesCsv } from '../../src/lib/live/live-csv';
import { LIVE_START_TEXT } from '../../src/lib/live/live-start-text';
import { FACILITATOR_TEXT, km, PARTICIPANT_TEXT } from '../../src/lib/live/live-ui-text';
import { sessionPdf } from '../../src/lib/live/pdf';
import { PHONE_MAP_CLASSES } from '../../src/lib/live/phone-map';
import { answerText, localQuestion, localSession } from '../../src/lib/live/question-text';
import { API_TEXT } from '../../src/lib/live/live-text';
import { Q } from '../../src/lib/live/questions';
import { OWN_QUESTION, PO_QUESTIONS, pdfStrings, sessionExport, SPORT_QUESTIONS } from './live-i18n-fixture';

describe('the live session in Dutch', () => {
  it('is Dutch without ?lang', () => expect(LOCALE).toBe('nl'));

  it('shows the stored default questions as they are (the catalogue has the server’s words)', () => {
    for (const q of PO_QUESTIONS) expect(localQuestion(q, 'po')).toEqual(q);
    for (const q of SPORT_QUESTIONS) expect(localQuestion(q, 'sport')).toEqual(q);
    expect(localQuestion(OWN_QUESTION, 'po')).toBe(OWN_QUESTION);
    const s = localSession(sessionExport().session);
    expect(s.sectorName).toBe('Basisonderwijs');
    expect(s.questions).toEqual(sessionExport().session.questions);
  });

  it('words of the panel and the phone', () => {
    expect(LIVE_START_TEXT.running('ABC 234', 1)).toBe('Live ABC 234 · 1 deelnemer');
    expect(FACILITATOR_TEXT.participants(1200)).toBe('1.200 deelnemers');
    expect(FACILITATOR_TEXT.average('3,5', 2)).toBe('gemiddeld 3,5 (2 stemmen)');
    expect(FACILITATOR_TEXT.edits(0)).toBe('zonder ingrepen');
    expect(FACILITATOR_TEXT.edits(1)).toBe('1 ingreep');
    expect(FACILITATOR_TEXT.qrLabel('http://x/s/ABC234')).toBe('QR-code: http://x/s/ABC234');
    expect(PARTICIPANT_TEXT.meta('Basisonderwijs', 'ABC 234')).toBe('Basisonderwijs · code ABC 234');
    expect(PARTICIPANT_TEXT.figuresOpen(132, 131)).toBe('Open locaties: 131 (nu 132)');
    expect(PARTICIPANT_TEXT.figuresMean(km(1840), km(1905.5))).toBe(
      'Gemiddelde afstand: 1,91 km (nu 1,84 km)'
    );
    expect(PARTICIPANT_TEXT.questionCount(1)).toBe('1 antwoord');
    expect(km(null)).toBe('onbekend');
    expect(answerText(PO_QUESTIONS[0], 7.5)).toBe('7,5 km');
    expect(
      PHONE_MAP_CLASSES.map((c, i) => PARTICIPANT_TEXT.ramp(c.min, PHONE_MAP_CLASSES[i + 1]?.min ?? null))
    ).toEqual(DISTANCE_CLASSES.map((c) => c.label));
  });

  it('the server’s messages as the server wrote them', () => {
    for (const [k, v] of Object.entries(API_TEXT))
      if (typeof v === 'string') expect(serverMessage(v), k).toBe(v);
    expect(serverMessage(API_TEXT.full(500))).toBe(API_TEXT.full(500));
  });

  it('the criteria lines', () => {
    const room = roomCriteria(sessionExport().tally, { sector: 'po', denominations: [] });
    const line = (id: string) => room.lines.find((l) => l.question === id)?.text;
    expect(line(Q.maxDistance)).toBe(
      'De mediaan van 3 antwoorden: 2,5 km → elk kind binnen 2,5 km van een open locatie (maxDistanceKm).'
    );
    expect(line(Q.village)).toBe(
      'De mediaan van 3 antwoorden: “ja, in elk dorp” → een locatie in elke woonplaats met minstens 1 kind van ' +
        'de leeftijd (placeMinChildren).'
    );
  });

  it('the CSV in the browser is the server’s', () => {
    expect(CSV_DIALECT).toBe('nl');
    expect(CSV_WORDS.headers).toEqual(DUTCH_CSV_WORDS.headers);
    const data = sessionExport();
    expect(localVotesCsv(data)).toBe(votesCsv(data));
    expect(votesCsv(data).split('\r\n')[0]).toBe(
      '\uFEFFdeelnemer;bijnaam;vraag;vraagtekst;soort;waarde;antwoord;tijd (UTC)'
    );
    expect(votesCsv(data)).toContain('Beoordeling: Kilder dicht;rating;4;4 van 5;');
    expect(localExportName(data, 'pdf')).toBe(exportName(data, 'pdf'));
  });

  it('the PDF', () => {
    const text = pdfStrings(
      sessionPdf(
        { data: sessionExport(), date: new Date(Date.UTC(2026, 10, 30, 10)) },
        { compress: false }
      ).output()
    ).join('\n');
    expect(text).toContain('Live sessie ABC234 · Achterhoek');
    expect(text).toContain('Hoe ver mag de dichtstbijzijnde school hoogstens zijn?');
    expect(text).toContain('3 antwoorden · mediaan 2,5 km');
    expect(text).toContain('de opheffingsnorm');
    expect(text).toContain('1,91 km (nu 1,84 km)');
    expect(text).toContain('Mag de bus langer rijden?');
  });
});
