/**
 * The facility panel's and the VO tracks' words in Dutch, exactly as the panel always showed them (English in
 * ui-facility-panel-en.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { LOCALE } from '../../src/lib/i18n/catalogue';
import { sectorTerms } from '../../src/lib/sectors/terms';
import { REACH_TRACK_LABEL } from '../../src/lib/sectors/track-text';
import { PUPIL_TRACK_LABEL, TRACK_TEXT, trackList } from '../../src/lib/text/track-ui';
import {
  isEditable,
  outflowAfter,
  panelWords,
  placeLine,
  statusText,
  whyNotEditable
} from '../../src/lib/view/facility-panel';
import { details, flow } from './facility-text-fixture';

const po = panelWords(sectorTerms('po'));

describe('facility panel text in Dutch', () => {
  it('speaks Dutch', () => expect(LOCALE).toBe('nl'));

  it('the sector words and the search box', () => {
    expect(po).toEqual({
      one: 'school',
      users: 'leerlingen',
      One: 'School',
      Users: 'Leerlingen',
      placeholder: 'Naam, plaats of BRIN',
      searchLabel: 'Zoek een school',
      empty: 'Geen school gevonden.'
    });
    const sport = panelWords(sectorTerms('sport'));
    expect([sport.one, sport.users, sport.placeholder, sport.empty]).toEqual([
      'voorziening',
      'bezoekers',
      'Naam, plaats of code',
      'Geen voorziening gevonden.'
    ]);
    // A unit the catalogue does not know stays as the user's file has it.
    expect(panelWords({ ...sectorTerms('x'), users: 'bedden' }).Users).toBe('Bedden');
  });

  it('the status badge', () => {
    expect(statusText(details)).toBe('Open');
    expect(statusText({ ...details, status: 'closed' })).toBe('Gesloten');
    expect(statusText({ ...details, status: 'merged' })).toBe('Samengevoegd');
    expect(statusText({ ...details, isNew: true })).toBe('Nieuw');
    expect(statusText({ ...details, isNew: true, status: 'closed' })).toBe('Gesloten');
  });

  it('why the actions are off', () => {
    expect(isEditable(details, false)).toBe(true);
    expect(whyNotEditable(details, false, po)).toBe('');
    expect(whyNotEditable(null, true, po)).toBe('');
    expect(isEditable(details, true)).toBe(false);
    expect(whyNotEditable(details, true, po)).toBe(
      'Dit is een gedeeld scenario: maak een kopie om te bewerken.'
    );
    expect(whyNotEditable({ ...details, context: true }, false, po)).toBe(
      'Deze school ligt buiten de regio: ze kan leerlingen opvangen, maar sluiten of wijzigen kan hier niet.'
    );
    expect(whyNotEditable({ ...details, inEngine: false }, false, po)).toBe(
      'Deze school ligt te ver buiten de regio om mee te tellen.'
    );
    expect(whyNotEditable({ ...details, status: 'closed' }, false, po)).toBe(
      'Deze school is in dit scenario al dicht.'
    );
  });

  it('the place line and what became of a receiving school', () => {
    expect(placeLine(details)).toBe('Kilder');
    expect(placeLine({ place: 'Emmerich', context: true })).toBe('Emmerich · buiten de regio');
    expect(placeLine({ place: null, context: false })).toBe('plaats onbekend');
    expect(outflowAfter(flow, false, 'leerlingen')).toBe('nu 1.283 leerlingen, norm 23: boven de norm');
    expect(outflowAfter({ ...flow, belowNorm: true }, false, 'leerlingen')).toBe(
      'nu 1.283 leerlingen, norm 23: onder de norm'
    );
    expect(outflowAfter({ ...flow, norm: null }, false, 'leerlingen')).toBe('nu 1.283 leerlingen');
    expect(outflowAfter(flow, true, 'leerlingen')).toBe('aantal onbekend');
    expect(outflowAfter({ ...flow, closed: true }, false, 'leerlingen')).toBe('daarna ook dicht');
  });

  it('the VO tracks', () => {
    expect(REACH_TRACK_LABEL).toEqual({ pro: 'PrO', vmbo: 'vmbo', havo: 'havo', vwo: 'vwo' });
    expect(PUPIL_TRACK_LABEL.mavo).toBe('vmbo gemengd/theoretisch (mavo)');
    expect(trackList(['havo'])).toBe('havo');
    expect(trackList(['havo', 'vwo'])).toBe('havo en vwo');
    expect(trackList(['pro', 'vbo', 'havo'])).toBe('PrO, vmbo-b/k en havo');
    expect(TRACK_TEXT.mergeQuestion('X, Winschoten', 'havo en vwo')).toBe(
      'X, Winschoten biedt geen havo en vwo. Wat gebeurt er met die leerlingen?'
    );
    expect(TRACK_TEXT.mergeMove('X')).toBe('De schoolsoort verhuist mee (X biedt hem daarna aan)');
    expect(TRACK_TEXT.panelTitle('havo')).toBe('Afstand tot havo');
    expect(TRACK_TEXT.panelTitle(null)).toBe('Afstand tot elke schoolsoort');
    expect(TRACK_TEXT.allVo).toBe('alle VO');
  });
});
