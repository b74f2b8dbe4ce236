/**
 * The live session's votes as CSV: one row per stored answer or rating, with the question's text and the answer
 * in words next to the raw value, in the atlas's CSV dialects (export/csv.ts: Dutch Excel `;` by default; text
 * that a spreadsheet would run as a formula, such as a nickname "=1+1", is defused). Pure.
 */
import { toCsv, type Column, type CsvDialect } from '../export/csv';
import { answerText } from './questions';
import type { ExportVote, SessionExport } from './types';

interface Row extends ExportVote {
  questionText: string;
  answerText: string;
}

const COLUMNS: Column<Row>[] = [
  { header: 'deelnemer', kind: 'text', get: (r) => r.participant, key: 'participant' },
  { header: 'bijnaam', kind: 'text', get: (r) => r.nickname, key: 'nickname' },
  { header: 'vraag', kind: 'text', get: (r) => r.question, key: 'question' },
  { header: 'vraagtekst', kind: 'text', get: (r) => r.questionText, key: 'questionText' },
  { header: 'soort', kind: 'text', get: (r) => r.kind, key: 'kind' },
  {
    header: 'waarde',
    kind: 'text',
    get: (r) => (typeof r.value === 'number' ? String(r.value) : r.value),
    key: 'value'
  },
  { header: 'antwoord', kind: 'text', get: (r) => r.answerText, key: 'answerText' },
  { header: 'tijd (UTC)', kind: 'text', get: (r) => r.at, key: 'at' }
];

/** Rows of the export with the question and the answer in words (a rating: the scenario's name, "4 van 5"). */
export function voteRows(data: SessionExport): Row[] {
  const questions = new Map(data.session.questions.map((q) => [q.id, q]));
  const scenarios = new Map(data.session.scenarios.map((s) => [s.id, s]));
  return data.votes.map((v) => {
    if (v.kind === 'rating') {
      return {
        ...v,
        questionText: `Beoordeling: ${scenarios.get(v.question)?.name ?? v.question}`,
        answerText: `${v.value} van 5`
      };
    }
    const q = questions.get(v.question);
    return {
      ...v,
      questionText: q?.label ?? v.question,
      answerText: q ? answerText(q, v.value) : String(v.value)
    };
  });
}

export function votesCsv(data: SessionExport, dialect: CsvDialect = 'nl'): string {
  return toCsv(voteRows(data), COLUMNS, dialect);
}

/** File name of an export: `live-sessie-achterhoek-ABC234.csv`. */
export function exportName(data: Pick<SessionExport, 'session'>, ext: string): string {
  return `live-sessie-${data.session.region}-${data.session.code}.${ext}`;
}
