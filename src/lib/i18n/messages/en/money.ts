/** English messages, namespace `money`: the same keys as ../nl/money.ts. */
import type { Strings } from '../types';
import type { money as nl } from '../nl/money';

export const money: Strings<typeof nl> = {
  aria: 'Floor area and costs',
  heading: 'Floor area and costs in {year}',
  current: 'current',
  value: 'value',
  scenario: 'scenario',
  difference: 'difference',
  row: {
    floorBuilding: 'Buildings (normative, 2023)',
    floorNeeded: 'Needed in this year',
    floorSurplus: 'Surplus',
    floorShortage: 'Shortage',
    costLocations: 'Site costs',
    costFloor: 'Costs of m² in use',
    costTransport: 'School transport costs',
    costTotal: 'Total costs per year'
  },
  note: 'A calculation model with assumptions (see above), meant for comparing scenarios.'
};
