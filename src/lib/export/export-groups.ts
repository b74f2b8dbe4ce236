/**
 * The entries of the export menu (what ExportMenu lists). Apart from exports.ts, which builds the files: that module
 * (CSV, GeoJSON, PNG; the PDF from there) loads when an export is chosen, not with the page.
 */
import { capital, sectorTerms } from '$lib/sectors/terms';
import { t } from '$lib/i18n/catalogue';

export type ExportKind =
  | 'scenario-json'
  | 'session-json'
  | 'facilities-csv-nl'
  | 'facilities-csv-plain'
  | 'demand-csv-nl'
  | 'demand-csv-plain'
  | 'geojson'
  | 'png'
  | 'pdf';

export interface ExportEntry {
  kind: ExportKind;
  label: string;
  hint: string;
}

/** The words of the menu in the page's language; `many` is the sector's facilities ("scholen", "voorzieningen"). */
function menuText(many: string) {
  const word = many === 'scholen' || many === 'voorzieningen' ? t(`exportFiles.many.${many}`) : many;
  const Many = capital(word);
  return { many: word, Many };
}

/** The export menu of a sector: the facility tables are named after its facilities ("Scholen", "Voorzieningen"). */
export function exportGroups(sector: string): readonly { group: string; entries: ExportEntry[] }[] {
  const { many, Many } = menuText(sectorTerms(sector).many);
  return [
    {
      group: t('exportFiles.scenarios'),
      entries: [
        {
          kind: 'scenario-json',
          label: t('exportFiles.scenarioJson'),
          hint: t('exportFiles.scenarioJsonHint')
        },
        { kind: 'session-json', label: t('exportFiles.sessionJson'), hint: t('exportFiles.sessionJsonHint') }
      ]
    },
    {
      group: t('exportFiles.reports'),
      entries: [
        { kind: 'pdf', label: t('exportFiles.pdf'), hint: t('exportFiles.pdfHint', { many }) },
        { kind: 'png', label: t('exportFiles.png'), hint: t('exportFiles.pngHint') }
      ]
    },
    {
      group: t('exportFiles.tables'),
      entries: [
        {
          kind: 'facilities-csv-nl',
          label: t('exportFiles.facilitiesNl', { Many }),
          hint: t('exportFiles.nlHint')
        },
        {
          kind: 'facilities-csv-plain',
          label: t('exportFiles.facilitiesPlain', { Many }),
          hint: t('exportFiles.plainHint')
        },
        { kind: 'demand-csv-nl', label: t('exportFiles.demandNl'), hint: t('exportFiles.demandHint') },
        { kind: 'demand-csv-plain', label: t('exportFiles.demandPlain'), hint: t('exportFiles.demandHint') },
        { kind: 'geojson', label: t('exportFiles.geojson', { Many }), hint: t('exportFiles.geojsonHint') }
      ]
    }
  ];
}
