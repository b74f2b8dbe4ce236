/** The texts of offline use (badge and waiting saves), in the page's language (namespace `offline`). */
import { t } from '$lib/i18n/catalogue';

export const OFFLINE_TEXT = {
  badge: t('offline.badge'),
  badgeDetail: t('offline.badgeDetail'),
  saveWaiting: t('offline.saveWaiting'),
  saveWaitingShort: t('offline.saveWaitingShort'),
  saveRetryNow: t('offline.saveRetryNow'),
  savedBeforeChanges: t('offline.savedBeforeChanges')
} as const;
