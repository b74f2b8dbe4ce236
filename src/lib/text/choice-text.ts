/**
 * The words of the school-choice model in the workshop, the exports and the page "Hoe goed klopt het
 * model?", from the message catalogue (namespace `choice`; the model page's words are in model-page-text.ts). "Gemodelleerd" always marks a modelled number.
 */
import type { Allocation } from '$lib/engine/types';
import { t } from '$lib/i18n/catalogue';

export const CHOICE_TEXT = {
  controlLegend: t('choice.controlLegend'),
  allocation: {
    choice: t('choice.allocation.choice'),
    nearest: t('choice.allocation.nearest')
  } satisfies Record<Allocation, string>,
  allocationShort: {
    choice: t('choice.allocationShort.choice'),
    nearest: t('choice.allocationShort.nearest')
  } satisfies Record<Allocation, string>,
  controlHelp: t('choice.controlHelp'),
  evidenceLink: t('choice.evidenceLink'),
  modelledPupils: t('choice.modelledPupils'),
  flowsByModel: t('choice.flowsByModel'),
  modelledDistance: t('choice.modelledDistance'),
  notForSector: t('choice.notForSector'),
  pdfRule: {
    choice: t('choice.pdfRule.choice'),
    nearest: t('choice.pdfRule.nearest')
  } satisfies Record<Allocation, string>
} as const;

/** The page of the model's evidence for a region and sector. */
export function modelPageHref(region: string, sector: string): string {
  return `/model/${encodeURIComponent(region)}${sector === 'vo' ? '?sector=vo' : ''}`;
}
