/**
 * Upgrade an older region bundle to the current schema. Version 1 is the first and current one, so this is the
 * identity for v1 and a clear error for anything else. When v2 comes: add a `from1` step here and keep a frozen
 * v1 fixture in tests/fixtures/geodata with a test that it still loads.
 */
import { BUNDLE_SCHEMA_VERSION } from './schema';
import { bundleVersion, unsupportedVersion } from './validate';

export function migrateBundle(data: unknown, where = 'bundle'): unknown {
  const v = bundleVersion(data, where);
  if (v === BUNDLE_SCHEMA_VERSION) return data;
  throw unsupportedVersion(where, v);
}
