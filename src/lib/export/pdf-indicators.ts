/**
 * The short indicator labels of the PDF's indicator table in the page's language (namespace `pdfText.indicator`),
 * in the sector's words and at the report's own thresholds. Dutch exactly as `indicatorShortLabels` of
 * text/report-text.ts: "Open scholen", "Kinderen binnen 1 km"; English "Open schools", "Children within 1 km".
 */
import '$lib/i18n/parts/pdfText';
import type { CompareIndicator, ShareWithin } from '../engine/index';
import { t as tr } from '../i18n/catalogue';
import { capital, type SectorTerms } from '../sectors/terms';
import { sectorWords } from '../text/sector-words';
import { thresholdKm, withinKeys } from '../view/indicators';

/** The three within-rows' thresholds in metres: the report's own keys, or po's 1, 3 and 5 km. */
function thresholds(within: ShareWithin): number[] {
  const metres = withinKeys(within)
    .map(Number)
    .filter((n) => Number.isFinite(n));
  return metres.length >= 3 ? metres.slice(0, 3) : [1000, 3000, 5000];
}

export function pdfIndicatorLabels(t: SectorTerms, within: ShareWithin): Record<CompareIndicator, string> {
  const w = sectorWords(t);
  const people = tr(t.one === 'school' ? 'pdfText.indicator.children' : 'pdfText.indicator.inhabitants');
  const [a, b, c] = thresholds(within).map((m) =>
    tr('pdfText.indicator.within', { people, km: thresholdKm(m) })
  );
  return {
    openFacilities: tr('pdfText.indicator.open', { many: w.many }),
    belowNorm: tr('pdfText.indicator.belowNorm'),
    placesWithoutFacility: tr('pdfText.indicator.placesWithout', { one: w.one }),
    pupilsToContext: tr('pdfText.indicator.toContext', { users: capital(w.users) }),
    distanceMean: tr('pdfText.indicator.mean'),
    distanceP50: tr('pdfText.indicator.p50'),
    distanceP90: tr('pdfText.indicator.p90'),
    distanceMax: tr('pdfText.indicator.max'),
    shareWithin1000: a,
    shareWithin3000: b,
    shareWithin5000: c
  };
}
