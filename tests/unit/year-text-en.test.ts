/**
 * The words of the year view and the model page in English: the page's language comes from `?lang=en` in the
 * address, so this file gives the modules an address before they load (each test file has its own modules).
 */
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  (globalThis as { location?: unknown }).location = { search: '?lang=en', href: 'http://x/?lang=en' };
});

import { assumptions, DEFAULT_COSTS, DEFAULT_FLOOR } from '../../src/lib/engine';
import { LOCALE, t } from '../../src/lib/i18n/catalogue';
import { assumptionText, yearDelta } from '../../src/lib/text/year-text';
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

describe('year view text in English', () => {
  it('speaks English', () => expect(LOCALE).toBe('en'));

  it('the norm sentence', () => {
    expect(normSentence(spark)).toBe('Falls below the norm in 2027; closure rule applies from 2029.');
    expect(normSentence({ ...spark, ruleYear: 0 })).toBe(
      'Falls below the norm in 2027; the closure rule will not apply.'
    );
    expect(normSentence({ ...spark, firstYearBelowNorm: 0 })).toBe(
      'Stays above the norm up to and including 2035.'
    );
    expect(normSentence({ ...spark, norm: Number.NaN })).toBe('No closure norm applies.');
  });

  it('the change beside a figure and the panel words', () => {
    expect(yearDelta('+12', 'current')).toBe('+12 vs current');
    expect(yearDelta('\u22123', 2023)).toBe('\u22123 vs 2023');
    expect(t('years.pupils', { year: '2030' })).toBe('Pupils in 2030 (forecast)');
    expect(t('region.facts.unknownMany', { n: '1,204' })).toBe('* 1,204 schools without a pupil count.');
    expect(t('sectorSwitch.schoolMany', { n: '132' })).toBe('132 schools');
  });

  it('the assumptions: labels and sources in English, user-set values marked', () => {
    const f = DEFAULT_FLOOR.vo;
    const c = DEFAULT_COSTS.vo;
    const values = {
      birthTrend: 'data' as const,
      birthTrendRegion: -0.004,
      birthBand: 0.01,
      migration: 0,
      thresholdM: 6000,
      floor: { fixedM2: f.fixedM2, perPupilM2: f.perPupilM2 },
      costs: { ...c }
    };
    const words = assumptions('vo', values).map((a) => assumptionText('vo', a));
    expect(words[0]).toEqual({
      label: 'Annual change in the number of births after 2021',
      source:
        'derived from the data: cohort 0-4 against 5-9 years per municipality (CBS 2021); here the region as a whole',
      user: false
    });
    expect(words[4].label).toBe('Fixed normative floor area per secondary school site');
    expect(words[8].source).toBe(
      'assumption: 0, municipalities only transport secondary pupils in special cases (for example with a disability)'
    );
    const set = assumptions('vo', { ...values, migration: 0.01 }).map((a) => assumptionText('vo', a));
    expect(set[2]).toEqual({
      label: 'Annual net migration, at all ages',
      source: 'set by the user',
      user: true
    });
  });
});

describe('model page text in English', () => {
  it('the fit rows with English numbers', () => {
    expect(
      fitRows(
        { n: 132, r2: 0.4712, mae: 1031.4, within25: 0.52 },
        { n: 132, r2: -0.47, mae: 58.6, within25: 0.3 }
      )
    ).toEqual([
      { label: 'R² (1 = perfect, 0 = no better than the average)', choice: '0.47', nearest: '-0.47' },
      { label: 'Mean error per school', choice: '1,031 pupils', nearest: '59 pupils' },
      { label: 'Schools within 25 % of DUO', choice: '52%', nearest: '30%' }
    ]);
  });

  it('a dot title keeps the data names', () => {
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
      'De Wingerd (Winterswijk, openbaar): DUO 1,234, modelled 1,100, nearest-school rule 900'
    );
  });

  it('the parameters in words', () => {
    expect(parameterLines({ sector: 'po', beta: 0.5, theta: [0.1, 0.2, 0.3] })).toEqual([
      'Distance: every kilometre further makes the chance that a child chooses that school 0.61 times as large (beta = 0.50 per km, exponential decay).',
      'A Roman Catholic school: 1.11 times as attractive as a public school at the same distance.',
      'A Protestant Christian school: 1.22 times as attractive as a public school at the same distance.',
      'Another private school (general private, Reformed, …): 1.35 times as attractive as a public school at the same distance.'
    ]);
    expect(parameterLines({ sector: 'vo', beta: 0.5, theta: [0.1, 0.2, 0.3] })[2]).toBe(
      'Per doubling of the number of tracks (vmbo, mavo, havo, vwo): 1.15 times as attractive as one track at the same distance.'
    );
  });
});
