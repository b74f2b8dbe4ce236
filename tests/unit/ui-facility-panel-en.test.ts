/**
 * The facility panel's and the VO tracks' words in English (?lang=en): the page's language comes from the
 * address, so this file gives the modules an address before they load. Dutch is in ui-facility-panel.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  (globalThis as { location?: unknown }).location = { search: '?lang=en', href: 'http://x/?lang=en' };
});

import { LOCALE } from '../../src/lib/i18n/catalogue';
import { sectorTerms } from '../../src/lib/sectors/terms';
import { REACH_TRACK_LABEL } from '../../src/lib/sectors/track-text';
import { PUPIL_TRACK_LABEL, TRACK_TEXT, trackList } from '../../src/lib/text/track-ui';
import {
  outflowAfter,
  panelWords,
  placeLine,
  statusText,
  whyNotEditable
} from '../../src/lib/view/facility-panel';
import { details, flow } from './facility-text-fixture';

const po = panelWords(sectorTerms('po'));

describe('facility panel text in English', () => {
  it('speaks English', () => expect(LOCALE).toBe('en'));

  it('the sector words and the search box', () => {
    expect(po).toEqual({
      one: 'school',
      users: 'pupils',
      One: 'School',
      Users: 'Pupils',
      placeholder: 'Name, place or BRIN',
      searchLabel: 'Find a school',
      empty: 'No school found.'
    });
    const sport = panelWords(sectorTerms('sport'));
    expect([sport.one, sport.users, sport.placeholder, sport.empty]).toEqual([
      'facility',
      'visitors',
      'Name, place or code',
      'No facility found.'
    ]);
  });

  it('the status badge', () => {
    expect(statusText(details)).toBe('Open');
    expect(statusText({ ...details, status: 'closed' })).toBe('Closed');
    expect(statusText({ ...details, status: 'merged' })).toBe('Merged');
    expect(statusText({ ...details, isNew: true })).toBe('New');
  });

  it('why the actions are off', () => {
    expect(whyNotEditable(details, true, po)).toBe('This is a shared scenario: make a copy to edit it.');
    expect(whyNotEditable({ ...details, context: true }, false, po)).toBe(
      'This school lies outside the region: it can take pupils, but it cannot be closed or changed here.'
    );
    expect(whyNotEditable({ ...details, inEngine: false }, false, po)).toBe(
      'This school lies too far outside the region to count.'
    );
    expect(whyNotEditable({ ...details, status: 'merged' }, false, po)).toBe(
      'This school is already closed in this scenario.'
    );
  });

  it('the place line and what became of a receiving school', () => {
    expect(placeLine({ place: 'Emmerich', context: true })).toBe('Emmerich · outside the region');
    expect(placeLine({ place: null, context: false })).toBe('place unknown');
    expect(outflowAfter(flow, false, 'pupils')).toBe('now 1,283 pupils, threshold 23: above the threshold');
    expect(outflowAfter({ ...flow, belowNorm: true }, false, 'pupils')).toBe(
      'now 1,283 pupils, threshold 23: below the threshold'
    );
    expect(outflowAfter({ ...flow, norm: null }, false, 'pupils')).toBe('now 1,283 pupils');
    expect(outflowAfter(flow, true, 'pupils')).toBe('number unknown');
    expect(outflowAfter({ ...flow, closed: true }, false, 'pupils')).toBe('later closed too');
  });

  it('the VO tracks keep their DUO names, with English beside them', () => {
    expect(REACH_TRACK_LABEL).toEqual({ pro: 'PrO', vmbo: 'vmbo', havo: 'havo', vwo: 'vwo' });
    expect(PUPIL_TRACK_LABEL.vwo).toBe('vwo (pre-university)');
    expect(trackList(['havo', 'vwo'])).toBe('havo and vwo');
    expect(trackList(['pro', 'vbo', 'havo'])).toBe('PrO, vmbo-b/k and havo');
    expect(TRACK_TEXT.mergeQuestion('X, Winschoten', 'havo and vwo')).toBe(
      'X, Winschoten does not offer havo and vwo. What happens to those pupils?'
    );
    expect(TRACK_TEXT.mergeMove('X')).toBe('The school type moves too (X offers it from then on)');
    expect(TRACK_TEXT.panelTitle('havo')).toBe('Distance to havo');
    expect(TRACK_TEXT.panelTitle(null)).toBe('Distance to any school type');
    expect(TRACK_TEXT.allVo).toBe('all secondary');
    expect(TRACK_TEXT.voNormShort).toMatch(/^No closure threshold applies/);
  });
});
