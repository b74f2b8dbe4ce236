/**
 * The indicator rows' labels in English (?lang=en): the catalogue's namespace `workshop`, the sector's words
 * translated where the catalogue knows them, English number formatting. Dutch is tested in ui-terms.test.ts.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Summary } from '../../src/lib/engine/types';

const summary = {
  openFacilities: 1234,
  pupilsTotal: 20637,
  distanceM: { mean: 1500, p50: 1200, p90: 2500, max: 8000 },
  shareWithin: { '1000': 0.5, '2500': 0.8 },
  belowNorm: 2,
  placesWithoutFacility: ['Kilder'],
  modelledMeanDistanceM: null,
  pupilsToContext: 0
} as unknown as Summary;

describe('indicator rows in English', () => {
  afterAll(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('labels, sector words and numbers speak English', async () => {
    vi.resetModules();
    vi.stubGlobal('location', { search: '?lang=en' });
    const { indicatorRows, thresholdKm, word } = await import('../../src/lib/view/indicators');
    const rows = indicatorRows(summary, summary, 3, 'po');
    expect(rows.map((r) => [r.id, r.label, r.value])).toEqual([
      ['open', 'Open schools', '1,234'],
      ['pupils', 'Pupils', '20,637'],
      ['mean', 'Mean distance', expect.any(String)],
      ['p50', 'Distance for half (P50)', expect.any(String)],
      ['p90', 'Distance for 90 % (P90)', expect.any(String)],
      ['max', 'Longest distance', expect.any(String)],
      ['within-1000', 'Within 1 km', expect.any(String)],
      ['within-2500', 'Within 2.5 km', expect.any(String)],
      ['below-norm', 'Schools below the threshold', '2'],
      ['places-without', 'Places without a school', '1'],
      ['moved', 'Pupils moved', '3']
    ]);
    expect(thresholdKm(2500)).toBe('2.5 km');
    expect(word('users', 'bezoekers')).toBe('visitors');
    expect(word('users', 'onbekend-woord')).toBe('onbekend-woord');
    const sport = indicatorRows(summary, summary, 0, 'sport', false);
    expect(sport.find((r) => r.id === 'places-without')?.label).toBe('Places without a facility');
    expect(sport.find((r) => r.id === 'pupils')?.value).toBe('unknown');
  });
});
