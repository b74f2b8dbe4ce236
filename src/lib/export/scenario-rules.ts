/**
 * The atlas's own rules for a scenario, on top of the engine's shape checks: what a name may be, which sectors the
 * atlas knows, and that a sector without open data brings its facilities. Shared by the single file and the
 * session file.
 */
import type { ScenarioFile, SectorId } from '../engine/index';
import { getPreset, PRESET_IDS } from '../engine/sectors/presets';
import { t as tr } from '../i18n/catalogue';
import { fieldText, ScenarioFormatError } from './scenario-errors';

/** Longest scenario name we store or import. */
export const MAX_NAME_LENGTH = 200;

/** True for a sector without open data (sport, zorg, welzijn): its scenarios carry their facilities. */
export function needsFacilityData(sector: string): boolean {
  return getPreset(sector)?.dataSource === 'import';
}

/**
 * The atlas's rules on top of the engine's shape checks: the sector (and preset) is a preset of the atlas, and a
 * sector without open data brings its facilities. `at` prefixes the place (a session's scenario).
 */
export function checkAtlasScenario(file: ScenarioFile<SectorId>, at = ''): void {
  const where = (w: string) => [at, w].filter(Boolean).join(', ');
  for (const [field, id] of [
    ['sector', file.sector],
    ['preset', file.preset?.id]
  ] as const) {
    if (id !== undefined && !PRESET_IDS.includes(id)) {
      throw new ScenarioFormatError(
        where(fieldText(field)),
        tr('scenarioFiles.problem.oneOf', { values: PRESET_IDS.join(', ') })
      );
    }
  }
  const sector = file.sector ?? file.preset?.id;
  if (sector !== undefined && needsFacilityData(sector) && !file.data?.facilities) {
    throw new ScenarioFormatError(
      where(fieldText('data.facilities')),
      tr('scenarioFiles.noFacilities', { sector })
    );
  }
}

/** A scenario's name, trimmed; `where` names the field in the message. */
export function parseName(v: unknown, where: string): string {
  if (typeof v !== 'string' || v.trim() === '')
    throw new ScenarioFormatError(where, tr('scenarioFiles.problem.nonEmptyString'));
  if (v.length > MAX_NAME_LENGTH) {
    throw new ScenarioFormatError(where, tr('scenarioFiles.nameTooLong', { max: String(MAX_NAME_LENGTH) }));
  }
  return v.trim();
}
