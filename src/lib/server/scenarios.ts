/**
 * Saved scenarios: immutable rows keyed by an unguessable share id.
 *
 * A save always creates a new id, so a share link never changes under its reader's feet ("kopie bewerken" in the
 * UI copies the scenario into the local session). The id is 16 random bytes (128 bits) as base64url: knowing it
 * is the only permission needed to read the scenario, which is why there is no open listing by default (see
 * listScenarios). The body is the canonical scenario file the engine validated, re-validated on every read.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ScenarioFile, SectorId } from '../engine/index';
import { MAX_NAME_LENGTH, readScenarioFile, ScenarioFormatError } from '../export/scenario-files';
import { IdTakenError, type ScenarioSummary, type Storage } from './storage';
import { storage } from './storage-select';

export const SHARE_ID_BYTES = 16;
/** base64url of >= 16 bytes; checked before any query. */
export const SHARE_ID = /^[A-Za-z0-9_-]{22,86}$/;
/** Same rule as the region routes: lowercase slugs. */
export const REGION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DEFAULT_LIST_LIMIT = 50;
export const MAX_LIST_LIMIT = 200;

export function newShareId(): string {
  return randomBytes(SHARE_ID_BYTES).toString('base64url');
}

/** The page that opens a shared scenario read-only. */
export function shareUrl(region: string, id: string): string {
  return `/atlas/${encodeURIComponent(region)}?gedeeld=${encodeURIComponent(id)}`;
}

export interface SavedScenarioMeta {
  id: string;
  url: string;
  region: string;
  /** A preset id: po, vo, so, sport, zorg, welzijn. */
  sector: SectorId;
  name: string;
  /** ISO 8601 UTC. */
  createdAt: string;
  editCount: number;
}

export interface SavedScenario extends SavedScenarioMeta {
  /** Always the current version (an older row is migrated on read). */
  file: ScenarioFile<SectorId>;
}

let manifestCache: { path: string; mtimeMs: number; ids: Set<string> } | null = null;

/** Region ids of geodata/manifest.json (TRANSITIEATLAS_GEODATA), or null when there is no readable manifest. */
export function knownRegions(): Set<string> | null {
  const path = join(resolve(process.cwd(), process.env.TRANSITIEATLAS_GEODATA || 'geodata'), 'manifest.json');
  try {
    const { mtimeMs } = statSync(path);
    if (manifestCache?.path === path && manifestCache.mtimeMs === mtimeMs) return manifestCache.ids;
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { regions?: { id?: unknown }[] };
    if (!Array.isArray(manifest.regions)) return null;
    const ids = new Set(
      manifest.regions.map((r) => r.id).filter((id): id is string => typeof id === 'string')
    );
    manifestCache = { path, mtimeMs, ids };
    return ids;
  } catch {
    return null;
  }
}

/**
 * Validate a save request body: a scenario file (version 1 or 2; stored as version 2) with region and sector, plus
 * an optional top-level `name` (not part of the file format; stored in its own column). A scenario of a sector
 * without open data carries its facilities in `data`. Throws ScenarioFormatError (Dutch).
 */
export function validateSaveBody(body: unknown): { file: ScenarioFile<SectorId>; name: string } {
  let name = '';
  let data = body;
  if (typeof body === 'object' && body !== null && !Array.isArray(body) && 'name' in body) {
    const { name: n, ...rest } = body as Record<string, unknown>;
    if (typeof n !== 'string' || n.length > MAX_NAME_LENGTH) {
      throw new ScenarioFormatError(
        'veld "name"',
        `moet een tekst van hoogstens ${MAX_NAME_LENGTH} tekens zijn`
      );
    }
    name = n.trim();
    data = rest;
  }
  if (Array.isArray(data)) {
    throw new ScenarioFormatError(
      '',
      'een losse lijst bewerkingen (versie 0) kan niet gedeeld worden: stuur een scenariobestand met schemaVersion 2, region en sector'
    );
  }
  const { file } = readScenarioFile(data);
  if (file.region === undefined) throw new ScenarioFormatError('veld "region"', 'ontbreekt');
  if (!REGION_ID.test(file.region)) throw new ScenarioFormatError('veld "region"', 'moet een regio-id zijn');
  const regions = knownRegions();
  if (regions && !regions.has(file.region)) {
    throw new ScenarioFormatError('veld "region"', `onbekende regio '${file.region}'`);
  }
  if (file.sector === undefined) throw new ScenarioFormatError('veld "sector"', 'ontbreekt');
  return { file, name };
}

/** Save a scenario (request body as in validateSaveBody) under a new share id. Durable once it resolves. */
export async function saveScenario(body: unknown, store?: Storage): Promise<{ id: string; url: string }> {
  const { file, name } = validateSaveBody(body);
  const db = store ?? (await storage());
  const region = file.region as string;
  const createdAt = new Date().toISOString();
  const text = JSON.stringify(file);
  for (let attempt = 0; ; attempt++) {
    const id = newShareId();
    try {
      await db.insertScenario({
        id,
        schemaVersion: file.schemaVersion,
        region,
        sector: file.sector as string,
        name,
        body: text,
        createdAt
      });
      return { id, url: shareUrl(region, id) };
    } catch (e) {
      // A collision of 128 random bits does not happen; if the generator were broken, fail loudly.
      if (!(e instanceof IdTakenError) || attempt >= 2) throw e;
    }
  }
}

function toMeta(row: ScenarioSummary): SavedScenarioMeta {
  return {
    id: row.id,
    url: shareUrl(row.region, row.id),
    region: row.region,
    sector: row.sector as SectorId,
    name: row.name,
    createdAt: row.createdAt,
    editCount: row.editCount
  };
}

/** A saved scenario, or null when the id is malformed or unknown. */
export async function getScenario(id: string, store?: Storage): Promise<SavedScenario | null> {
  if (!SHARE_ID.test(id)) return null;
  const row = await (store ?? (await storage())).scenario(id);
  if (!row) return null;
  // Rows were validated on save; reading through the same path migrates old file versions.
  const { file } = readScenarioFile(JSON.parse(row.body));
  return { ...toMeta(row), file };
}

export interface ListOptions {
  region?: string;
  /** Only these ids (a client's own saves, remembered locally). */
  ids?: readonly string[];
  limit?: number;
}

/** Saved scenarios, newest first, without their bodies. */
export async function listScenarios(
  options: ListOptions = {},
  store?: Storage
): Promise<SavedScenarioMeta[]> {
  const limit = Math.max(1, Math.min(MAX_LIST_LIMIT, Math.floor(options.limit ?? DEFAULT_LIST_LIMIT)));
  const rows = await (store ?? (await storage())).scenarios({
    region: options.region,
    ids: options.ids?.filter((id) => SHARE_ID.test(id)),
    limit
  });
  return rows.map(toMeta);
}
