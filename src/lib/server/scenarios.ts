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
import { getDb, type Db } from './db';

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

/** Save a scenario (request body as in validateSaveBody) under a new share id. Durable once it returns. */
export function saveScenario(body: unknown, db: Db = getDb()): { id: string; url: string } {
  const { file, name } = validateSaveBody(body);
  const region = file.region as string;
  const now = new Date().toISOString();
  const insert = db.prepare(
    `INSERT INTO scenarios (id, schema_version, region, sector, name, body, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
  );
  for (let attempt = 0; ; attempt++) {
    const id = newShareId();
    try {
      insert.run(id, file.schemaVersion, region, file.sector, name, JSON.stringify(file), now, now);
      return { id, url: shareUrl(region, id) };
    } catch (e) {
      // A collision of 128 random bits does not happen; if the generator were broken, fail loudly.
      if ((e as { code?: string }).code !== 'SQLITE_CONSTRAINT_PRIMARYKEY' || attempt >= 2) throw e;
    }
  }
}

interface Row {
  id: string;
  region: string;
  sector: SectorId;
  name: string;
  created_at: string;
  edit_count: number;
  body?: string;
}

const META_COLUMNS = `id, region, sector, name, created_at, json_array_length(body, '$.edits') AS edit_count`;

function toMeta(row: Row): SavedScenarioMeta {
  return {
    id: row.id,
    url: shareUrl(row.region, row.id),
    region: row.region,
    sector: row.sector,
    name: row.name,
    createdAt: row.created_at,
    editCount: row.edit_count
  };
}

/** A saved scenario, or null when the id is malformed or unknown. */
export function getScenario(id: string, db: Db = getDb()): SavedScenario | null {
  if (!SHARE_ID.test(id)) return null;
  const row = db.prepare(`SELECT ${META_COLUMNS}, body FROM scenarios WHERE id = ?`).get(id) as
    Row | undefined;
  if (!row) return null;
  // Rows were validated on save; reading through the same path migrates old file versions in the future.
  const { file } = readScenarioFile(JSON.parse(row.body as string));
  return { ...toMeta(row), file };
}

export interface ListOptions {
  region?: string;
  /** Only these ids (a client's own saves, remembered locally). */
  ids?: readonly string[];
  limit?: number;
}

/** Saved scenarios, newest first, without their bodies. */
export function listScenarios(options: ListOptions = {}, db: Db = getDb()): SavedScenarioMeta[] {
  const limit = Math.max(1, Math.min(MAX_LIST_LIMIT, Math.floor(options.limit ?? DEFAULT_LIST_LIMIT)));
  const where: string[] = [];
  const args: unknown[] = [];
  if (options.region !== undefined) {
    where.push('region = ?');
    args.push(options.region);
  }
  if (options.ids !== undefined) {
    where.push('id IN (SELECT value FROM json_each(?))');
    args.push(JSON.stringify(options.ids.filter((id) => SHARE_ID.test(id))));
  }
  const sql =
    `SELECT ${META_COLUMNS} FROM scenarios` +
    (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
    ` ORDER BY created_at DESC, rowid DESC LIMIT ?`;
  return (db.prepare(sql).all(...args, limit) as Row[]).map(toMeta);
}
