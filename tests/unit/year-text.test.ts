/**
 * The words of the year view and the model page in Dutch (the page's language outside the browser): exactly the
 * text they had before the catalogue, and the assumptions' labels and sources equal to the engine's (which the
 * CLI prints). English: year-text-en.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { assumptions, DEFAULT_COSTS, DEFAULT_FLOOR, type EngineSector } from '../../src/lib/engine';
import { assumptionText, boldParts, yearDelta } from '../../src/lib/text/year-text';
import { normSentence, type Spark } from '../../src/lib/view/year-view';
import { fitRows, parameterLines, scatter } from '../../src/lib/view/model-view';

const spark: Spark = {
  years: [2023, 2024, 2035],
  pupils: [80, 70, 50],
  low: [80, 68, 45],
  high: [80, 72, 55],
  norm: 60,
  firstYearBelowNorm: 2027,
  ruleYear: 2029
};

/** The engine's list with defaults (`user` false) or every value changed by the user. */
function engineList(sector: EngineSector, user: boolean) {
  const f = DEFAULT_FLOOR[sector];
  const c = DEFAULT_COSTS[sector];
  const k = user ? 2 : 1;
  return assumptions(sector, {
    birthTrend: user ? -0.01 : 'data',
    birthTrendRegion: -0.004,
    birthBand: user ? 0.02 : 0.01,
    migration: user ? 0.005 : 0,
    thresholdM: user ? 5000 : 6000,
    floor: { fixedM2: f.fixedM2 * k, perPupilM2: f.perPupilM2 * k },
    costs: {
      perLocation: c.perLocation * k,
      perM2: c.perM2 * k,
      perTransportPupil: c.perTransportPupil * k + (user ? 1 : 0)
    }
  });
}

describe('year view text in Dutch', () => {
  it('the norm sentence', () => {
    expect(normSentence(spark)).toBe('Valt onder de norm in 2027; opheffingsregel vanaf 2029.');
    expect(normSentence({ ...spark, ruleYear: 0 })).toBe(
      'Valt onder de norm in 2027; de opheffingsregel gaat niet gelden.'
    );
    expect(normSentence({ ...spark, firstYearBelowNorm: 0 })).toBe('Blijft t/m 2035 boven de norm.');
    expect(normSentence({ ...spark, norm: Number.NaN })).toBe('Geen opheffingsnorm van toepassing.');
  });

  it('the change beside a figure', () => {
    expect(yearDelta('+12', 'current')).toBe('+12 t.o.v. huidig');
    expect(yearDelta('\u22123', 2023)).toBe('\u22123 t.o.v. 2023');
  });

  for (const sector of ['po', 'vo'] as const)
    for (const user of [false, true])
      it(`the assumptions (${sector}, ${user ? 'set by the user' : 'defaults'}) read as the engine's`, () => {
        const list = engineList(sector, user);
        expect(list.length).toBe(9);
        for (const a of list) {
          const words = assumptionText(sector, a);
          expect(words.label, a.key).toBe(a.label);
          expect(words.source, a.key).toBe(a.source);
          expect(words.user, a.key).toBe(user);
        }
      });

  it('bold words between asterisks', () => {
    expect(boldParts('maal (1 + *geboortetrend*). De *band*')).toEqual([
      { text: 'maal (1 + ', bold: false },
      { text: 'geboortetrend', bold: true },
      { text: '). De ', bold: false },
      { text: 'band', bold: true }
    ]);
  });
});

describe('model page text in Dutch', () => {
  const fit = { n: 132, r2: 0.4712, mae: 31.4, within25: 0.52 };
  const nearest = { n: 132, r2: -0.47, mae: 58.6, within25: 0.3 };

  it('the fit rows', () => {
    expect(fitRows(fit, nearest)).toEqual([
      { label: 'R² (1 = perfect, 0 = niet beter dan het gemiddelde)', choice: '0,47', nearest: '-0,47' },
      { label: 'Gemiddelde afwijking per school', choice: '31 leerlingen', nearest: '59 leerlingen' },
      { label: 'Scholen binnen 25 % van DUO', choice: '52%', nearest: '30%' }
    ]);
  });

  it('a dot title', () => {
    const point = {
      id: '01AB00',
      name: 'De Wingerd',
      place: 'Winterswijk',
      denomination: 'Openbaar',
      pupils: 1234,
      modelled: 1100.4,
      nearest: 900
    };
    expect(scatter([point], 300, true).dots[0].title).toBe(
      'De Wingerd (Winterswijk, openbaar): DUO 1.234, gemodelleerd 1.100, dichtstbijzijnde-regel 900'
    );
  });

  it('the parameters in words', () => {
    expect(parameterLines({ sector: 'po', beta: 0.5, theta: [0.1, 0.2, 0.3] })).toEqual([
      'Afstand: elke kilometer verder maakt de kans dat een kind die school kiest 0,61 keer zo groot (beta = 0,50 per km, exponentieel verval).',
      'Een rooms-katholiek school: 1,11 keer zo aantrekkelijk als een openbare school op dezelfde afstand.',
      'Een protestants-christelijk school: 1,22 keer zo aantrekkelijk als een openbare school op dezelfde afstand.',
      'Een overig bijzonder (algemeen bijzonder, reformatorisch, …) school: 1,35 keer zo aantrekkelijk als een openbare school op dezelfde afstand.'
    ]);
    expect(parameterLines({ sector: 'vo', beta: 0.5, theta: [0.1, 0.2, 0.3] }).slice(1)).toEqual([
      'Een bijzonder school: 1,11 keer zo aantrekkelijk als een openbare school op dezelfde afstand.',
      'Per verdubbeling van het aantal leerwegen (vmbo, mavo, havo, vwo): 1,15 keer zo aantrekkelijk als één leerweg op dezelfde afstand.',
      'Een zonder die leerwegen (praktijkonderwijs, brugjaar) school: 1,35 keer zo aantrekkelijk als één leerweg op dezelfde afstand.'
    ]);
  });
});
