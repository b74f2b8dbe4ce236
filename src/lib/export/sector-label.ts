/**
 * A sector's name in the page's language for the reports and exported images: "Basisonderwijs" / "Primary
 * education" (sectorTerms' name: a built-in preset's name from the catalogue, a user's own name as written). No
 * jsPDF here, so the workshop's image export can use it without loading the PDF writer.
 */
import { sectorTerms, type SectorTerms } from '../sectors/terms';

export function sectorLabel(sector: string | SectorTerms): string {
  return (typeof sector === 'string' ? sectorTerms(sector) : sector).name;
}
