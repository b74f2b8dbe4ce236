/** Dutch messages, namespace `region`: the region's facts and the table per municipality. */
export const region = {
  facts: {
    aria: 'Feiten over de regio',
    heading: 'De regio in cijfers',
    municipalities: 'Gemeenten (2016)',
    inhabitants: 'Inwoners',
    inhabitantsYear: 'Inwoners (2021)',
    children: 'Kinderen < 15',
    childrenYear: 'Kinderen < 15 (2021)',
    education: 'Onderwijs',
    schools: 'Scholen',
    pupils: 'Leerlingen',
    unknownOne: '* {n} school zonder leerlingaantal.',
    unknownMany: '* {n} scholen zonder leerlingaantal.',
    grid: 'Inwoners en kinderen: 1 km-raster ({cells} vakken).',
    pupilsSource: 'Leerlingen: DUO, 1 oktober 2023.'
  },
  table: {
    heading: 'Per gemeente',
    municipality: 'Gemeente',
    schools: 'Scholen',
    pupils: 'Leerlingen',
    meanDistance: 'Gem. afstand',
    within: '≤ {km}',
    belowNorm: 'Onder norm',
    withoutSchool: 'Zonder school',
    without: 'Zonder {one}'
  }
} as const;
