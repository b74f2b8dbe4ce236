/**
 * Loading a region bundle for a command: the id checked, a missing bundle named with the ids that exist, the file
 * validated and migrated by the engine. Messages are Dutch (the optimise command prints them as its one line).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionBundle } from '../../lib/engine/geodata/schema';
import { migrateBundle } from '../../lib/engine/geodata/migrate';
import { validateBundle } from '../../lib/engine/geodata/validate';

/** An unknown region (a usage problem: exit 2). */
export class UnknownBundleError extends Error {}
/** A bundle that cannot be read or is invalid (exit 1). */
export class BadBundleError extends Error {}

export function availableRegions(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function loadRegionBundle(dir: string, region: string): RegionBundle {
  if (!/^[a-z0-9-]+$/.test(region)) throw new UnknownBundleError(`Ongeldige regio "${region}".`);
  const file = join(dir, `${region}.json`);
  if (!existsSync(file)) {
    const ids = availableRegions(dir);
    throw new UnknownBundleError(
      ids.length > 0
        ? `Onbekende regio "${region}"; beschikbaar: ${ids.join(', ')}.`
        : `Geen regiobundels in ${dir}; draai eerst \`npm run geodata\`.`
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BadBundleError(`${file}: geen geldige JSON (${(e as Error).message.replace(/\s+/g, ' ')}).`);
  }
  try {
    return validateBundle(migrateBundle(raw, file), file);
  } catch (e) {
    throw new BadBundleError((e as Error).message.replace(/\s+/g, ' '));
  }
}
