/** English messages, namespace `workshop`: the same keys as ../nl/workshop.ts. */
import type { Strings } from '../types';
import type { workshop as nl } from '../nl/workshop';

export const workshop: Strings<typeof nl> = {
  words: {
    one: { school: 'school', voorziening: 'facility' },
    many: { scholen: 'schools', voorzieningen: 'facilities' },
    users: {
      leerlingen: 'pupils',
      bezoekers: 'visitors',
      plaatsen: 'places',
      patiënten: 'patients',
      kinderen: 'children',
      deelnemers: 'participants',
      gebruikers: 'users'
    },
    children: 'children',
    residents: 'residents'
  },
  ind: {
    open: 'Open {many}',
    mean: 'Mean distance',
    p50: 'Distance for half (P50)',
    p90: 'Distance for 90 % (P90)',
    max: 'Longest distance',
    within: 'Within {km}',
    belowNorm: 'Schools below the threshold',
    placesWithout: 'Places without a {one}',
    moved: '{Users} moved',
    km: '{km} km'
  },
  key: {
    label: 'Key figures',
    p90: '90 % live within',
    belowNorm: 'Below the threshold',
    better: 'better',
    worse: 'worse',
    wait: 'Calculating the figures…'
  },
  panel: {
    label: 'Indicators',
    title: 'All figures',
    toContext: 'of whom {count} to {many} outside the region',
    distanceNote: 'Distance: from the {people} in each 1 km square to the nearest open {one}.',
    modelNote: 'to the school the choice model expects.'
  },
  help: {
    title: 'How does it work?',
    done: 'Get started',
    i1: {
      b1: 'The map',
      t1: ' shows the schools as circles (larger = more pupils) and, in colour, how far the children live from the nearest school: light is near, dark red is far.'
    },
    i2: {
      b1: 'Click a school',
      t1: ' (or search for it at the top right). Choose ',
      b2: 'Close',
      t2: ': the pupils spread over the schools that children from the same neighbourhoods already choose (choice model; on the left you can choose "all to the nearest school" instead). Or choose ',
      b3: 'Merge with…',
      t3: ' and point to the school they move to.'
    },
    i3: {
      b1: 'See what changes',
      t1: ': the arrows show where the pupils go, outlined squares where children now travel further, and on the right are the figures with the difference from today.'
    },
    i4: {
      b1: 'Undo',
      t1: ' (Ctrl+Z) or removing an intervention on the left brings everything back. With ',
      b2: 'New location',
      t2: ' you put a new school on the map.'
    },
    i5: {
      b1: 'Other facilities',
      t1: ' (on the left, under Education): sport, health care and welfare with your own file (CSV, GeoJSON), or the example (fictitious) to try it out. Drag the file onto the map.'
    },
    i6: {
      t0: 'The link in the address bar keeps the scenario: copy it to share it. ',
      b1: 'Presentation',
      t1: ' makes everything larger for the projector.'
    },
    note: 'Figures: DUO pupils 1 October 2023, children per 1 km square (CBS 2021), distance as the crow flies or estimated.'
  },
  legend: {
    aria: 'Legend: {many}',
    groupHeading: '{Noun} by {by}',
    none: 'No {noun} in this region.',
    size: 'Size: number of {users}',
    sizeAria: 'Circle size by {users}',
    context: 'Outside the region ({count}), for comparison',
    by: { richting: 'denomination', soort: 'type' },
    catchmentText: 'each square in the colour of the nearest open {one}',
    distance: 'Distance to the nearest {one}{track}, km',
    track: ' with {track}',
    detour: '(travel distance, × {factor})',
    crow: '(as the crow flies)',
    colour: 'Colour: {by}',
    colourAria: 'Colour of the {many}',
    symbols: 'Symbols',
    belowNorm: 'below threshold',
    usersUnknown: '{users} unknown',
    closed: 'closed',
    merged: 'merged',
    added: 'new',
    outside: 'outside the region',
    moving: '{users} moving',
    further: '{people} travel further'
  },
  notices: {
    failure: 'The calculation failed: {failure}',
    dataNotKept:
      'Your file is too large to keep in this browser. The scenarios have been kept; after reloading you will need to choose the file again.',
    placeHint: 'Click on the map where the new {one} goes (Esc: stop).',
    mergeHint: 'Click the {one} the {users} of {name} move to (Esc: stop).',
    progress: 'Calculating…',
    dismiss: 'Dismiss message'
  },
  tooltip: {
    place: 'Place',
    site: '(site {id})',
    code: 'Code',
    brin: 'BRIN',
    context: 'Outside the region (for comparison)',
    gridCell: 'Grid square 1 km²',
    postcode: 'Postcode {id}',
    point: 'Point {id}',
    residents: 'Residents',
    children: 'Children < 15',
    municipality: 'Municipality',
    flow: '{count} {users}',
    from: 'From',
    to: 'To'
  },
  view: { label: 'Colour of the squares', distance: 'Distance', catchment: 'Catchment area' }
};
