/**
 * Upgrade an older region bundle to the current schema (2). Version 1 lacks `Facility.tracks`: it is derived
 * from the facility's DUO `type` exactly as the build does (tracks/tracks.ts), so a v1 bundle gives the same
 * results as a rebuilt one. The frozen v1 fixture (tests/fixtures/geodata/bundle_v1_tiny.json) is tested to load.
 * Never mutates its input.
 */
import { BUNDLE_SCHEMA_VERSION } from './schema';
import { bundleVersion, unsupportedVersion } from './validate';
import { tracksOfFacility } from '../tracks/tracks';

export function migrateBundle(data: unknown, where = 'bundle'): unknown {
  const v = bundleVersion(data, where);
  if (v === BUNDLE_SCHEMA_VERSION) return data;
  if (v === 1) return from1(data as Record<string, unknown>);
  throw unsupportedVersion(where, v);
}

function from1(v1: Record<string, unknown>): Record<string, unknown> {
  const facilities = Array.isArray(v1.facilities)
    ? v1.facilities.map((f: unknown) => {
        if (typeof f !== 'object' || f === null) return f; // validateBundle names it
        const o = f as { sector?: unknown; type?: unknown };
        // A type with an unknown track is left to validateBundle (tracks missing) instead of a crash here.
        let tracks: number | undefined;
        try {
          tracks = tracksOfFacility(o);
        } catch {
          tracks = undefined;
        }
        return { ...o, tracks };
      })
    : v1.facilities;
  return { ...v1, schemaVersion: 2, facilities };
}
