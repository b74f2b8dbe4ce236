/**
 * The evidence of the school-choice model for a region and sector, for the page "Hoe goed klopt het model?":
 * computed on the server from the stored bundle (the engine's modelEvidence), cached per bundle version.
 */
import { CALIBRATION, modelEvidence, type EngineSector, type ModelEvidence } from '$lib/engine';
import type { RegionBundle } from '$lib/engine/geodata/schema';
import { readBundle } from './bundles';

const cache = new Map<string, { etag: string; evidence: ModelEvidence | null; name: string }>();

/** null when the manifest does not list the region; throws GeodataMissingError when the data are missing. */
export async function regionModelEvidence(
  id: string,
  sector: EngineSector
): Promise<{ name: string; evidence: ModelEvidence | null } | null> {
  const cached = await readBundle(id);
  if (!cached) return null;
  const key = `${id}|${sector}`;
  const hit = cache.get(key);
  if (hit && hit.etag === cached.etag) return hit;
  const bundle = JSON.parse(cached.json) as RegionBundle;
  const out = {
    etag: cached.etag,
    name: bundle.meta.name,
    evidence: modelEvidence(bundle, sector, CALIBRATION)
  };
  cache.set(key, out);
  return out;
}
