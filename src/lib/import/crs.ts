import { say } from './text';
import type { Crs } from './types';

/** How the import names a coordinate system to the user (its own module: the page shows it without the readers). */
export const CRS_LABEL: Record<Crs, string> = { wgs84: say('crs.wgs84'), rd: say('crs.rd') };
