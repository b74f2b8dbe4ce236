/**
 * The workshop screen's frame, without rendering: the waiting texts in the page's language (the sector's name and
 * the new-location name are sectorTerms', already in it), the
 * sources line under the map, the map's fit padding, the sector switch's counts and what a key press does.
 * Pure, so the unit tests check them in both languages.
 */
import type { RegionBundle } from '$lib/engine/geodata/schema';
import { getPreset, PRESET_IDS } from '$lib/engine/sectors/presets';
import { t } from '$lib/i18n/catalogue';
import type { SectorTerms } from '$lib/sectors/terms';
import type { Datasets } from '$lib/state/store';
import { sourceLabel } from './import-flow';
import { word } from './indicators';
import { regionCount } from './region-count';

/** The key figures' text while an import sector has no file yet: "Sport: nog geen gegevens. ...". */
export function noDataKeyText(terms: Pick<SectorTerms, 'id' | 'name'>): string {
  return t('workshopShell.noDataKey', { sector: terms.name });
}

/** The indicator column's text while an import sector has no file yet: "Nog geen voorzieningen: ...". */
export function noDataPanelText(terms: Pick<SectorTerms, 'many'>): string {
  return t('workshopShell.noDataPanel', { many: word('many', terms.many) });
}

/**
 * The sources under the map: the fixed line, then the user's files ("Sport: voorbeeld (fictief)", "Bevolking:
 * eigen bestand ...").
 */
export function attributionLine(
  sources: string,
  terms: Pick<SectorTerms, 'id' | 'name'>,
  datasets: Datasets
): string {
  const own = datasets.facilities[terms.id];
  return [
    sources,
    own ? t('workshopShell.sectorSource', { sector: terms.name, source: sourceLabel(own.source) }) : '',
    datasets.demand ? t('workshopShell.population', { source: sourceLabel(datasets.demand.source) }) : ''
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The map's padding when it fits the region: below the header strip (and the sector's data card), above the legend. */
export function fitPadding(presentation: boolean, dataCard: boolean, legendHeight: number) {
  return {
    top: (presentation ? 84 : 60) + (dataCard ? 80 : 0),
    bottom: Math.round(legendHeight) + 24,
    left: 32,
    right: 32
  };
}

/** Facilities per sector for the sector switch: null for an import sector without a file. */
export function sectorCounts(bundle: RegionBundle, datasets: Datasets): Record<string, number | null> {
  return Object.fromEntries(
    PRESET_IDS.map((s) => [
      s,
      getPreset(s)?.dataSource === 'import' && !datasets.facilities[s] ? null : regionCount(bundle, s)
    ])
  );
}

/** What a key press does on the workshop screen. */
export type KeyAction = 'undo' | 'redo' | 'escape' | null;

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** The target is a text field, a select or editable: the browser's own undo applies. */
  typing: boolean;
}

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z or +Y redoes, Escape leaves a mode or the selection (not while typing). */
export function keyAction(press: KeyPress): KeyAction {
  if (press.typing) return null;
  if (press.ctrlKey || press.metaKey) {
    const key = press.key.toLowerCase();
    if (key === 'z' && !press.shiftKey) return 'undo';
    if ((key === 'z' && press.shiftKey) || key === 'y') return 'redo';
    return null;
  }
  return press.key === 'Escape' ? 'escape' : null;
}

/** Whether a key event's target is a place where a person types. */
export function isTyping(target: { isContentEditable?: boolean; tagName?: string } | null): boolean {
  return !!target && (!!target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName ?? ''));
}
