/**
 * The PDF report of a scenario (against the current situation) or of a comparison of two scenarios, for a
 * school board's board pack: title, date, region, sector, parameters, map image, indicator table, the edits in
 * words, the facility table with pupils and norms, and the data sources with their licences. The words follow the
 * sector (`sectorTerms`: "Scholen"/"Leerlingen" for po, vo and so, "Voorzieningen"/"Bezoekers" for sport), the
 * indicator rows the report's own thresholds; an imported population (`report.demandSource`) is named as such.
 * The text is in the page's language (namespaces `pdf` and `pdfText`): the logic reads the Dutch sector terms `t`,
 * the text the sector's words `w` in that language (the same words in Dutch). Data names stay as published.
 *
 * Pure apart from jsPDF: the caller supplies the reports (from the engine) and the map images (PNG data URLs),
 * and gets the jsPDF document back (`.output('blob')` in the browser, `.output()` in a test).
 */
import '$lib/i18n/parts/pdfText';
import '$lib/i18n/parts/pdf';
import '$lib/i18n/parts/report';
import type { jsPDF } from 'jspdf';
import {
  compareReports,
  type Comparison,
  type FacilityDifference,
  type IndicatorRow,
  type Report,
  type ReportFacility,
  type SectorId
} from '../engine/index';
import { capital, sectorTerms, type SectorTerms } from '../sectors/terms';
import { exportFileName } from './scenario-files';
import {
  dateText,
  formatDifference,
  formatIndicator,
  formatPupils,
  judge,
  STATUS_LABEL
} from '../text/report-text';
import { BETTER, MUTED, PdfWriter, WORSE, type Column, type Rgb } from './pdf-layout';
import { yearSection, type PdfYears } from './pdf-years';
import { pdfIndicatorLabels } from './pdf-indicators';
import {
  demandUnit,
  editList,
  fromDuo,
  premises,
  sectorLabel,
  showsNorm,
  sources,
  type PdfScenario
} from './pdf-sections';
import { sectorWords, type SectorWords } from '../text/sector-words';
import { t as tr } from '$lib/i18n/catalogue';

export { methodNote, reportSources, type PdfScenario } from './pdf-sections';

export interface ScenarioPdfInput {
  regionName: string;
  date: Date;
  scenario: PdfScenario;
  /** The report of no edits (same sector and parameters). */
  baseline: Report<SectorId>;
  /** PNG data URL of the map (with legend), or null. */
  mapImage?: string | null;
  /** The year prognosis (po and vo), current policy next to the scenario; omitted for other sectors. */
  years?: PdfYears | null;
  /** The sector's words (e.g. of an edited preset); default: `sectorTerms(report.sector)`. */
  terms?: SectorTerms;
}

export interface ComparePdfInput {
  regionName: string;
  date: Date;
  a: PdfScenario;
  b: PdfScenario;
  /** PNG data URLs: the two scenario maps side by side and the difference map. */
  mapImage?: string | null;
  differenceImage?: string | null;
  /** The sector's words; default: `sectorTerms(a.report.sector)`. */
  terms?: SectorTerms;
}

export interface PdfOptions {
  /** Compress content streams (default true; a test turns it off to read the text). */
  compress?: boolean;
}

const editCount = (n: number) =>
  n === 0
    ? tr('pdfText.editsNone')
    : n === 1
      ? tr('pdfText.editsOne')
      : tr('pdfText.editsMany', { n: String(n) });

function judgeColor(row: IndicatorRow): Rgb | null {
  const j = judge(row.difference, row.unit, row.better);
  return j === 'better' ? BETTER : j === 'worse' ? WORSE : null;
}

function header(w: PdfWriter, kicker: string, title: string, facts: [string, string][]): void {
  w.font(9, 'bold', MUTED);
  w.doc.text(kicker.toUpperCase(), w.margin, w.y + 3);
  w.space(5);
  w.paragraph(title, { size: 18, style: 'bold' });
  w.space(2);
  w.facts(facts);
  w.space(3);
}

const placeOrder = (a: { place: string | null; name: string }, b: { place: string | null; name: string }) =>
  (a.place ?? '\uffff').localeCompare(b.place ?? '\uffff', 'nl') || a.name.localeCompare(b.name, 'nl');

const facilityName = (f: { name: string; context: boolean }) =>
  f.context ? tr('pdfText.outsideRegion', { name: f.name }) : f.name;

/** Users after the scenario; an open facility without a base count and nothing moved to it: unknown, not 0. */
const scenarioCount = (f: ReportFacility) =>
  formatPupils(f.pupilsBase === null && f.pupils === 0 && f.status === 'open' ? null : f.pupils);

/** The status word of the facility tables; an open school below its norm reads "onder norm". */
function statusText(f: ReportFacility): string {
  return f.belowNorm ? tr('pdfText.belowNorm') : STATUS_LABEL[f.status];
}

const changed = (f: ReportFacility) => f.status !== 'open' || f.pupils !== (f.pupilsBase ?? 0);

/** Region facilities, plus context facilities that gained pupils (they matter to the scenario). */
function reportRows(report: Report<SectorId>): ReportFacility[] {
  return report.facilities.filter((f) => !f.context || changed(f)).sort(placeOrder);
}

/** The indicator rows that apply: no opheffingsnorm row where the sector has no norms (po and vo keep theirs). */
function indicatorRows(rows: IndicatorRow[], t: SectorTerms): IndicatorRow[] {
  return showsNorm(t) ? rows : rows.filter((r) => r.key !== 'belowNorm');
}

function indicatorTable(
  w: PdfWriter,
  report: Report<SectorId>,
  t: SectorTerms,
  rows: IndicatorRow[],
  a: string,
  b: string,
  diff: string
): void {
  const label = pdfIndicatorLabels(t, report.summary.shareWithin);
  const cols: Column<IndicatorRow>[] = [
    { header: tr('pdf.indicator'), width: 76, text: (r) => label[r.key] },
    { header: a, width: 30, align: 'right', text: (r) => formatIndicator(r.a, r.unit) },
    { header: b, width: 30, align: 'right', text: (r) => formatIndicator(r.b, r.unit) },
    {
      header: diff,
      width: 38,
      align: 'right',
      text: (r) => formatDifference(r.difference, r.unit, '-'),
      color: judgeColor,
      bold: (r) => judgeColor(r) !== null
    }
  ];
  w.table(cols, indicatorRows(rows, t), { size: 9.5 });
}

/** The header of the base count column: "Leerlingen 2023" (DUO), "Bezoekers nu" (the user's file). */
const baseCountHeader = (t: SectorTerms, w: SectorWords, year: number, short = false) =>
  fromDuo(t)
    ? tr('pdfText.countYear', {
        users: short ? tr('pdfText.pupilsShort') : capital(w.users),
        year: String(year)
      })
    : tr('pdfText.countNow', { users: capital(w.users) });

/** The header of a scenario's count column: "Leerlingen scenario", "Lln. A"; "Bezoekers A". */
const countHeader = (t: SectorTerms, w: SectorWords, which: string, short = false) =>
  tr('pdfText.countOf', {
    users: short && t.users === 'leerlingen' ? tr('pdfText.pupilsShort') : capital(w.users),
    which
  });

/** The report of one scenario against the current situation. */
export function scenarioPdf(input: ScenarioPdfInput, options: PdfOptions = {}): jsPDF {
  const { scenario, baseline, regionName } = input;
  const report = scenario.report;
  const t = input.terms ?? sectorTerms(report.sector);
  const words = sectorWords(t);
  const w = new PdfWriter({
    compress: options.compress,
    title: `${scenario.name} · ${regionName}`,
    subject: tr('pdfText.subjectScenario', { name: scenario.name, region: regionName })
  });
  header(w, tr('pdf.kickerScenario'), scenario.name, [
    [tr('pdf.region'), regionName],
    [tr('pdf.sector'), sectorLabel(t)],
    [tr('pdf.date'), dateText(input.date)],
    [tr('pdf.premises'), premises(report, t)],
    [tr('pdf.edits'), editCount(scenario.edits.length)]
  ]);
  if (input.mapImage) {
    w.image(input.mapImage, { maxHeight: 120, caption: tr('pdfText.mapCaption', { name: scenario.name }) });
  }
  w.heading(tr('pdf.indicators'));
  indicatorTable(
    w,
    report,
    t,
    compareReports(baseline, report).indicators,
    tr('pdf.now'),
    tr('pdf.scenario'),
    tr('pdf.difference')
  );
  const lost = report.summary.placesWithoutFacility;
  if (lost.length > 0) {
    w.paragraph(tr('pdfText.placesWithout', { one: words.one, places: lost.join(', ') }));
  }
  if (input.years) yearSection(w, input.years);

  w.heading(tr('pdf.edits'));
  editList(w, scenario, t);

  w.heading(capital(words.many));
  const norm = showsNorm(t);
  const cols: Column<ReportFacility>[] = [
    { header: capital(words.one), width: norm ? 62 : 75, text: facilityName, bold: changed },
    { header: tr('pdf.place'), width: 32, text: (f) => f.place ?? '' },
    {
      header: baseCountHeader(t, words, report.year),
      width: 18,
      align: 'right',
      text: (f) => formatPupils(f.pupilsBase)
    },
    {
      header: countHeader(t, words, tr('pdfText.scenario')),
      width: 19,
      align: 'right',
      text: scenarioCount
    },
    ...(norm
      ? [
          {
            header: tr('pdf.norm'),
            width: 13,
            align: 'right',
            text: (f) => (f.norm === null ? '' : formatPupils(f.norm))
          } satisfies Column<ReportFacility>
        ]
      : []),
    {
      header: tr('pdf.status'),
      width: 30,
      text: statusText,
      color: (f) => (f.status === 'open' ? (f.belowNorm ? WORSE : null) : MUTED)
    }
  ];
  w.table(cols, reportRows(report));
  sources(w, report, t);
  w.footer(`Transitieatlas · ${regionName} · ${scenario.name} · ${dateText(input.date)}`);
  return w.doc;
}

function sideText(s: FacilityDifference['a']): string {
  return s ? `${STATUS_LABEL[s.status]}, ${formatPupils(s.pupils)}` : tr('pdfText.notThere');
}

/** The report of a comparison of two scenarios (either may be the current situation). */
export function comparePdf(input: ComparePdfInput, options: PdfOptions = {}): jsPDF {
  const { a, b, regionName } = input;
  const comparison: Comparison = compareReports(a.report, b.report);
  const t = input.terms ?? sectorTerms(a.report.sector);
  const words = sectorWords(t);
  const both = tr('pdfText.aAndB', { a: a.name, b: b.name });
  const w = new PdfWriter({
    compress: options.compress,
    title: `${both} · ${regionName}`,
    subject: tr('pdfText.subjectCompare', { a: a.name, b: b.name, region: regionName })
  });
  header(w, tr('pdf.kickerCompare'), both, [
    [tr('pdf.region'), regionName],
    [tr('pdf.sector'), sectorLabel(t)],
    [tr('pdf.date'), dateText(input.date)],
    [tr('pdf.premises'), premises(a.report, t)],
    ['A', `${a.name} (${editCount(a.edits.length)})`],
    ['B', `${b.name} (${editCount(b.edits.length)})`]
  ]);
  if (input.mapImage)
    w.image(input.mapImage, { maxHeight: 95, caption: tr('pdfText.mapsCaption', { a: a.name, b: b.name }) });

  w.heading(tr('pdf.indicators'));
  indicatorTable(w, a.report, t, comparison.indicators, 'A', 'B', tr('pdf.differenceBA'));
  const { lostInB, regainedInB } = comparison.places;
  if (lostInB.length) {
    w.paragraph(tr('pdfText.lostInB', { one: words.one, places: lostInB.join(', ') }));
  }
  if (regainedInB.length) {
    w.paragraph(tr('pdfText.regainedInB', { one: words.one, places: regainedInB.join(', ') }));
  }

  if (input.differenceImage) {
    w.image(input.differenceImage, {
      heading: tr('pdf.differenceMap'),
      maxHeight: 110,
      caption: tr('pdfText.differenceCaption', { unit: demandUnit(a.report), one: words.one })
    });
  }

  w.heading(tr('pdfText.editsInA', { name: a.name }));
  editList(w, a, t);
  w.heading(tr('pdfText.editsInB', { name: b.name }));
  editList(w, b, t);

  const norm = showsNorm(t);
  w.heading(tr('pdfText.differ', { many: capital(words.many) }));
  if (comparison.facilities.length === 0) {
    w.paragraph(tr('pdfText.noDifference', { many: words.many, users: words.users }), { color: MUTED });
  } else {
    const cols: Column<FacilityDifference>[] = [
      { header: capital(words.one), width: norm ? 58 : 65, text: facilityName },
      { header: tr('pdf.place'), width: norm ? 30 : 37, text: (f) => f.place ?? '' },
      { header: tr('pdfText.sideA', { users: words.users }), width: 36, text: (f) => sideText(f.a) },
      { header: tr('pdfText.sideB', { users: words.users }), width: 36, text: (f) => sideText(f.b) },
      ...(norm
        ? [
            {
              header: tr('pdf.norm'),
              width: 14,
              align: 'right',
              text: (f) => (f.norm === null ? '' : formatPupils(f.norm))
            } satisfies Column<FacilityDifference>
          ]
        : [])
    ];
    w.table(cols, [...comparison.facilities].sort(placeOrder));
  }

  w.heading(tr('pdfText.all', { many: words.many }));
  const inA = new Map(a.report.facilities.map((f) => [f.id, f]));
  const inB = new Map(b.report.facilities.map((f) => [f.id, f]));
  // A's table, plus B's facilities that A does not have (opened in B) or that only take part in B.
  const rows = reportRows(a.report);
  const listed = new Set(rows.map((f) => f.id));
  for (const f of reportRows(b.report)) if (!listed.has(f.id)) rows.push(f);
  const differs = new Set(comparison.facilities.map((f) => f.id));
  const bold = (f: ReportFacility) => differs.has(f.id);
  // Without the norm column the count columns get its room, for headers such as "Bezoekers A".
  const count = norm ? 14 : 18;
  const cols: Column<ReportFacility>[] = [
    { header: capital(words.one), width: 52, text: facilityName, bold },
    { header: tr('pdf.place'), width: 26, text: (f) => f.place ?? '' },
    {
      header: baseCountHeader(t, words, a.report.year, true),
      width: count,
      align: 'right',
      text: (f) => formatPupils(f.pupilsBase)
    },
    {
      header: countHeader(t, words, 'A', true),
      width: count,
      align: 'right',
      text: (f) => formatPupils(inA.get(f.id)?.pupils ?? null),
      bold
    },
    {
      header: countHeader(t, words, 'B', true),
      width: count,
      align: 'right',
      text: (f) => formatPupils(inB.get(f.id)?.pupils ?? null),
      bold
    },
    ...(norm
      ? [
          {
            header: tr('pdf.norm'),
            width: 12,
            align: 'right',
            text: (f) => (f.norm === null ? '' : formatPupils(f.norm))
          } satisfies Column<ReportFacility>
        ]
      : []),
    { header: tr('pdf.statusA'), width: 21, text: (f) => statusOf(inA.get(f.id)), bold },
    { header: tr('pdf.statusB'), width: 21, text: (f) => statusOf(inB.get(f.id)), bold }
  ];
  w.table(cols, rows.sort(placeOrder));
  sources(w, a.report, t);
  w.footer(`Transitieatlas · ${regionName} · ${both} · ${dateText(input.date)}`);
  return w.doc;
}

function statusOf(f: ReportFacility | undefined): string {
  return f ? statusText(f) : '–';
}

/** `transitieatlas-achterhoek-clustering.pdf`, the same slug as the scenario files. */
export function pdfFileName(region: string, name: string): string {
  return exportFileName(region, name).replace(/\.json$/, '.pdf');
}
