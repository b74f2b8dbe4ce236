/** Dutch messages, namespace `livePdf`: the live session's PDF and CSV export (see ../nl.ts). */
export const livePdf = {
  title: 'Live sessie {code}',
  subject: 'Transitieatlas: uitslag van live sessie {code}, {region}',
  kicker: 'Transitieatlas · live sessie',
  region: 'Regio',
  sector: 'Sector',
  date: 'Datum',
  participants: 'Deelnemers',
  value: 'Antwoord',
  count: 'Aantal',
  map: 'Kaart van “{name}”: afstand tot de dichtstbijzijnde open locatie per cel.',
  rating: 'Beoordeling',
  openLocations: 'Open locaties',
  meanDistance: 'Gemiddelde afstand',
  p90: '9 op de 10 binnen',
  moved: 'Verhuizen',
  placesWithout: 'Zonder eigen locatie',
  versusNow: '{after} (nu {before})',
  footer: 'Transitieatlas · live sessie {code} · uitslag berekend uit de opgeslagen stemmen',
  csv: {
    participant: 'deelnemer',
    nickname: 'bijnaam',
    question: 'vraag',
    questionText: 'vraagtekst',
    kind: 'soort',
    value: 'waarde',
    answer: 'antwoord',
    at: 'tijd (UTC)',
    rating: 'Beoordeling: {name}',
    stars: '{n} van 5'
  },
  file: 'live-sessie-{region}-{code}.{ext}'
} as const;
