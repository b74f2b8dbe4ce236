/** English messages, namespace `livePdf`: the same keys as ../nl/livePdf.ts. */
import type { Strings } from '../types';
import type { livePdf as nl } from '../nl/livePdf';

export const livePdf: Strings<typeof nl> = {
  title: 'Live session {code}',
  subject: 'Transitieatlas: results of live session {code}, {region}',
  kicker: 'Transitieatlas · live session',
  region: 'Region',
  sector: 'Sector',
  date: 'Date',
  participants: 'Participants',
  value: 'Answer',
  count: 'Count',
  map: 'Map of “{name}”: distance to the nearest open location per cell.',
  rating: 'Rating',
  openLocations: 'Open locations',
  meanDistance: 'Average distance',
  p90: '9 in 10 within',
  moved: 'Moving',
  placesWithout: 'Without a location of their own',
  versusNow: '{after} (now {before})',
  footer: 'Transitieatlas · live session {code} · results computed from the stored votes',
  csv: {
    participant: 'participant',
    nickname: 'nickname',
    question: 'question',
    questionText: 'question text',
    kind: 'kind',
    value: 'value',
    answer: 'answer',
    at: 'time (UTC)',
    rating: 'Rating: {name}',
    stars: '{n} out of 5'
  },
  file: 'live-session-{region}-{code}.{ext}'
};
