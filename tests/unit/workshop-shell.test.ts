/** The workshop frame's logic and words in Dutch (the English: workshop-shell-en.test.ts). */
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../src/lib/engine/sectors/presets';
import { CATALOGUE } from '../../src/lib/i18n/catalogue';
import { sectorTerms } from '../../src/lib/sectors/terms';
import type { Datasets } from '../../src/lib/state/store';
import {
  attributionLine,
  fitPadding,
  isTyping,
  keyAction,
  noDataKeyText,
  noDataPanelText
} from '../../src/lib/view/workshop-shell';
import { refusalNotice } from '../../src/lib/text/edit-text';

const none: Datasets = { facilities: {}, demand: null };
const press = (key: string, o: Partial<Parameters<typeof keyAction>[0]> = {}) =>
  keyAction({ key, ctrlKey: false, metaKey: false, shiftKey: false, typing: false, ...o });

describe('the workshop frame in Dutch', () => {
  it('the Dutch sector names equal the presets’ names', () => {
    for (const [id, name] of Object.entries(CATALOGUE.nl.terms.sector))
      expect(getPreset(id)?.name, id).toBe(name);
    expect(sectorTerms('sport').name).toBe('Sport');
    expect(sectorTerms('sport', { ...getPreset('sport')!, name: 'Mijn sport' }).name).toBe('Mijn sport');
  });

  it('the waiting texts, the sources line and the new location’s name', () => {
    expect(noDataKeyText(sectorTerms('sport'))).toBe(
      'Sport: nog geen gegevens. Kies een bestand op de kaart.'
    );
    expect(noDataPanelText(sectorTerms('zorg'))).toBe(
      'Nog geen voorzieningen: kies een bestand op de kaart om de cijfers te zien.'
    );
    expect(attributionLine('Bronnen', sectorTerms('po'), none)).toBe('Bronnen');
    expect(sectorTerms('po').newName).toBe('Nieuwe school');
    expect(sectorTerms('sport').newName).toBe('Nieuwe locatie');
  });

  it('the refusal notice says what was done', () => {
    const text = refusalNotice(
      { message: 'x', editIndex: 0, problem: 'facility "A" is already closed' },
      'dropped',
      [{ op: 'close', facility: 'A' }],
      () => ({ name: 'De Zon', place: 'Kilder' })
    );
    expect(text).toBe(
      'Ingreep 1 (Sluit De Zon, Kilder) kan niet: De Zon, Kilder is al gesloten. De ingreep is weggelaten; de andere ingrepen blijven staan.'
    );
  });

  it('fit padding, keys and typing', () => {
    expect(fitPadding(false, true, 90.4)).toEqual({ top: 140, bottom: 114, left: 32, right: 32 });
    expect(fitPadding(true, false, 50)).toEqual({ top: 84, bottom: 74, left: 32, right: 32 });
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('Z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(press('y', { ctrlKey: true })).toBe('redo');
    expect(press('z', { ctrlKey: true, typing: true })).toBe(null);
    expect(press('Escape')).toBe('escape');
    expect(press('Escape', { typing: true })).toBe(null);
    expect(press('Escape', { ctrlKey: true })).toBe(null);
    expect(press('a')).toBe(null);
    expect(isTyping({ tagName: 'INPUT' })).toBe(true);
    expect(isTyping({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTyping({ tagName: 'BUTTON' })).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});
