/**
 * The PDF page(s) of a live session: the tallies per question (from the stored votes), the criteria the room's
 * answers give, and every scenario the room rated with its figures, its map and its rating. Pure apart from
 * jsPDF: the caller passes the export (GET .../export?format=json) and PNG data URLs of the maps.
 */
import type { jsPDF } from 'jspdf';
import { MUTED, PdfWriter, type Column } from '../export/pdf-layout';
import type { RoomCriteria } from './criteria';
import { displayBins } from './histogram';
import { formatNumber } from './live-text';
import { FACILITATOR_TEXT as T, km, PARTICIPANT_TEXT as P } from './live-ui-text';
import { answerText } from './questions';
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

const rowColumns = (w: PdfWriter): Column<Row>[] => [
  { header: T.pdfValue, width: w.width - 30, text: (r) => r.label },
  { header: T.pdfCount, width: 30, align: 'right', text: (r) => formatNumber(r.count) }
];

function questionRows(q: Question, t: QuestionTally): Row[] {
  const options = q.options.map((o) => ({ label: o.label, count: t.counts[o.value] ?? 0 }));
  if (q.kind === 'choice') return options;
  const bins = displayBins(q, t.histogram ?? [], 20)
    .filter((b) => b.count > 0)
    .map((b) => ({ label: `${b.label}${q.unit ? ` ${q.unit}` : ''}`, count: b.count }));
  return [...bins, ...options.filter((o) => o.count > 0)];
}

function questionSection(w: PdfWriter, q: Question, t: QuestionTally): void {
  w.heading(q.label, 11);
  const median = t.median !== undefined && t.median !== null ? ` · ${T.median(answerText(q, t.median))}` : '';
  w.paragraph(`${T.answers(t.count)}${median}${q.open ? '' : ` · ${T.closed.toLowerCase()}`}`, {
    color: MUTED
  });
  const rows = questionRows(q, t);
  if (rows.length > 0) w.table(rowColumns(w), rows);
}

function ratingSection(w: PdfWriter, s: LiveScenario, r: RatingTally | undefined, map: string | null): void {
  w.heading(s.name, 12);
  const f = s.figures;
  w.facts([
    [
      T.pdfRating,
      r && r.count > 0 && r.mean !== null
        ? T.average(formatNumber(Math.round(r.mean * 10) / 10), r.count)
        : T.noRatings
    ],
    ['Open locaties', `${formatNumber(f.openAfter)} (nu ${formatNumber(f.openBefore)})`],
    ['Gemiddelde afstand', `${km(f.meanAfterM)} (nu ${km(f.meanBeforeM)})`],
    ['9 op de 10 binnen', `${km(f.p90AfterM)} (nu ${km(f.p90BeforeM)})`],
    ...(f.moved !== null ? ([['Verhuizen', formatNumber(f.moved)]] as [string, string][]) : []),
    ...(f.placesWithout.length
      ? ([['Zonder eigen locatie', f.placesWithout.join(', ')]] as [string, string][])
      : [])
  ]);
  if (r && r.count > 0) {
    w.table(
      rowColumns(w),
      ['1', '2', '3', '4', '5'].map((k) => ({ label: P.stars(Number(k)), count: r.counts[k] ?? 0 }))
    );
  }
  if (map) w.image(map, { maxHeight: 95, caption: T.pdfMap(s.name) });
  if (f.edits.length) w.paragraph(f.edits.map((e, i) => `${i + 1}. ${e}`).join('\n'), { size: 9 });
}

export function sessionPdf(input: SessionPdfInput, options: { compress?: boolean } = {}): jsPDF {
  const { data } = input;
  const s = data.session;
  const w = new PdfWriter({
    compress: options.compress,
    title: `${T.pdfTitle(s.code)} · ${s.regionName}`,
    subject: `Transitieatlas: uitslag van live sessie ${s.code}, ${s.regionName}`
  });
  w.font(9, 'bold', MUTED);
  w.doc.text(T.pdfKicker.toUpperCase(), w.margin, w.y + 3);
  w.space(5);
  w.paragraph(`${T.pdfTitle(s.code)} · ${s.regionName}`, { size: 18, style: 'bold' });
  w.space(2);
  w.facts([
    [T.pdfRegion, s.regionName],
    [T.pdfSector, s.sectorName],
    [T.pdfDate, input.date.toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short' })],
    [T.pdfParticipants, formatNumber(data.tally.participants)]
  ]);
  w.space(3);

  w.heading(T.questions);
  for (const q of s.questions) {
    const t = data.tally.questions.find((x) => x.id === q.id);
    if (t) questionSection(w, q, t);
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
  w.footer(T.pdfFooter(s.code));
  return w.doc;
}
