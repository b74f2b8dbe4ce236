import { redirect } from '@sveltejs/kit';
import type { PageLoad } from './$types';

/** /compare without a region: the comparison belongs to a region's session, so choose the region first. */
export const load: PageLoad = () => {
  redirect(307, '/');
};
