/**
 * The words of the school-choice model in the workshop, the exports and the page "Hoe goed klopt het
 * model?", from the message catalogue (namespaces `choice` and `model`). "Gemodelleerd" always marks a modelled number.
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

/** The page "Hoe goed klopt het model?". */
export const MODEL_PAGE_TEXT = {
  title: t('model.title'),
  sector: { po: t('model.sector.po'), vo: t('model.sector.vo') } as Record<string, string>,
  intro: t('model.intro'),
  scatterCaption: t('model.scatterCaption'),
  showNearest: t('model.showNearest'),
  fitHeading: t('model.fitHeading'),
  fitChoice: t('model.fitChoice'),
  fitNearest: t('model.fitNearest'),
  holdoutHeading: t('model.holdoutHeading'),
  holdoutNational: (r2: string, mae: string) => t('model.holdoutNational', { r2, mae }),
  holdoutRegion: (own: string, hold: string) => t('model.holdoutRegion', { own, hold }),
  parametersHeading: t('model.parametersHeading'),
  scale: (s: string) => t('model.scale', { s }),
  limitsHeading: t('model.limitsHeading'),
  limits: [
    t('model.limits.quality'),
    t('model.limits.homes'),
    t('model.limits.border'),
    t('model.limits.vo'),
    t('model.limits.newSchool'),
    t('model.limits.assumption')
  ],
  back: t('model.back'),
  noModel: t('model.noModel'),
  scatterAria: t('model.scatterAria'),
  axisDuo: t('model.axisDuo'),
  axisModelled: t('model.axisModelled'),
  schoolsCounted: (n: string) => t('model.schoolsCounted', { n })
};
