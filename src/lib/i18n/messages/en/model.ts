/** English messages, namespace `model`: the same keys as ../nl/model.ts. */
import type { Strings } from '../types';
import type { model as nl } from '../nl/model';

export const model: Strings<typeof nl> = {
  title: 'How well does the model fit?',
  sector: { po: 'primary education', vo: 'secondary education' },
  intro:
    'When a school closes, where do its pupils go? The atlas computes that with a choice model: parents more ' +
    'often choose a school nearby, and the denomination and, in secondary education, the number of tracks ' +
    'count too. The model has no number of its own per school: it predicts the pupils of a school without ' +
    'knowing that school. Below is how well that works, compared with the simple rule "every child goes to ' +
    'the nearest school".',
  scatterCaption:
    'Each dot is a school in the region: horizontally the real number of pupils (DUO, 1-10-2023), vertically ' +
    'the number by the model (modelled). On the diagonal it is exact.',
  showNearest: 'Also show the nearest-school rule (grey)',
  fitHeading: 'How close is the model?',
  fitChoice: 'Choice model (modelled)',
  fitNearest: 'Nearest school',
  holdoutHeading: 'Predicting what the model has not seen',
  holdoutNational:
    'The parameters come from all schools of the Netherlands. Calibrated on half of the municipalities of the ' +
    'Netherlands and tested on the other half: R² {r2}, on average {mae} pupils off.',
  holdoutRegion:
    'Calibrated on the schools of this region alone, the model fits those schools a little better (R² {own}), ' +
    'but predicts the municipalities it did not see worse (R² {hold}). So the atlas uses the national parameters.',
  parametersHeading: 'The parameters',
  scale: 'Scale: {s} pupils per estimated child of the age, so the region total equals DUO.',
  limitsHeading: 'What the model does not know',
  limits: {
    quality:
      'The quality, the educational concept or the name of a school: schools in the same place get the same ' +
      'share when they are as far away and of the same denomination. That is where the largest errors are.',
    homes:
      'Where exactly the children live: the population is per 1 km square (CBS 2021), not per address; ' +
      'distances are as the crow flies.',
    border:
      'Children from outside the region: schools at the edge also get pupils from across the border, which the ' +
      'model does not count. Schools outside the region are not assessed.',
    vo:
      'For secondary education DUO only knows public or private and counts per branch; some branches have no ' +
      'count. The model is less certain there.',
    newSchool:
      'A new school counts as an average school of the region and starts with 0 pupils; only when a school ' +
      'nearby closes does it get pupils.',
    assumption:
      'The model describes the choices of 2023. That parents choose after a closure as they do now is an assumption.'
  },
  back: 'Back to the atlas',
  noModel: 'This region and sector have too few schools with a DUO count to test the model.',
  scatterAria: 'Modelled against actual number of pupils per school',
  axisDuo: 'pupils according to DUO',
  axisModelled: 'modelled',
  dotTitle:
    '{name} ({place}, {denomination}): DUO {pupils}, modelled {modelled}, nearest-school rule {nearest}',
  schoolsCounted: '{n} schools with a DUO count in the region.',
  fitRow: {
    r2: 'R² (1 = perfect, 0 = no better than the average)',
    mae: 'Mean error per school',
    maeValue: '{n} pupils',
    within25: 'Schools within 25 % of DUO'
  },
  parameter: {
    distance:
      'Distance: every kilometre further makes the chance that a child chooses that school {factor} times as ' +
      'large (beta = {beta} per km, exponential decay).',
    po: {
      '0': 'A Roman Catholic school: {value} times as attractive as a public school at the same distance.',
      '1': 'A Protestant Christian school: {value} times as attractive as a public school at the same distance.',
      '2':
        'Another private school (general private, Reformed, …): {value} times as attractive as a public school ' +
        'at the same distance.'
    },
    vo: {
      '0': 'A private school: {value} times as attractive as a public school at the same distance.',
      '1':
        'Per doubling of the number of tracks (vmbo, mavo, havo, vwo): {value} times as attractive as one track ' +
        'at the same distance.',
      '2':
        'A school without those tracks (practical education, bridging year): {value} times as attractive as one ' +
        'track at the same distance.'
    }
  }
};
