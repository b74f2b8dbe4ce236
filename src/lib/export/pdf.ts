/**
 * The PDF report of a scenario (against the current situation) or of a comparison of two scenarios, for a
 * school board's board pack: title, date, region, sector, parameters, map image, indicator table, the edits in
 * Dutch, the facility table with pupils and norms, and the data sources with their licences.
 *
 * Pure apart from jsPDF: the caller supplies the reports (from the engine) and the map images (PNG data URLs),
 * and gets the jsPDF document back (`.output('blob')` in the browser, `.output()` in a test).
 */
import type { jsPDF } from 'jspdf';
import {
  compareReports,
  type Comparison,
  type Edit,
  type FacilityDifference,
  type IndicatorRow,
  type Report,
  type ReportFacility
} from '../engine/index';
import { exportFileName } from './scenario-files';
import {
  dateText,
  editText,
  facilityIndex,
  formatDifference,
  formatIndicator,
  formatPupils,
  INDICATOR_SHORT,
  judge,
  parametersText,
  SECTOR_NAME,
  STATUS_LABEL
} from '../components/scenarios/report-text';
import { BETTER, MUTED, PdfWriter, WORSE, type Column, type Rgb } from './pdf-layout';
import { DATA_SOURCES, METHOD_NOTE } from './pdf-sources';
import { yearSection, type PdfYears } from './pdf-years';

export interface PdfScenario {
  name: string;
  edits: readonly Edit[];
  report: Report;
}

export interface ScenarioPdfInput {
  regionName: string;
  date: Date;
  scenario: PdfScenario;
  /** The report of no edits (same sector and parameters). */
  baseline: Report;
  /** PNG data URL of the map (with legend), or null. */
  mapImage?: string | null;
  /** The year prognosis (po and vo), current policy next to the scenario; omitted for other sectors. */
  years?: PdfYears | null;
}

export interface ComparePdfInput {
  regionName: string;
  date: Date;
  a: PdfScenario;
  b: PdfScenario;
  /** PNG data URLs: the two scenario maps side by side and the difference map. */
  mapImage?: string | null;
  differenceImage?: string | null;
}

export interface PdfOptions {
  /** Compress content streams (default true; a test turns it off to read the text). */
  compress?: boolean;
}

const editCount = (n: number) => (n === 0 ? 'geen ingrepen' : n === 1 ? '1 ingreep' : `${n} ingrepen`);

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

function editList(w: PdfWriter, s: PdfScenario): void {
  if (s.edits.length === 0) {
    w.paragraph('Geen ingrepen: de huidige situatie.', { color: MUTED });
    return;
  }
  const byId = facilityIndex(s.report.facilities);
  let flow = 0;
  s.edits.forEach((e, i) => {
    let text = `${i + 1}. ${editText(e, byId)}`;
    if (e.op === 'close' || e.op === 'merge') {
      const f = s.report.flows[flow++];
      if (f && e.op === 'close') {
        const to = byId.get(f.to);
        text += `; ${formatPupils(f.pupils)} leerlingen naar ${to ? to.name : f.to}`;
      } else if (f) text += ` (${formatPupils(f.pupils)} leerlingen)`;
    }
    w.paragraph(text, { indent: 2 });
  });
}

function sources(w: PdfWriter): void {
  w.ensure(70); // the sources stay together on one page
  w.heading('Bronnen en licenties', 11);
  for (const s of DATA_SOURCES) {
    w.paragraph(`${s.what}: ${s.source}. Licentie: ${s.licence}.`, { size: 8.5 });
  }
  w.space(2);
  w.paragraph(METHOD_NOTE, { size: 8.5, color: MUTED });
}

const placeOrder = (a: { place: string | null; name: string }, b: { place: string | null; name: string }) =>
  (a.place ?? '\uffff').localeCompare(b.place ?? '\uffff', 'nl') || a.name.localeCompare(b.name, 'nl');

const facilityName = (f: { name: string; context: boolean }) =>
  f.context ? `${f.name} (buiten regio)` : f.name;

/** The status word of the facility tables; an open school below its norm reads "onder norm". */
function statusText(f: ReportFacility): string {
  return f.belowNorm ? 'onder norm' : STATUS_LABEL[f.status];
}

const changed = (f: ReportFacility) => f.status !== 'open' || f.pupils !== (f.pupilsBase ?? 0);

/** Region facilities, plus context facilities that gained pupils (they matter to the scenario). */
function reportRows(report: Report): ReportFacility[] {
  return report.facilities.filter((f) => !f.context || changed(f)).sort(placeOrder);
}

function indicatorTable(w: PdfWriter, rows: IndicatorRow[], a: string, b: string, diff: string): void {
  const cols: Column<IndicatorRow>[] = [
    { header: 'Indicator', width: 76, text: (r) => INDICATOR_SHORT[r.key] },
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
  w.table(cols, rows, { size: 9.5 });
}

/** The report of one scenario against the current situation. */
export function scenarioPdf(input: ScenarioPdfInput, options: PdfOptions = {}): jsPDF {
  const { scenario, baseline, regionName } = input;
  const report = scenario.report;
  const w = new PdfWriter({
    compress: options.compress,
    title: `${scenario.name} · ${regionName}`,
    subject: `Transitieatlas: scenario ${scenario.name}, ${regionName}`
  });
  header(w, 'Transitieatlas · scenario', scenario.name, [
    ['Regio', regionName],
    ['Sector', SECTOR_NAME[report.sector]],
    ['Datum', dateText(input.date)],
    ['Uitgangspunten', `${parametersText(report.parameters)}; leerlingen 1-10-${report.year}`],
    ['Ingrepen', editCount(scenario.edits.length)]
  ]);
  if (input.mapImage) {
    w.image(input.mapImage, { maxHeight: 120, caption: `Kaart van het scenario “${scenario.name}”.` });
  }
  w.heading('Indicatoren');
  indicatorTable(w, compareReports(baseline, report).indicators, 'Nu', 'Scenario', 'Verschil');
  const lost = report.summary.placesWithoutFacility;
  if (lost.length > 0) w.paragraph(`Kernen zonder school in dit scenario: ${lost.join(', ')}.`);
  if (input.years) yearSection(w, input.years);

  w.heading('Ingrepen');
  editList(w, scenario);

  w.heading('Scholen');
  const cols: Column<ReportFacility>[] = [
    { header: 'School', width: 62, text: facilityName, bold: changed },
    { header: 'Plaats', width: 32, text: (f) => f.place ?? '' },
    {
      header: `Leerlingen ${report.year}`,
      width: 18,
      align: 'right',
      text: (f) => formatPupils(f.pupilsBase)
    },
    { header: 'Leerlingen scenario', width: 19, align: 'right', text: (f) => formatPupils(f.pupils) },
    { header: 'Norm', width: 13, align: 'right', text: (f) => (f.norm === null ? '' : formatPupils(f.norm)) },
    {
      header: 'Status',
      width: 30,
      text: statusText,
      color: (f) => (f.status === 'open' ? (f.belowNorm ? WORSE : null) : MUTED)
    }
  ];
  w.table(cols, reportRows(report));
  sources(w);
  w.footer(`Transitieatlas · ${regionName} · ${scenario.name} · ${dateText(input.date)}`);
  return w.doc;
}

function sideText(s: FacilityDifference['a']): string {
  return s ? `${STATUS_LABEL[s.status]}, ${formatPupils(s.pupils)}` : 'bestaat niet';
}

/** The report of a comparison of two scenarios (either may be the current situation). */
export function comparePdf(input: ComparePdfInput, options: PdfOptions = {}): jsPDF {
  const { a, b, regionName } = input;
  const comparison: Comparison = compareReports(a.report, b.report);
  const w = new PdfWriter({
    compress: options.compress,
    title: `${a.name} en ${b.name} · ${regionName}`,
    subject: `Transitieatlas: vergelijking van ${a.name} en ${b.name}, ${regionName}`
  });
  header(w, 'Transitieatlas · vergelijking', `${a.name} en ${b.name}`, [
    ['Regio', regionName],
    ['Sector', SECTOR_NAME[a.report.sector]],
    ['Datum', dateText(input.date)],
    ['Uitgangspunten', `${parametersText(a.report.parameters)}; leerlingen 1-10-${a.report.year}`],
    ['A', `${a.name} (${editCount(a.edits.length)})`],
    ['B', `${b.name} (${editCount(b.edits.length)})`]
  ]);
  if (input.mapImage)
    w.image(input.mapImage, { maxHeight: 95, caption: `Links A: ${a.name}. Rechts B: ${b.name}.` });

  w.heading('Indicatoren');
  indicatorTable(w, comparison.indicators, 'A', 'B', 'Verschil B - A');
  const { lostInB, regainedInB } = comparison.places;
  if (lostInB.length) w.paragraph(`Zonder school in B, niet in A: ${lostInB.join(', ')}.`);
  if (regainedInB.length) w.paragraph(`Zonder school in A, niet in B: ${regainedInB.join(', ')}.`);

  if (input.differenceImage) {
    w.image(input.differenceImage, {
      heading: 'Verschil in afstand',
      maxHeight: 110,
      caption: 'Per 1 km-cel: afstand tot de dichtstbijzijnde school in B min die in A.'
    });
  }

  w.heading(`Ingrepen in A: ${a.name}`);
  editList(w, a);
  w.heading(`Ingrepen in B: ${b.name}`);
  editList(w, b);

  w.heading('Scholen die verschillen');
  if (comparison.facilities.length === 0) {
    w.paragraph('Geen: in A en B hebben alle scholen dezelfde status en evenveel leerlingen.', {
      color: MUTED
    });
  } else {
    const cols: Column<FacilityDifference>[] = [
      { header: 'School', width: 58, text: facilityName },
      { header: 'Plaats', width: 30, text: (f) => f.place ?? '' },
      { header: 'A: status, leerlingen', width: 36, text: (f) => sideText(f.a) },
      { header: 'B: status, leerlingen', width: 36, text: (f) => sideText(f.b) },
      {
        header: 'Norm',
        width: 14,
        align: 'right',
        text: (f) => (f.norm === null ? '' : formatPupils(f.norm))
      }
    ];
    w.table(cols, [...comparison.facilities].sort(placeOrder));
  }

  w.heading('Alle scholen');
  const inA = new Map(a.report.facilities.map((f) => [f.id, f]));
  const inB = new Map(b.report.facilities.map((f) => [f.id, f]));
  // A's table, plus B's facilities that A does not have (opened in B) or that only take part in B.
  const rows = reportRows(a.report);
  const listed = new Set(rows.map((f) => f.id));
  for (const f of reportRows(b.report)) if (!listed.has(f.id)) rows.push(f);
  const differs = new Set(comparison.facilities.map((f) => f.id));
  const bold = (f: ReportFacility) => differs.has(f.id);
  const cols: Column<ReportFacility>[] = [
    { header: 'School', width: 52, text: facilityName, bold },
    { header: 'Plaats', width: 26, text: (f) => f.place ?? '' },
    { header: `Lln. ${a.report.year}`, width: 14, align: 'right', text: (f) => formatPupils(f.pupilsBase) },
    {
      header: 'Lln. A',
      width: 14,
      align: 'right',
      text: (f) => formatPupils(inA.get(f.id)?.pupils ?? null),
      bold
    },
    {
      header: 'Lln. B',
      width: 14,
      align: 'right',
      text: (f) => formatPupils(inB.get(f.id)?.pupils ?? null),
      bold
    },
    { header: 'Norm', width: 12, align: 'right', text: (f) => (f.norm === null ? '' : formatPupils(f.norm)) },
    { header: 'Status A', width: 21, text: (f) => statusOf(inA.get(f.id)), bold },
    { header: 'Status B', width: 21, text: (f) => statusOf(inB.get(f.id)), bold }
  ];
  w.table(cols, rows.sort(placeOrder));
  sources(w);
  w.footer(`Transitieatlas · ${regionName} · ${a.name} en ${b.name} · ${dateText(input.date)}`);
  return w.doc;
}

function statusOf(f: ReportFacility | undefined): string {
  return f ? statusText(f) : '–';
}

/** `transitieatlas-achterhoek-clustering.pdf`, the same slug as the scenario files. */
export function pdfFileName(region: string, name: string): string {
  return exportFileName(region, name).replace(/\.json$/, '.pdf');
}
