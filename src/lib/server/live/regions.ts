/**
 * What a live session needs to know about regions and sectors: the region's Dutch name and how many facilities
 * of a sector it has today (from geodata/manifest.json), and the sector's name and words (the presets).
 * Relative imports only (see storage.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getPreset, PRESET_IDS } from '../../sectors/presets';
import { sectorTerms } from '../../sectors/terms';

export interface RegionInfo {
  id: string;
  name: string;
  /** Region facilities per bundle sector (po, vo, so). */
  facilityCounts: Record<string, number>;
}

export interface SectorInfo {
  id: string;
  name: string;
  one: string;
  users: string;
}

export interface RegionDirectory {
  region(id: string): RegionInfo | null;
  sector(id: string): SectorInfo | null;
  readonly sectorIds: readonly string[];
}

let cache: { path: string; mtimeMs: number; regions: Map<string, RegionInfo> } | null = null;

function manifestRegions(): Map<string, RegionInfo> {
  const path = join(resolve(process.cwd(), process.env.TRANSITIEATLAS_GEODATA || 'geodata'), 'manifest.json');
  try {
    const { mtimeMs } = statSync(path);
    if (cache?.path === path && cache.mtimeMs === mtimeMs) return cache.regions;
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
      regions?: { id?: unknown; name?: unknown; facilityCounts?: unknown }[];
    };
    const regions = new Map<string, RegionInfo>();
    for (const r of manifest.regions ?? []) {
      if (typeof r.id !== 'string') continue;
      regions.set(r.id, {
        id: r.id,
        name: typeof r.name === 'string' ? r.name : r.id,
        facilityCounts: (r.facilityCounts ?? {}) as Record<string, number>
      });
    }
    cache = { path, mtimeMs, regions };
    return regions;
  } catch {
    return new Map();
  }
}

/** The regions of the manifest (TRANSITIEATLAS_GEODATA) and the built-in sector presets. */
export const manifestDirectory: RegionDirectory = {
  region: (id) => manifestRegions().get(id) ?? null,
  sector: (id) => {
    const preset = getPreset(id);
    if (!preset) return null;
    const terms = sectorTerms(id, preset);
    return { id, name: preset.name, one: terms.one, users: terms.users };
  },
  sectorIds: PRESET_IDS
};
