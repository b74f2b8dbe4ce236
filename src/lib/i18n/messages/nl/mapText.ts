/** Dutch messages, namespace `mapText`: the words on the map itself (its buttons, tooltip rows, class labels). */
export const mapText = {
  label: 'Kaart',
  regionLabel: 'Kaart van {name}',
  fit: 'Hele regio',
  fitTitle: 'Zoom naar de hele regio',
  tooltip: {
    afterScenario: 'Na het scenario',
    closed: 'dicht',
    distance: 'Afstand',
    nearest: 'Dichtstbij'
  },
  newLocation: 'Nieuwe locatie',
  otherDenomination: 'Overige richting',
  distance: {
    c0: 'tot 0,5 km',
    c1: '0,5 – 1 km',
    c2: '1 – 2 km',
    c3: '2 – 3 km',
    c4: '3 – 5 km',
    c5: '5 – 10 km',
    c6: '10 km of meer'
  },
  demand: {
    c0: 'minder dan 5',
    c6: '250 of meer'
  }
} as const;
