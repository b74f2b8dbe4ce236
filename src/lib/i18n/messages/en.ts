/** The English messages: the same keys as nl.ts (the type says so; tests/unit/i18n.test.ts checks it too). */
import type { Messages } from './types';

export const en: Messages = {
  common: {
    unknown: 'unknown',
    regionType: {
      krimpregio: 'shrinking region',
      anticipeerregio: 'anticipating region',
      land: 'all of the Netherlands'
    },
    sector: { po: 'Primary education', vo: 'Secondary education', so: 'Special education' },
    sectorShort: { po: 'Primary', vo: 'Secondary', so: 'Special' },
    sectorNoun: { po: 'primary schools', vo: 'secondary schools', so: 'special schools' },
    engineSector: { po: 'Primary education', vo: 'Secondary' },
    sourcesLine:
      'Source: CBS/Kadaster (municipalities 2016), DUO (schools, pupils 1-10-2023), Eurostat/CBS (1 km grid 2021)',
    pointsDelta: '{value} %-pt'
  },
  language: {
    label: 'Language',
    nl: 'NL',
    en: 'EN',
    nlName: 'Nederlands',
    enName: 'English'
  },
  header: {
    back: '← All regions',
    region: 'Region',
    country: 'All of the Netherlands (large)',
    help: 'How does it work?',
    presentation: 'Presentation',
    presentationOff: 'Presentation off'
  },
  home: {
    title: 'Transitieatlas',
    intro:
      'An open map for regions with a shrinking population: where do the children live, where are the schools, ' +
      'and which schools stay? Choose a region to open the map.',
    regionsHeading: 'Shrinking and anticipating regions',
    regionsSource: '(Population Decline Action Plan, 2016)',
    default: 'default',
    municipality: 'municipality',
    municipalities: 'municipalities',
    primarySchools: 'primary schools',
    country: 'All of the Netherlands',
    countryNote: '(large, loads more slowly)',
    footer:
      'Source: CBS, Kadaster, DUO, Eurostat, Ministry of the Interior (BZK). Open data; open source code.'
  },
  choice: {
    controlLegend: 'Pupils of a closed school',
    allocation: {
      choice: 'Distribute by the choice model',
      nearest: 'All to the nearest school'
    },
    allocationShort: {
      choice: 'choice model (modelled)',
      nearest: 'nearest school'
    },
    controlHelp:
      'The choice model distributes the pupils over the schools that children from the same neighbourhoods go to ' +
      'today: nearby and of the same denomination weighs more. A merge always sends them to the chosen school.',
    evidenceLink: 'How well does the model fit?',
    modelledPupils: 'Modelled (choice model)',
    flowsByModel: 'distributed by the choice model (modelled)',
    modelledDistance: 'Mean travel distance by the choice model (modelled)',
    notForSector:
      'The choice model covers primary and secondary education; here users go to the nearest location.',
    pdfRule: {
      choice:
        'On closing, the choice model (modelled, calibrated on DUO pupils 1-10-2023) distributes the pupils over ' +
        'the open schools; on a merge they go to the chosen school.',
      nearest: 'On closing, the pupils go to the nearest open school; on a merge to the chosen school.'
    }
  },
  model: {
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
    noModel: 'This region and sector have too few schools with a DUO count to test the model.'
  },
  proposal: {
    title: 'Proposal from criteria',
    intro: 'Let the atlas propose a spread of locations that meets the criteria of the room.',
    objective: 'Goal',
    objectives: {
      fewest: 'As few locations as possible',
      median: 'Fixed number of locations, shortest distance',
      coverage: 'Fixed number of locations, most children within the distance'
    },
    keep: 'Number of locations that stay open',
    maxDistance: 'Maximum distance (km)',
    share: 'Share of children within that distance (%)',
    minPupils: 'Minimum pupils per school',
    minPupilsNone: 'none',
    minPupilsNumber: 'number',
    minPupilsNorm: 'closure norm',
    year: 'In year',
    yearNow: 'now (2023)',
    placeMin: 'A school in every place from (children)',
    denomination: 'Denomination within distance',
    denominationNone: 'none',
    lockOpen: 'Keep open (branch codes)',
    lockClosed: 'Keep closed (branch codes)',
    lockHint: 'Separated by commas, e.g. 05BR00, 11TN00',
    compute: 'Compute proposal',
    stop: 'Stop',
    stopped: 'Computation stopped. Nothing has changed.',
    firstKept:
      'The first proposal ({open} locations) was ready, but is not proven the best and has no chart.',
    useFirst: 'Use the first proposal anyway',
    busy: 'Working…',
    firstAnswer: 'First answer',
    newScenario: 'New scenario: {name}',
    constraints: 'Criteria',
    met: 'met',
    notMet: 'not met',
    relaxations: 'What is possible',
    apply: 'Apply',
    chartTitle: 'How many locations, what distance?',
    chartCaption:
      'Mean distance and share of children within {km} for every number of locations (approximation: each time ' +
      'close the location that costs the least distance; the other criteria do not count here).',
    chartX: 'locations open',
    chartMean: 'mean distance (km)',
    chartWithin: 'within {km} (%)',
    chartToday: 'now',
    chartProposal: 'proposal',
    onlyAllSectors: 'This sector has no facilities yet: choose a file first.',
    readOnlyNote: 'The proposal becomes a new scenario next to this shared scenario.',
    goal: { fewest: 'fewest locations', median: 'shortest distance', coverage: 'most within distance' },
    nameLocations: '{n} locations',
    nameNorm: 'norm',
    nameMinPupils: 'min. {n} pupils',
    name: 'Proposal: {parts}',
    nameNotAll: 'Proposal: {parts} (does not meet everything)'
  }
};
