/** English messages, namespace `method`: the same keys as ../nl/method.ts. */
import type { Strings } from '../types';
import type { method as nl } from '../nl/method';

export const method: Strings<typeof nl> = {
  title: 'How do we calculate?',
  close: 'Close',
  intro:
    'A simple, traceable model for comparing scenarios, not an official pupil forecast. Sources: DUO pupils ' +
    'per school site (1 October 2023), CBS inhabitants per age group per postcode area and children aged 0-14 ' +
    'per square kilometre (1 January 2021), closure norms from wetten.overheid.nl (2016, or a loaded table). ' +
    'Municipalities are those of 2016.',
  childrenHeading: 'Children per year',
  childrenA:
    'Per municipality we spread each five-year age group evenly over its five ages (2021). Every year everyone ' +
    'moves up one year (cohort shift). Children born after 2021 come from the average birth cohort of the 0-4 ' +
    'group of 2021, multiplied each year by (1 + *birth trend*). By default the birth trend comes from the ' +
    'data: per municipality the 0-4 group against the 5-9 group (five years older), (0-4 / 5-9)',
  childrenB:
    '− 1 per year, capped at ±5 %; you can replace it with one figure for the whole region. The *band* in the ' +
    'charts is the same forecast with a birth trend 1 percentage point per year lower and higher. All ages are ' +
    'multiplied each year by (1 + *net migration*), by default 0 % (assumption). Primary education counts ' +
    'ages 4-11, secondary education ages 12-17.',
  pupilsHeading: 'Pupils per school',
  pupils:
    'The catchment area of a school is the children who choose that school according to the choice model ' +
    '(with the "nearest school" rule: the squares for which it is the nearest open school), in the scenario. ' +
    'Pupils in year Y = pupils 2023 × children in the catchment area in Y / in 2023. If the catchment area ' +
    'holds fewer than 50 children in 2023, the school follows the growth of its municipality. In a scenario ' +
    'the moved pupils count at the receiving school.',
  normHeading: 'Norm and closure rule',
  norm:
    'The norm is that of the sub-area (such as Didam and Bergh in Montferland), otherwise that of the ' +
    'municipality; secondary schools have no norm. First year below the norm: the first year of 2023-2035 with ' +
    'fewer pupils than the norm. The *closure rule* applies in the third consecutive year below the norm. The ' +
    'norms are a replaceable table: load a CSV with the norms of another year.',
  costsHeading: 'School transport, floor area and costs',
  costs:
    'Children in squares whose nearest open school lies further away than the threshold (6 km by default, as ' +
    'the crow flies times the detour factor) count as school transport. The normative floor area is fixed + ' +
    'per pupil (primary 200 + 5.03 m², secondary 1,500 + 8 m²); the building is the one for the pupils of ' +
    '2023. Costs per year = open sites × fixed costs + m² in use × costs per m² + transported children × ' +
    'transport costs. All default values are assumptions you can change.',
  limitsHeading: 'Limitations',
  limits: {
    snapshot: 'One snapshot (2021) as the basis: no mortality, one migration factor for the whole region.',
    spread:
      'The spread of children over the squares within a municipality stays that of 2021 (no new housing estates).',
    choice:
      'The choice model knows distance and denomination, not the quality or the concept of a school (see "How ' +
      'well does the model fit?").',
    trend:
      'The birth trend from the data also includes young families moving house, and assumes that the trend of ' +
      'recent years continues.',
    window:
      'Only 2023-2035: a school that was already below the norm before 2023 reaches the rule here only in 2025; ' +
      'exemptions in the law are not modelled.',
    distance:
      'Distance as the crow flies times the detour factor; threshold and rules differ per municipality.',
    buildings:
      'We do not know the real buildings and costs: the surplus is relative to the normative size of 2023.'
  },
  note: 'The full explanation with worked examples is in docs/method.md.'
};
