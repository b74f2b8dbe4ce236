/**
 * A sector's name in the page's language for the reports and exported images (namespace `pdfText.sectorName`):
 * "Basisonderwijs" / "Primary education". A user's own name for a preset stays as written. No jsPDF here, so the
 * workshop's image export can use it without loading the PDF writer.
 */
import '$lib/i18n/parts/pdfText';
import { getPreset } from '../engine/sectors/presets';
import { t } from '../i18n/catalogue';
import { sectorTerms, type SectorTerms } from '../sectors/terms';

const BUILT_IN = ['po', 'vo', 'so', 'sport', 'zorg', 'welzijn'] as const;

export function sectorLabel(sector: string | SectorTerms): string {
  const terms = typeof sector === 'string' ? sectorTerms(sector) : sector;
  const id = BUILT_IN.find((b) => b === terms.id);
  return id && terms.name === getPreset(id)?.name ? t(`pdfText.sectorName.${id}`) : terms.name;
}
