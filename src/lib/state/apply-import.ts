/**
 * The one way an import reaches the atlas: a report with errors is never applied, an ok one is first given to the
 * engine (which prepares the sector with it and refuses what it cannot evaluate), and only when the engine has
 * accepted it does the store change. So a failed import leaves the scenarios, their edits, the files already
 * loaded and the saved session exactly as they were. Used by the data card (facilities) and the population block.
 */
import type { DemandReport } from '$lib/import/demand';
import type { ImportedDemandUnit, ImportedFacility, ImportReport } from '$lib/import/types';
import type { SectorPreset } from '$lib/engine/sectors/presets';
import { setDemandDataset, setFacilityDataset } from '$lib/state/actions';
import type { AtlasStore, DataSource } from '$lib/state/store';
import { EngineError, type EngineClient } from '$lib/worker/client';
import { t } from '$lib/i18n/catalogue';

/** The parts of the engine client an import needs (a fake in the tests). */
export type ImportEngine = Pick<EngineClient, 'setFacilities' | 'setDemand'>;

/** The message of a thrown engine or other error, for a sentence around it. */
export function errorText(e: unknown): string {
  return e instanceof EngineError || e instanceof Error ? e.message : String(e);
}

/** New id per import: the engine's cache key and the session's. */
export function datasetId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A report the dialogs may apply: no errors and at least one row to use. */
export function applicable(report: Pick<ImportReport, 'ok'> & { facilities?: unknown[]; units?: unknown[] }) {
  return report.ok && (report.facilities ?? report.units ?? []).length > 0;
}

/**
 * Applies facilities to a sector: the engine first, then the store. Resolves with a message when nothing was
 * applied (and nothing changed), or null.
 */
export async function applyFacilities(
  store: AtlasStore,
  engine: ImportEngine,
  sector: string,
  facilities: ImportedFacility[],
  source: Omit<DataSource, 'importedAt'>,
  preset: SectorPreset | null
): Promise<string | null> {
  if (facilities.length === 0) return t('importing.applyProblems.noFacilities');
  try {
    await engine.setFacilities(sector, facilities, preset);
  } catch (e) {
    return t('importing.applyProblems.notApplied', { error: errorText(e) });
  }
  setFacilityDataset(store, sector, {
    id: datasetId(sector),
    sector,
    source: { ...source, importedAt: new Date().toISOString() },
    facilities
  });
  return null;
}

/** Applies a facility import report as the dialog does (errors: refused before the engine is asked). */
export async function applyFacilityReport(
  store: AtlasStore,
  engine: ImportEngine,
  sector: string,
  report: ImportReport,
  name: string,
  preset: SectorPreset | null
): Promise<string | null> {
  if (!applicable(report)) return t('importing.applyProblems.hasErrors');
  return applyFacilities(
    store,
    engine,
    sector,
    report.facilities,
    { name, example: report.stats.example },
    preset
  );
}

/** Applies a population table: the engine first (every sector), then the store. */
export async function applyDemand(
  store: AtlasStore,
  engine: ImportEngine,
  units: ImportedDemandUnit[],
  kind: 'pc4' | 'point',
  source: Omit<DataSource, 'importedAt'>
): Promise<string | null> {
  if (units.length === 0) return t('importing.applyProblems.noRows');
  try {
    await engine.setDemand(units);
  } catch (e) {
    return t('importing.applyProblems.notApplied', { error: errorText(e) });
  }
  setDemandDataset(store, {
    id: datasetId('bevolking'),
    source: { ...source, importedAt: new Date().toISOString() },
    kind,
    units
  });
  return null;
}

/** Applies a population import report (errors: refused before the engine is asked). */
export async function applyDemandReport(
  store: AtlasStore,
  engine: ImportEngine,
  report: DemandReport,
  name: string,
  example: boolean
): Promise<string | null> {
  if (!applicable(report) || report.stats.kind === null) {
    return t('importing.applyProblems.hasErrors');
  }
  return applyDemand(store, engine, report.units, report.stats.kind, { name, example });
}
