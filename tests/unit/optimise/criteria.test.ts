/**
 * Bad criteria give one Dutch sentence naming what is wrong (the CLI's exit-2 line and the panel's message), on
 * the real Achterhoek; good ones are resolved with their defaults.
 */
import { describe, expect, it } from 'vitest';
import {
  createEvaluator,
  OptimiseInputError,
  optimise,
  resolveCriteria,
  type OptimiseCriteria
} from '../../../src/lib/engine/index';
import { denominationMatches } from '../../../src/lib/engine/optimise/criteria-check';
import { loadRealBundle } from '../../fixtures/engine/helpers';

const bundle = loadRealBundle('achterhoek');
const po = createEvaluator<string>(bundle, 'po');
const vo = createEvaluator<string>(bundle, 'vo');

function problem(c: unknown, ev = po): OptimiseInputError {
  try {
    resolveCriteria(ev.prepared, c as OptimiseCriteria);
  } catch (e) {
    expect(e).toBeInstanceOf(OptimiseInputError);
    return e as OptimiseInputError;
  }
  throw new Error(`no error for ${JSON.stringify(c)}`);
}

describe('criteria check', () => {
  it('names what is wrong, in Dutch, with the field', () => {
    const cases: [unknown, string, RegExp][] = [
      [{ objective: 'snelste' }, 'objective', /^Onbekend doel "snelste": kies median/],
      [{ objective: 'median' }, 'keep', /vraagt hoeveel locaties er open blijven/],
      [
        { objective: 'median', keep: 200 },
        'keep',
        /^200 locaties houden kan niet: de regio heeft 132 scholen\.$/
      ],
      [{ objective: 'median', keep: 2.5 }, 'keep', /geheel getal van 1 of meer zijn, niet 2\.5/],
      [{ objective: 'median', keep: 0 }, 'keep', /geheel getal van 1 of meer/],
      [{ objective: 'fewest', keep: 10, maxDistanceKm: 3 }, 'keep', /zoekt zelf het aantal locaties/],
      [{ objective: 'fewest', maxDistanceKm: -3 }, 'maxDistanceKm', /groter dan 0 km .* niet -3 km\.$/],
      [{ objective: 'fewest', maxDistanceKm: 250 }, 'maxDistanceKm', /hoogstens 100 km/],
      [{ objective: 'coverage', keep: 10 }, 'maxDistanceKm', /vraagt een afstand/],
      [{ objective: 'fewest', maxDistanceKm: 3, share: 1.5 }, 'share', /tussen|groter dan 0 en hoogstens 1/],
      [{ objective: 'median', keep: 10, share: 0.9 }, 'share', /vraagt ook die afstand/],
      [
        { objective: 'median', keep: 10, minPupils: -4 },
        'minPupils',
        /geheel getal van 1 of meer zijn, of "norm"/
      ],
      [{ objective: 'median', keep: 10, year: 2050 }, 'year', /van 2023 tot en met 2035/],
      [
        { objective: 'median', keep: 10, lockOpen: ['XXXX99'] },
        'lockOpen',
        /^Onbekende school "XXXX99" bij vast open/
      ],
      [
        { objective: 'median', keep: 10, lockOpen: ['05BR00'], lockClosed: ['05BR00'] },
        'lockClosed',
        /staat zowel bij vast open als bij vast dicht/
      ],
      [
        { objective: 'median', keep: 1, lockOpen: ['05BR00', '11TN00'] },
        'keep',
        /er zijn 2 scholen vastgezet als open/
      ],
      [
        { objective: 'fewest', maxDistanceKm: 3, placeMinChildren: -1 },
        'placeMinChildren',
        /kinderen per woonplaats/
      ],
      [
        { objective: 'fewest', denominations: [{ denomination: 'Vrijzinnig', withinKm: 5 }] },
        'denominations',
        /Geen scholen met richting "Vrijzinnig".*kies uit: .*Rooms-Katholiek/
      ],
      [
        { objective: 'fewest', denominations: [{ denomination: 'Openbaar', withinKm: 0 }] },
        'denominations',
        /De afstand voor Openbaar moet/
      ],
      [{ objective: 'fewest' }, 'objective', /heeft een criterium nodig/]
    ];
    for (const [c, field, message] of cases) {
      const e = problem(c);
      expect(e.field, JSON.stringify(c)).toBe(field);
      expect(e.message, JSON.stringify(c)).toMatch(message);
      expect(e.message).not.toMatch(/\n|undefined|NaN|Error/);
    }
  });

  it('knows what only primary schools have: norms and denominations', () => {
    expect(problem({ objective: 'median', keep: 10, minPupils: 'norm' }, vo).message).toMatch(
      /Voor vo gelden geen opheffingsnormen/
    );
    expect(
      problem(
        { objective: 'fewest', maxDistanceKm: 3, denominations: [{ denomination: 'Openbaar', withinKm: 5 }] },
        vo
      ).message
    ).toMatch(/alleen voor het basisonderwijs/);
  });

  it('refuses to lock a school outside the region: it always takes part', () => {
    const context = po.prepared.facilityIds.find((_, i) => po.prepared.isContext[i])!;
    expect(problem({ objective: 'median', keep: 10, lockClosed: [context] }).message).toMatch(
      /ligt buiten de regio/
    );
  });

  it('fills in defaults and spells a denomination as DUO does', () => {
    const r = resolveCriteria(po.prepared, {
      objective: 'fewest',
      maxDistanceKm: 3,
      lockOpen: ['11TN00', '05BR00', '05BR00'],
      denominations: [{ denomination: 'rooms-katholiek', withinKm: 5 }]
    });
    expect(r).toMatchObject({
      share: 1,
      keep: null,
      year: null,
      minPupils: null,
      lockOpen: ['05BR00', '11TN00']
    });
    expect(r.denominations).toEqual([{ denomination: 'Rooms-Katholiek', withinKm: 5 }]);
  });

  it('counts a samenwerkingsschool for each denomination it names', () => {
    expect(denominationMatches('Samenwerking PC, RK', 'Rooms-Katholiek')).toBe(true);
    expect(denominationMatches('Samenwerking PC, RK', 'Protestants-Christelijk')).toBe(true);
    expect(denominationMatches('Samenwerking PC, RK', 'Openbaar')).toBe(false);
    expect(denominationMatches('Openbaar', 'openbaar')).toBe(true);
  });

  it('optimise throws the same error before computing anything', () => {
    expect(() => optimise(po, { objective: 'median', keep: 500 })).toThrow(OptimiseInputError);
  });
});
