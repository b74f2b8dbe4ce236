/**
 * The live session's votes as CSV: one row per stored answer or rating, with the question's text and the answer
 * in words next to the raw value, in the atlas's CSV dialects (export/csv.ts: Dutch Excel `;` by default; text
 * that a spreadsheet would run as a formula, such as a nickname "=1+1", is defused). Pure.
 */
import { toCsv, type Column, type CsvDialect } from '../export/csv';
import { answerText } from './questions';
import type { AnswerValue, ExportVote, Question, SessionExport } from './types';

interface Row extends ExportVote {
  questionText: string;
  answerText: string;
}

/**
 * The CSV's human words: its headers, a rating's question and answer, an answer in words. The server writes
 * Dutch (these defaults); the facilitator's page passes the words of its language (live-csv.ts).
 */
export interface CsvWords {
  headers: Record<
    'participant' | 'nickname' | 'question' | 'questionText' | 'kind' | 'value' | 'answer' | 'at',
    string
  >;
  rating: (scenarioName: string) => string;
  stars: (value: AnswerValue) => string;
  answer: (q: Question, value: AnswerValue) => string;
}

export const DUTCH_CSV_WORDS: CsvWords = {
  headers: {
    participant: 'deelnemer',
    nickname: 'bijnaam',
    question: 'vraag',
    questionText: 'vraagtekst',
    kind: 'soort',
    value: 'waarde',
    answer: 'antwoord',
    at: 'tijd (UTC)'
  },
  rating: (name) => `Beoordeling: ${name}`,
  stars: (value) => `${value} van 5`,
  answer: answerText
};

const columns = (h: CsvWords['headers']): Column<Row>[] => [
  { header: h.participant, kind: 'text', get: (r) => r.participant, key: 'participant' },
  { header: h.nickname, kind: 'text', get: (r) => r.nickname, key: 'nickname' },
  { header: h.question, kind: 'text', get: (r) => r.question, key: 'question' },
  { header: h.questionText, kind: 'text', get: (r) => r.questionText, key: 'questionText' },
  { header: h.kind, kind: 'text', get: (r) => r.kind, key: 'kind' },
  {
    header: h.value,
    kind: 'text',
    get: (r) => (typeof r.value === 'number' ? String(r.value) : r.value),
    key: 'value'
  },
  { header: h.answer, kind: 'text', get: (r) => r.answerText, key: 'answerText' },
  { header: h.at, kind: 'text', get: (r) => r.at, key: 'at' }
];

/** Rows of the export with the question and the answer in words (a rating: the scenario's name, "4 van 5"). */
export function voteRows(data: SessionExport, words: CsvWords = DUTCH_CSV_WORDS): Row[] {
  const questions = new Map(data.session.questions.map((q) => [q.id, q]));
  const scenarios = new Map(data.session.scenarios.map((s) => [s.id, s]));
  return data.votes.map((v) => {
    if (v.kind === 'rating') {
      return {
        ...v,
        questionText: words.rating(scenarios.get(v.question)?.name ?? v.question),
        answerText: words.stars(v.value)
      };
    }
    const q = questions.get(v.question);
    return {
      ...v,
      questionText: q?.label ?? v.question,
      answerText: q ? words.answer(q, v.value) : String(v.value)
    };
  });
}

export function votesCsv(
  data: SessionExport,
  dialect: CsvDialect = 'nl',
  words: CsvWords = DUTCH_CSV_WORDS
): string {
  return toCsv(voteRows(data, words), columns(words.headers), dialect);
}

/** File name of an export: `live-sessie-achterhoek-ABC234.csv`. */
export function exportName(data: Pick<SessionExport, 'session'>, ext: string): string {
  return `live-sessie-${data.session.region}-${data.session.code}.${ext}`;
}
