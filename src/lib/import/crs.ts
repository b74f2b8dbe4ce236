import { t } from '../i18n/catalogue';
import type { Crs } from './types';

/** How the import names a coordinate system to the user (its own module: the page shows it without the readers). */
export const CRS_LABEL: Record<Crs, string> = {
  wgs84: t('importing.crs.wgs84'),
  rd: t('importing.crs.rd')
};
