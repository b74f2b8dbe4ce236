/**
 * The words of the page "Hoe goed klopt het model?" (namespace `model`, a lazy namespace: it loads with that page,
 * not with the atlas).
 */
import '$lib/i18n/parts/model';
import { t } from '$lib/i18n/catalogue';

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
