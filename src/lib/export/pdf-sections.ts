/**
 * The sections of the PDF reports that both reports share: the edit list, the premises line, the sources and the
 * method note (split from pdf.ts, which lays out the two reports).
 */
import '$lib/i18n/parts/pdf';
import type { Edit, Report, SectorId } from '../engine/index';
import { capital, type SectorTerms } from '../sectors/terms';
import { editText, facilityIndex, formatPupils, parametersText } from '../text/report-text';
import { MUTED, type PdfWriter } from './pdf-layout';
import { DATA_SOURCES, METHOD_NOTE, type SourceLine } from './pdf-sources';
import { CHOICE_TEXT } from '../text/choice-text';
import { t as tr } from '$lib/i18n/catalogue';

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
  const counts = fromDuo(t)
    ? `${t.users} 1-10-${report.year}`
    : `${t.users}: aantallen uit het eigen bestand`;
  const demand = report.demandSource === 'import' ? '; bevolking: eigen bestand' : '';
  return `${parametersText(report.parameters, report.sector)}; ${counts}${demand}`;
}

/** The unit a demand figure belongs to: a 1 km grid cell of CBS, or an area or point of the user's file. */
export const demandUnit = (report: Report<SectorId>) =>
  report.demandSource === 'import' ? 'gebied of punt uit het eigen bevolkingsbestand' : '1 km-cel';

export function editList(w: PdfWriter, s: PdfScenario, t: SectorTerms): void {
  if (s.edits.length === 0) {
    w.paragraph('Geen ingrepen: de huidige situatie.', { color: MUTED });
    return;
  }
  const byId = facilityIndex(s.report.facilities);
  s.edits.forEach((e, i) => {
    let text = `${i + 1}. ${editText(e, byId, t)}`;
    if (e.op === 'close' || e.op === 'merge') {
      // A facility closes once: its flows are this edit's (one, or several under the choice model).
      const flows = s.report.flows.filter((f) => f.from === e.facility);
      const moved = flows.reduce((a, f) => a + f.pupils, 0);
      // A facility without a count (DUO gives none, or the file has no such column): how many move is unknown.
      const unknown = s.report.facilities.find((g) => g.id === e.facility)?.pupilsBase === null;
      const count = unknown ? `${t.users} (aantal onbekend)` : `${formatPupils(moved)} ${t.users}`;
      const name = (id: string) => byId.get(id)?.name ?? id;
      if (e.op === 'merge') text += ` (${count})`;
      else if (flows.length === 1) text += `; ${count} naar ${name(flows[0].to)}`;
      else if (flows.length > 1) {
        const parts = flows.map((f) =>
          unknown ? name(f.to) : `${formatPupils(f.pupils)} naar ${name(f.to)}`
        );
        text += `; ${count} ${CHOICE_TEXT.flowsByModel}: ${parts.join(', ')}`;
      }
    }
    w.paragraph(text, { indent: 2 });
  });
}

const OWN_FILE = 'eigen bestand van de gebruiker, ingelezen in de Transitieatlas';

/**
 * The sources behind this report: po and vo with CBS population exactly as always; another sector's own
 * facilities, and an imported population, named as the user's file instead of DUO or the CBS grid.
 */
export function reportSources(report: Report<SectorId>, t: SectorTerms): SourceLine[] {
  const importedDemand = report.demandSource === 'import';
  const out: SourceLine[] = [];
  for (const s of DATA_SOURCES) {
    if (s.what.startsWith('Scholen')) {
      if (fromDuo(t)) out.push(s);
      else {
        out.push({
          what: `${capital(t.many)} en ${t.users}`,
          source: OWN_FILE,
          licence: 'verantwoordelijkheid van de gebruiker'
        });
      }
    } else if (s.what.startsWith('Opheffingsnormen')) {
      if (showsNorm(t)) out.push(s);
    } else if (s.what.includes('rastercel')) {
      if (importedDemand) {
        out.push({
          what: 'Inwoners per gebied of punt',
          source: OWN_FILE,
          licence: 'verantwoordelijkheid van de gebruiker'
        });
      } else if (t.one === 'school') out.push(s);
      else out.push({ ...s, what: 'Inwoners (totaal en 0-14 jaar) per 1 km-rastercel (2021)' });
    } else out.push(s);
  }
  return out;
}

/** How the figures are computed: po and vo with CBS population as always, otherwise in the sector's words. */
export function methodNote(report: Report<SectorId>, t: SectorTerms): string {
  if (report.demandSource !== 'import' && t.one === 'school' && t.users === 'leerlingen')
    return `${METHOD_NOTE} ${CHOICE_TEXT.pdfRule[report.parameters.allocation ?? 'nearest']}`;
  const from =
    report.demandSource === 'import'
      ? 'elk gebied of punt uit het eigen bevolkingsbestand'
      : 'het midden van elke 1 km-rastercel';
  const counted =
    report.demandSource === 'import'
      ? 'Meegeteld: de inwoners uit het eigen bestand, gewogen naar de leeftijden die de sector bedient (zonder ' +
        'leeftijden: het aandeel van die leeftijden in de gemeente).'
      : 'Meegeteld: inwoners per cel maal het aandeel van de leeftijden die de sector bedient, per gemeente.';
  return (
    `Berekend met de open Transitieatlas. Afstand: van ${from} naar de dichtstbijzijnde open ${t.one} (ook net ` +
    `buiten de regio), hemelsbreed of maal de omwegfactor. ${counted} Bij sluiten gaan de ${t.users} naar de ` +
    `dichtstbijzijnde open ${t.one}, bij samenvoegen naar de gekozen ${t.one}.`
  );
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
