/**
 * The sections of the PDF reports that both reports share: the edit list, the premises line, the sources and the
 * method note (split from pdf.ts, which lays out the two reports). Words in the page's language (namespace
 * `pdfText`); the logic reads the Dutch sector terms, the text the sector's words in the page's language.
 */
import '$lib/i18n/parts/pdfText';
import '$lib/i18n/parts/pdf';
import type { Edit, Report, SectorId } from '../engine/index';
import { capital, type SectorTerms } from '../sectors/terms';
import { editText, facilityIndex, formatPupils, parametersText } from '../text/report-text';
import { MUTED, type PdfWriter } from './pdf-layout';
import { DATA_SOURCES, METHOD_NOTE, type SourceLine } from './pdf-sources';
import { CHOICE_TEXT } from '../text/choice-text';
import { sectorWords, type SectorWords } from '../text/sector-words';
import { t as tr } from '$lib/i18n/catalogue';

export { sectorLabel } from './sector-label';

export interface PdfScenario {
  name: string;
  edits: readonly Edit[];
  /** A report of any sector (po, vo, so, sport, zorg, welzijn or a user's own preset). */
  report: Report<SectorId>;
}

/**
 * po and vo keep the norm column and the opheffingsnormen source they always had; the other sectors have no norm
 * data (their norm is always empty).
 */
export const showsNorm = (t: SectorTerms) => t.norms || t.years;

/** Facilities and counts of DUO (po, vo, so), counted on 1 October of the report's year. */
export const fromDuo = (t: SectorTerms) => t.dataSource === 'real' && t.one === 'school';

/** What the figures rest on: the counts' date or source, the population when it is the user's own. */
export function premises(report: Report<SectorId>, t: SectorTerms): string {
  const users = sectorWords(t).users;
  const counts = fromDuo(t)
    ? tr('pdfText.countsDuo', { users, year: String(report.year) })
    : tr('pdfText.countsOwn', { users });
  const demand = report.demandSource === 'import' ? tr('pdfText.demandOwn') : '';
  return `${parametersText(report.parameters, report.sector)}; ${counts}${demand}`;
}

/** The unit a demand figure belongs to: a 1 km grid cell of CBS, or an area or point of the user's file. */
export const demandUnit = (report: Report<SectorId>) =>
  report.demandSource === 'import' ? tr('pdfText.unitImport') : tr('pdfText.unitCell');

/**
 * The sector's terms with its words in the page's language, for editText ("Nieuwe school", "leerlingen"; "New
 * school", "pupils"). The Dutch words are those of sectorTerms.
 */
export function textTerms(t: SectorTerms, words: SectorWords = sectorWords(t)): SectorTerms {
  return { ...t, users: words.users };
}

export function editList(w: PdfWriter, s: PdfScenario, t: SectorTerms): void {
  if (s.edits.length === 0) {
    w.paragraph(tr('pdfText.noEdits'), { color: MUTED });
    return;
  }
  const byId = facilityIndex(s.report.facilities);
  const words = sectorWords(t);
  const terms = textTerms(t, words);
  s.edits.forEach((e, i) => {
    let text = `${i + 1}. ${editText(e, byId, terms)}`;
    if (e.op === 'close' || e.op === 'merge') {
      // A facility closes once: its flows are this edit's (one, or several under the choice model).
      const flows = s.report.flows.filter((f) => f.from === e.facility);
      const moved = flows.reduce((a, f) => a + f.pupils, 0);
      // A facility without a count (DUO gives none, or the file has no such column): how many move is unknown.
      const unknown = s.report.facilities.find((g) => g.id === e.facility)?.pupilsBase === null;
      const count = unknown
        ? tr('pdfText.usersUnknown', { users: words.users })
        : tr('pdfText.usersCount', { n: formatPupils(moved), users: words.users });
      const name = (id: string) => byId.get(id)?.name ?? id;
      if (e.op === 'merge') text += ` (${count})`;
      else if (flows.length === 1) text += `; ${tr('pdfText.flowTo', { count, name: name(flows[0].to) })}`;
      else if (flows.length > 1) {
        const parts = flows.map((f) =>
          unknown ? name(f.to) : tr('pdfText.flowTo', { count: formatPupils(f.pupils), name: name(f.to) })
        );
        text += `; ${count} ${CHOICE_TEXT.flowsByModel}: ${parts.join(', ')}`;
      }
    }
    w.paragraph(text, { indent: 2 });
  });
}

const OWN_FILE = tr('pdfText.ownFile');
const OWN_LICENCE = tr('pdfText.ownLicence');

/**
 * The sources behind this report: po and vo with CBS population exactly as always; another sector's own
 * facilities, and an imported population, named as the user's file instead of DUO or the CBS grid.
 */
export function reportSources(report: Report<SectorId>, t: SectorTerms): SourceLine[] {
  const importedDemand = report.demandSource === 'import';
  const words = sectorWords(t);
  const out: SourceLine[] = [];
  for (const s of DATA_SOURCES) {
    if (s.kind === 'schools') {
      if (fromDuo(t)) out.push(s);
      else {
        out.push({
          kind: 'own',
          what: tr('pdfText.facilitiesAndUsers', { many: capital(words.many), users: words.users }),
          source: OWN_FILE,
          licence: OWN_LICENCE
        });
      }
    } else if (s.kind === 'norms') {
      if (showsNorm(t)) out.push(s);
    } else if (s.kind === 'grid') {
      if (importedDemand) {
        out.push({
          kind: 'own',
          what: tr('pdfText.inhabitantsImport'),
          source: OWN_FILE,
          licence: OWN_LICENCE
        });
      } else if (t.one === 'school') out.push(s);
      else out.push({ ...s, what: tr('pdfText.inhabitantsCell') });
    } else out.push(s);
  }
  return out;
}

/** How the figures are computed: po and vo with CBS population as always, otherwise in the sector's words. */
export function methodNote(report: Report<SectorId>, t: SectorTerms): string {
  if (report.demandSource !== 'import' && t.one === 'school' && t.users === 'leerlingen')
    return `${METHOD_NOTE} ${CHOICE_TEXT.pdfRule[report.parameters.allocation ?? 'nearest']}`;
  const imported = report.demandSource === 'import';
  const words = sectorWords(t);
  return tr('pdfText.method', {
    from: tr(imported ? 'pdfText.methodFromImport' : 'pdfText.methodFromCell'),
    counted: tr(imported ? 'pdfText.countedImport' : 'pdfText.countedCell'),
    one: words.one,
    users: words.users
  });
}

export function sources(w: PdfWriter, report: Report<SectorId>, t: SectorTerms): void {
  w.ensure(70); // the sources stay together on one page
  w.heading(tr('pdf.sources'), 11);
  for (const s of reportSources(report, t)) {
    w.paragraph(`${s.what}: ${s.source}. ${tr('pdf.licence')}: ${s.licence}.`, { size: 8.5 });
  }
  w.space(2);
  w.paragraph(methodNote(report, t), { size: 8.5, color: MUTED });
}
