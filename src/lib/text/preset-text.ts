/**
 * What a sector's preset says about itself (its description, and what its capacity counts) in the page's language.
 * The engine keeps its presets' Dutch texts as data; a built-in text is shown from the catalogue (namespace
 * `presetText`, whose Dutch equals the engine's), a text the user changed is shown as it is.
 */
import '$lib/i18n/parts/presetText';
import { t } from '$lib/i18n/catalogue';
import type { MessageKey } from '$lib/i18n/messages/types';
import { getPreset, type SectorPreset } from '$lib/engine/sectors/presets';
import { usersWord } from './sector-words';

const BUILT_IN = ['po', 'vo', 'so', 'sport', 'zorg', 'welzijn'] as const;
const builtIn = (id: string): id is (typeof BUILT_IN)[number] => (BUILT_IN as readonly string[]).includes(id);

/** The preset's description. */
export function presetDescription(preset: SectorPreset): string {
  const own = getPreset(preset.id);
  return builtIn(preset.id) && own?.description === preset.description
    ? t(`presetText.description.${preset.id}` as MessageKey)
    : preset.description;
}

/** "leerlingen: Leerlingen op 1 oktober 2023 (DUO)", "pupils: Pupils on 1 October 2023 (DUO)". */
export function presetCapacityLine(preset: SectorPreset): string {
  const own = getPreset(preset.id);
  const meaning =
    builtIn(preset.id) && own?.capacity.meaning === preset.capacity.meaning
      ? t(`presetText.meaning.${preset.id}` as MessageKey)
      : preset.capacity.meaning;
  return `${usersWord(preset.capacity.unit)}: ${meaning}`;
}
