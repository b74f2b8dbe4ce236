/** The workshop frame, the edit list and the refusals in English (the page's address asks for it). */
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  (globalThis as { location?: unknown }).location = { search: '?lang=en', href: 'http://x/?lang=en' };
});

import { LOCALE } from '../../src/lib/i18n/catalogue';
import { sectorTerms } from '../../src/lib/sectors/terms';
import { describeEdit, refusalMessage, refusalNotice } from '../../src/lib/text/edit-text';
import { noDataKeyText, noDataPanelText } from '../../src/lib/view/workshop-shell';

const lookup = (id: string) =>
  ({ A: { name: 'Basisschool Laetare', place: 'Kilder' }, B: { name: 'Roncalli', place: 'Zeddam' } })[id];

describe('the workshop shell in English', () => {
  it('speaks English', () => expect(LOCALE).toBe('en'));

  it('describes each kind of edit', () => {
    expect(describeEdit({ op: 'close', facility: 'A' }, lookup)).toBe('Close Basisschool Laetare, Kilder');
    expect(describeEdit({ op: 'merge', facility: 'A', into: 'B', missingTracks: 'elsewhere' }, lookup)).toBe(
      'Merge Basisschool Laetare, Kilder with Roncalli, Zeddam (missing school types elsewhere)'
    );
    expect(describeEdit({ op: 'capacity', facility: 'B', capacity: 1250 }, lookup)).toBe(
      'Capacity Roncalli, Zeddam: 1,250 pupils'
    );
    expect(describeEdit({ op: 'capacity', facility: 'B', capacity: 80 }, lookup, sectorTerms('sport'))).toBe(
      'Capacity Roncalli, Zeddam: 80 visitors'
    );
    expect(describeEdit({ op: 'open', id: 'N1', name: 'New school 1', lon: 6, lat: 52 }, lookup)).toBe(
      'New location: New school 1'
    );
    expect(describeEdit({ op: 'jump' } as never, lookup)).toBe("Unknown change 'jump'");
  });

  it('words the engine’s refusals', () => {
    const edits = [{ op: 'close' as const, facility: 'X9' }];
    expect(
      refusalMessage({ message: 'm', editIndex: 0, problem: 'unknown facility "X9" (po)' }, edits, lookup)
    ).toBe("Change 1 (Close X9) is not possible: the school 'X9' does not exist in this region and sector.");
    expect(
      refusalNotice(
        { message: 'm', editIndex: 0, problem: 'facility "A" is a context facility' },
        'prefix',
        [{ op: 'close', facility: 'A' }],
        lookup
      )
    ).toBe(
      'Change 1 (Close Basisschool Laetare, Kilder) is not possible: Basisschool Laetare, Kilder lies outside the region; that school can take in pupils, but closing or changing it is not up to this region. The map shows the scenario up to that change.'
    );
  });

  it('the sector names and waiting texts', () => {
    expect(sectorTerms('po').name).toBe('Primary education');
    expect(sectorTerms('zorg').name).toBe('Care');
    expect(noDataKeyText(sectorTerms('sport'))).toBe('Sport: no data yet. Choose a file on the map.');
    expect(noDataPanelText(sectorTerms('welzijn'))).toBe(
      'No facilities yet: choose a file on the map to see the figures.'
    );
    expect(sectorTerms('po').newName).toBe('New school');
  });
});
