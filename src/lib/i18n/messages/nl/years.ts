/** Dutch messages, namespace `years`: the year view (slider, figures, chart, sparkline, assumptions). */
export const years = {
  heading: 'Prognose per jaar',
  methodOpen: 'Hoe rekenen we?',
  unsupported: 'Een prognose per jaar is er alleen voor po en vo.',
  failure: 'De prognose lukt niet: {reason}',
  loading: 'De prognose wordt berekend…',
  pupils: 'Leerlingen in {year} (prognose)',
  belowNorm: 'Scholen onder de norm',
  ruleReached: 'Opheffingsregel bereikt (3 jaar onder de norm)',
  transport: 'Kinderen verder dan {km} km (leerlingenvervoer)',
  transportKey: 'paars omlijnd op de kaart',
  belowNormList: 'Onder de norm in {year} ({count})',
  isNew: 'nieuw',
  ruleYear: 'regel {year}',
  more: 'Aannames, vloeroppervlak en kosten',
  deltaCurrent: '{delta} t.o.v. huidig',
  deltaYear: '{delta} t.o.v. {year}',
  control: {
    group: 'Jaar',
    prev: 'Jaar terug',
    next: 'Jaar verder',
    slider: 'Jaar van de prognose'
  },
  chart: {
    aria: 'Leerlingen in de regio per jaar',
    baseline: 'huidige situatie',
    scenario: 'scenario',
    band: 'band: lagere en hogere geboortetrend',
    axis: 'leerlingen (verticaal) per jaar (horizontaal)'
  },
  spark: {
    title: 'Prognose {name}: {pupils} leerlingen in {year}',
    titleNorm: 'Prognose {name}: {pupils} leerlingen in {year}, norm {norm}',
    aria: 'Leerlingen per jaar van {name}',
    band: 'Band: {low}–{high} bij een lagere of hogere geboortetrend'
  },
  norm: {
    none: 'Geen opheffingsnorm van toepassing.',
    /** A VO school (the same words as tracks.voNormShort, which loads with the VO parts). */
    voNone:
      'Geen opheffingsnorm van toepassing: de VO-norm hangt af van de schoolsoorten van de school en staat niet in de open data.',
    above: 'Blijft t/m {year} boven de norm.',
    belowRule: 'Valt onder de norm in {year}; opheffingsregel vanaf {rule}.',
    belowNoRule: 'Valt onder de norm in {year}; de opheffingsregel gaat niet gelden.'
  }
} as const;
