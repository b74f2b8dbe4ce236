/** Dutch messages, namespace `tracks`: the VO tracks (schoolsoorten) in the facility panel, map and right panel. */
export const tracks = {
  pupil: {
    pro: 'praktijkonderwijs (PrO)',
    vbo: 'vmbo basis/kader',
    mavo: 'vmbo gemengd/theoretisch (mavo)',
    havo: 'havo',
    vwo: 'vwo'
  },
  head: 'Schoolsoorten',
  and: 'en',
  selectorLabel: 'Afstand tot:',
  selectorAria: 'Afstand tot schoolsoort',
  allVo: 'alle VO',
  estimated: 'geschat',
  estimateNote:
    'Leerlingen en kinderen per schoolsoort zijn geschat: het DUO-totaal van een school en de kinderen van 12-17 jaar per cel verdeeld met de landelijke aandelen per schoolsoort (OCW, Onderwijs in cijfers, 1-10-2023).',
  brugjaar: 'alleen brugjaar (onderbouw; de leerlingen stromen door naar vmbo, havo of vwo)',
  noTrack: 'geen schoolsoort bekend',
  noneOpen: 'geen open locatie met deze schoolsoort',
  voNormReason:
    'Geen opheffingsnorm van toepassing: voor een VO-school hangt de opheffingsnorm af van de schoolsoorten die zij aanbiedt (vmbo, havo, vwo, PrO) en van de gemeente; die normen staan niet in de open data, dus toetst de atlas VO-scholen niet aan een norm.',
  voNormShort:
    'Geen opheffingsnorm van toepassing: de VO-norm hangt af van de schoolsoorten van de school en staat niet in de open data.',
  merge: {
    title: 'Samenvoegen met {target}',
    question: '{target} biedt geen {tracks}. Wat gebeurt er met die leerlingen?',
    move: 'De schoolsoort verhuist mee ({target} biedt hem daarna aan)',
    elsewhere:
      'De leerlingen gaan naar de dichtstbijzijnde school met die schoolsoort (of volgens het keuzemodel)',
    cancel: 'Annuleren'
  },
  panel: {
    aria: 'Afstand per schoolsoort',
    title: 'Afstand tot {track}',
    titleAny: 'Afstand tot elke schoolsoort',
    municipality: 'Gemeente',
    track: 'Schoolsoort',
    locations: 'Loc.',
    locationsTitle: 'Open locaties met de schoolsoort',
    children: 'Kinderen*',
    mean: 'Gem.',
    region: 'Regio'
  }
} as const;
