/**
 * The presets' own words in the page's language: the Dutch catalogue (namespace presetText) says exactly what the
 * engine's presets say, so a Dutch page shows the same text as before; a text the user changed is shown as it is.
 * English: tests/unit/map-english.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/lib/engine/sectors/presets';
import { presetText } from '../../src/lib/i18n/messages/nl/presetText';
import { presetCapacityLine, presetDescription } from '../../src/lib/text/preset-text';

describe('preset texts in Dutch', () => {
  it('the catalogue has every built-in preset, with the engine’s very words', () => {
    expect(Object.keys(presetText.description).sort()).toEqual(PRESETS.map((p) => p.id).sort());
    for (const p of PRESETS) {
      expect(presetText.description[p.id as keyof typeof presetText.description], p.id).toBe(p.description);
      expect(presetText.meaning[p.id as keyof typeof presetText.meaning], p.id).toBe(p.capacity.meaning);
    }
  });

  it('shows the built-in texts as the engine has them', () => {
    for (const p of PRESETS) {
      expect(presetDescription(p)).toBe(p.description);
      expect(presetCapacityLine(p)).toBe(`${p.capacity.unit}: ${p.capacity.meaning}`);
    }
  });

  it('shows a text the user changed as it is', () => {
    const sport = PRESETS.find((p) => p.id === 'sport')!;
    const own = {
      ...sport,
      description: 'Alleen de sporthallen van de gemeente.',
      capacity: { ...sport.capacity, meaning: 'Teams per week' }
    };
    expect(presetDescription(own)).toBe('Alleen de sporthallen van de gemeente.');
    expect(presetCapacityLine(own)).toBe('bezoekers: Teams per week');
  });
});
