/**
 * The comparison as a PDF: the two maps side by side and the difference map (each with its legend), then
 * comparePdf's tables. Browser only (canvas); the layout itself is in $lib/export/pdf.ts.
 */
import '$lib/i18n/parts/pdfText';
import { cssColor } from '$lib/map/colors';
import { downloadBlob } from '$lib/export/download';
import type { PdfScenario } from '$lib/export/pdf';
import { composeMapPng, joinImages, type LegendSection } from '$lib/export/png';
import { SOURCES_LINE } from '$lib/i18n';
import { DIFFERENCE_CLASSES, DISTANCE_CLASSES, STATUS_STYLE, type ColourClass } from '../view/compare-data';
import { dateText, parametersText } from '../text/report-text';
import { t } from '$lib/i18n/catalogue';
import { sectorLabel } from './sector-label';

export interface CompareExportInput {
  region: string;
  regionName: string;
  a: PdfScenario;
  b: PdfScenario;
  captureA: () => string | null;
  captureB: () => string | null;
  captureDifference: () => string | null;
}

const classSection = (title: string, classes: readonly ColourClass[]): LegendSection => ({
  title,
  items: classes.map((c) => ({ label: c.label, fill: cssColor(c.color), shape: 'swatch' as const }))
});

export const DISTANCE_LEGEND: LegendSection[] = [
  classSection(t('pdfText.legendDistance'), DISTANCE_CLASSES),
  {
    title: t('pdfText.legendSchools'),
    items: [STATUS_STYLE.open, STATUS_STYLE.belowNorm, STATUS_STYLE.closed, STATUS_STYLE.new].map((s) => ({
      label: s.label,
      fill: cssColor(s.fill),
      stroke: cssColor(s.line),
      shape: 'circle' as const
    }))
  }
];

export const DIFFERENCE_LEGEND: LegendSection[] = [
  classSection(t('pdfText.legendDifference'), DIFFERENCE_CLASSES)
];

export async function exportComparePdf(input: CompareExportInput): Promise<string> {
  const { a, b } = input;
  const both = t('pdfText.aAndB', { a: a.name, b: b.name });
  const subtitle = `${sectorLabel(a.report.sector)} · ${parametersText(a.report.parameters, a.report.sector)} · ${dateText(new Date())}`;
  const mapA = input.captureA();
  const mapB = input.captureB();
  const diff = input.captureDifference();
  const mapImage =
    mapA && mapB
      ? await composeMapPng({
          map: await joinImages([
            { src: mapA, label: `A: ${a.name}` },
            { src: mapB, label: `B: ${b.name}` }
          ]),
          title: `${both} · ${input.regionName}`,
          subtitle,
          legend: DISTANCE_LEGEND,
          legendPosition: 'bottom',
          sources: SOURCES_LINE
        })
      : null;
  const differenceImage = diff
    ? await composeMapPng({
        map: diff,
        title: t('pdfText.differenceTitle'),
        subtitle: `B: ${b.name} · A: ${a.name}`,
        legend: DIFFERENCE_LEGEND,
        sources: SOURCES_LINE
      })
    : null;
  // jsPDF is large: it is loaded only when someone exports a report.
  const { comparePdf, pdfFileName } = await import('$lib/export/pdf');
  const doc = comparePdf({
    regionName: input.regionName,
    date: new Date(),
    a,
    b,
    mapImage,
    differenceImage
  });
  const name = pdfFileName(input.region, both);
  downloadBlob(doc.output('blob'), name);
  return name;
}
