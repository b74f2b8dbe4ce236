/** English messages, namespace `years`: the same keys as ../nl/years.ts. */
import type { Strings } from '../types';
import type { years as nl } from '../nl/years';

export const years: Strings<typeof nl> = {
  heading: 'Forecast by year',
  methodOpen: 'How do we calculate?',
  unsupported: 'A forecast by year is only available for primary and secondary schools.',
  failure: 'The forecast failed: {reason}',
  loading: 'Calculating the forecast…',
  pupils: 'Pupils in {year} (forecast)',
  belowNorm: 'Schools below the norm',
  ruleReached: 'Closure rule reached (3 years below the norm)',
  transport: 'Children further than {km} km (school transport)',
  transportKey: 'outlined in purple on the map',
  belowNormList: 'Below the norm in {year} ({count})',
  isNew: 'new',
  ruleYear: 'rule {year}',
  more: 'Assumptions, floor area and costs',
  deltaCurrent: '{delta} vs current',
  deltaYear: '{delta} vs {year}',
  control: {
    group: 'Year',
    prev: 'Previous year',
    next: 'Next year',
    slider: 'Year of the forecast'
  },
  chart: {
    aria: 'Pupils in the region by year',
    baseline: 'current situation',
    scenario: 'scenario',
    band: 'band: lower and higher birth trend',
    axis: 'pupils (vertical) by year (horizontal)'
  },
  spark: {
    title: 'Forecast {name}: {pupils} pupils in {year}',
    titleNorm: 'Forecast {name}: {pupils} pupils in {year}, norm {norm}',
    aria: 'Pupils by year at {name}',
    band: 'Band: {low}–{high} with a lower or higher birth trend'
  },
  norm: {
    none: 'No closure norm applies.',
    voNone:
      'No closure threshold applies: the secondary threshold depends on the school’s types and is not in the open data.',
    above: 'Stays above the norm up to and including {year}.',
    belowRule: 'Falls below the norm in {year}; closure rule applies from {rule}.',
    belowNoRule: 'Falls below the norm in {year}; the closure rule will not apply.'
  }
};
