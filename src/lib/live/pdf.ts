/**
 * The PDF page(s) of a live session: the tallies per question (from the stored votes), the criteria the room's
 * answers give, and every scenario the room rated with its figures, its map and its rating. Pure apart from
 * jsPDF: the caller passes the export (GET .../export?format=json) and PNG data URLs of the maps. In the page's
 * language (namespace `livePdf`; default questions translated by question-text.ts).
 */
import '$lib/i18n/parts/livePdf';
import type { jsPDF } from 'jspdf';
import { MUTED, PdfWriter, type Column } from '../export/pdf-layout';
import type { RoomCriteria } from './criteria';
import { displayBins } from './histogram';
import { t } from '$lib/i18n/catalogue';
import { formatDateTime, formatDecimal as formatNumber } from '$lib/i18n/format';
import { FACILITATOR_TEXT as T, km, PARTICIPANT_TEXT as P } from './live-ui-text';
import { answerText, localSession } from './question-text';
import type { LiveScenario, Question, QuestionTally, RatingTally, SessionExport } from './types';

export interface SessionPdfInput {
  data: SessionExport;
  date: Date;
  /** PNG data URLs of the scenario maps, by scenario id. */
  maps?: Record<string, string | null>;
  criteria?: RoomCriteria | null;
}

interface Row {
  label: string;
  count: number;
}

const versus = (after: string, before: string) => t('livePdf.versusNow', { after, before });

const rowColumns = (w: PdfWriter): Column<Row>[] => [
  { header: t('livePdf.value'), width: w.width - 30, text: (r) => r.label },
  { header: t('livePdf.count'), width: 30, align: 'right', text: (r) => formatNumber(r.count) }
];

function questionRows(q: Question, tally: QuestionTally): Row[] {
  const options = q.options.map((o) => ({ label: o.label, count: tally.counts[o.value] ?? 0 }));
  if (q.kind === 'choice') return options;
  const bins = displayBins(q, tally.histogram ?? [], 20)
    .filter((b) => b.count > 0)
    .map((b) => ({ label: `${b.label}${q.unit ? ` ${q.unit}` : ''}`, count: b.count }));
  return [...bins, ...options.filter((o) => o.count > 0)];
}

function questionSection(w: PdfWriter, q: Question, tally: QuestionTally): void {
  w.heading(q.label, 11);
  const median =
    tally.median !== undefined && tally.median !== null ? ` · ${T.median(answerText(q, tally.median))}` : '';
  w.paragraph(`${T.answers(tally.count)}${median}${q.open ? '' : ` · ${T.closedLower}`}`, {
    color: MUTED
  });
  const rows = questionRows(q, tally);
  if (rows.length > 0) w.table(rowColumns(w), rows);
}

function ratingSection(w: PdfWriter, s: LiveScenario, r: RatingTally | undefined, map: string | null): void {
  w.heading(s.name, 12);
  const f = s.figures;
  w.facts([
    [
      t('livePdf.rating'),
      r && r.count > 0 && r.mean !== null
        ? T.average(formatNumber(Math.round(r.mean * 10) / 10), r.count)
        : T.noRatings
    ],
    [t('livePdf.openLocations'), versus(formatNumber(f.openAfter), formatNumber(f.openBefore))],
    [t('livePdf.meanDistance'), versus(km(f.meanAfterM), km(f.meanBeforeM))],
    [t('livePdf.p90'), versus(km(f.p90AfterM), km(f.p90BeforeM))],
    ...(f.moved !== null ? ([[t('livePdf.moved'), formatNumber(f.moved)]] as [string, string][]) : []),
    ...(f.placesWithout.length
      ? ([[t('livePdf.placesWithout'), f.placesWithout.join(', ')]] as [string, string][])
      : [])
  ]);
  if (r && r.count > 0) {
    w.table(
      rowColumns(w),
      ['1', '2', '3', '4', '5'].map((k) => ({ label: P.stars(Number(k)), count: r.counts[k] ?? 0 }))
    );
  }
  if (map) w.image(map, { maxHeight: 95, caption: t('livePdf.map', { name: s.name }) });
  if (f.edits.length) w.paragraph(f.edits.map((e, i) => `${i + 1}. ${e}`).join('\n'), { size: 9 });
}

export function sessionPdf(input: SessionPdfInput, options: { compress?: boolean } = {}): jsPDF {
  const { data } = input;
  const s = localSession(data.session);
  const title = `${t('livePdf.title', { code: s.code })} · ${s.regionName}`;
  const w = new PdfWriter({
    compress: options.compress,
    title,
    subject: t('livePdf.subject', { code: s.code, region: s.regionName })
  });
  w.font(9, 'bold', MUTED);
  w.doc.text(t('livePdf.kicker').toUpperCase(), w.margin, w.y + 3);
  w.space(5);
  w.paragraph(title, { size: 18, style: 'bold' });
  w.space(2);
  w.facts([
    [t('livePdf.region'), s.regionName],
    [t('livePdf.sector'), s.sectorName],
    [t('livePdf.date'), formatDateTime(input.date)],
    [t('livePdf.participants'), formatNumber(data.tally.participants)]
  ]);
  w.space(3);

  w.heading(T.questions);
  for (const q of s.questions) {
    const tally = data.tally.questions.find((x) => x.id === q.id);
    if (tally) questionSection(w, q, tally);
  }

  if (input.criteria) {
    w.heading(T.criteria);
    // The PDF's standard font has no arrow (WinAnsi): write it as '->'.
    for (const line of input.criteria.lines) w.paragraph(`• ${line.text.replace(/→/g, '->')}`, { size: 9.5 });
    w.paragraph(`${T.criteriaJson}: ${JSON.stringify(input.criteria.criteria)}`, { size: 8, color: MUTED });
  }

  if (s.scenarios.length > 0) {
    w.heading(T.ratings);
    for (const sc of s.scenarios) {
      ratingSection(
        w,
        sc,
        data.tally.ratings.find((r) => r.scenario === sc.id),
        input.maps?.[sc.id] ?? null
      );
    }
  }
  w.footer(t('livePdf.footer', { code: s.code }));
  return w.doc;
}
