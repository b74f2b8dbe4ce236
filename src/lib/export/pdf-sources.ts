/**
 * The data sources behind every figure of a report, with the attribution their licence asks for. Taken from
 * geodata/manifest.json and the PROVENANCE files of ../shared/opendata; a report that leaves the building must
 * carry them. Update this list together with the geodata build when a source changes. The words are in the page's
 * language (namespace `pdfText.source`); published titles stay as published, in English with a description beside.
 */
import '$lib/i18n/parts/pdfText';
import { t } from '../i18n/catalogue';

export interface SourceLine {
  /** Which source this is, so a report can swap or drop it whatever the language. */
  kind: 'schools' | 'norms' | 'boundaries' | 'grid' | 'pc4' | 'regions' | 'own';
  what: string;
  source: string;
  licence: string;
}

export const DATA_SOURCES: readonly SourceLine[] = [
  {
    kind: 'schools',
    what: t('pdfText.source.schoolsWhat'),
    source: t('pdfText.source.schoolsSource'),
    licence: 'CC0'
  },
  {
    kind: 'norms',
    what: t('pdfText.source.normsWhat'),
    source: t('pdfText.source.normsSource'),
    licence: t('pdfText.source.normsLicence')
  },
  {
    kind: 'boundaries',
    what: t('pdfText.source.boundariesWhat'),
    source: t('pdfText.source.boundariesSource'),
    licence: t('pdfText.source.boundariesLicence')
  },
  {
    kind: 'grid',
    what: t('pdfText.source.gridWhat'),
    source: t('pdfText.source.gridSource'),
    licence: t('pdfText.source.gridLicence')
  },
  {
    kind: 'pc4',
    what: t('pdfText.source.pc4What'),
    source: t('pdfText.source.pc4Source'),
    licence: 'CC BY 4.0'
  },
  {
    kind: 'regions',
    what: t('pdfText.source.regionsWhat'),
    source: t('pdfText.source.regionsSource'),
    licence: t('pdfText.source.regionsLicence')
  }
];

/** How the figures are computed, in one paragraph for the report. */
export const METHOD_NOTE = t('pdfText.methodSchools');
