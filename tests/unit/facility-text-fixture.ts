/** A facility's details and flow lines for the facility panel's text tests (Dutch and English). */
import type { FacilityDetails, OutFlowLine } from '../../src/lib/view/facility-details';

export const details: FacilityDetails = {
  id: '14ZK00',
  name: 'Basisschool Laetare',
  place: 'Kilder',
  denomination: 'Rooms-Katholiek',
  brin: '14ZK',
  address: '',
  context: false,
  isNew: false,
  inEngine: true,
  status: 'open',
  pupilsBase: 120,
  pupilsNow: 120,
  norm: 23,
  normSource: 'gemeente',
  margin: 97,
  belowNorm: false,
  capacity: null,
  outflows: [],
  placeWithout: false,
  inflows: [],
  modelled: null,
  flowsByModel: false
};

export const flow: OutFlowLine = {
  id: '03TG00',
  label: 'Roncalli Basisschool, Zeddam',
  pupils: 120,
  total: 1283,
  norm: 23,
  belowNorm: false,
  closed: false
};
