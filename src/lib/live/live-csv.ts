/**
 * The live session's votes as CSV in the page's language, built in the browser from the JSON export (the
 * server's CSV is Dutch): headers and answers in words from the catalogue (namespace `livePdf`), default
 * questions translated (question-text.ts); Dutch Excel's dialect in Dutch, the plain one (`,`) in English. The
 * column keys and the raw values stay the same in every language.
 */
import '$lib/i18n/parts/livePdf';
import { LOCALE, t } from '$lib/i18n/catalogue';
import type { CsvDialect } from '../export/csv';
import { votesCsv, type CsvWords } from './export';
import { answerText, localSession } from './question-text';
import type { SessionExport } from './types';

export const CSV_WORDS: CsvWords = {
  headers: {
    participant: t('livePdf.csv.participant'),
    nickname: t('livePdf.csv.nickname'),
    question: t('livePdf.csv.question'),
    questionText: t('livePdf.csv.questionText'),
    kind: t('livePdf.csv.kind'),
    value: t('livePdf.csv.value'),
    answer: t('livePdf.csv.answer'),
    at: t('livePdf.csv.at')
  },
  rating: (name) => t('livePdf.csv.rating', { name }),
  stars: (value) => t('livePdf.csv.stars', { n: String(value) }),
  answer: answerText
};

/** The CSV dialect of the page's language. */
export const CSV_DIALECT: CsvDialect = LOCALE === 'nl' ? 'nl' : 'plain';

export function localVotesCsv(data: SessionExport): string {
  return votesCsv({ ...data, session: localSession(data.session) }, CSV_DIALECT, CSV_WORDS);
}

/** File name of an export: `live-sessie-achterhoek-ABC234.csv`, `live-session-achterhoek-ABC234.pdf`. */
export function localExportName(data: Pick<SessionExport, 'session'>, ext: string): string {
  return t('livePdf.file', { region: data.session.region, code: data.session.code, ext });
}
