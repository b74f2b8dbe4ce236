import { error } from '@sveltejs/kit';
import { CALIBRATION, CHOICE_FEATURES } from '$lib/engine';
import { GeodataMissingError, REGION_ID } from '$lib/server/bundles';
import { regionModelEvidence } from '$lib/server/model-evidence';
import type { PageServerLoad } from './$types';

/** The evidence of the school-choice model (computed on the server: only the scatter points travel). */
export const load: PageServerLoad = async ({ params, url }) => {
  const id = params.region;
  if (!REGION_ID.test(id)) error(404, `Regio '${id.slice(0, 80)}' bestaat niet`);
  const raw = url.searchParams.get('sector') ?? 'po';
  if (raw !== 'po' && raw !== 'vo') error(400, `Onbekende sector '${raw.slice(0, 20)}' (po of vo).`);
  let found;
  try {
    found = await regionModelEvidence(id, raw);
  } catch (e) {
    if (e instanceof GeodataMissingError) error(503, e.message);
    throw e;
  }
  if (!found) error(404, `Regio '${id}' bestaat niet`);
  const national = CALIBRATION.find((c) => c.region === 'nederland' && c.sector === raw) ?? null;
  return {
    region: id,
    regionName: found.name,
    sector: raw,
    evidence: found.evidence,
    national,
    features: [...CHOICE_FEATURES[raw]]
  };
};
