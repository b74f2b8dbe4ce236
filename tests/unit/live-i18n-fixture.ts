/**
 * A small live session export built by hand (no server): the po default questions as the server stores them
 * (Dutch), a facilitator's own question, answers, a rated scenario and the votes. For the language tests of the
 * live session's texts (live-i18n-nl.test.ts, live-i18n-en.test.ts).
 */
import { defaultQuestions, Q } from '../../src/lib/live/questions';
import { computeTally } from '../../src/lib/live/tally';
import type { Question, SessionExport } from '../../src/lib/live/types';

export const OWN_QUESTION: Question = {
  id: 'bus',
  label: 'Mag de bus langer rijden?',
  kind: 'choice',
  min: null,
  max: null,
  step: null,
  unit: null,
  options: [
    { value: 'ja', label: 'Ja' },
    { value: 'nee', label: 'Nee' }
  ],
  help: null,
  open: false
};

export const PO_QUESTIONS = defaultQuestions({
  sector: 'po',
  facilityCount: 132,
  one: 'school',
  users: 'leerlingen'
});

export const SPORT_QUESTIONS = defaultQuestions({
  sector: 'sport',
  facilityCount: null,
  one: 'voorziening',
  users: 'bezoekers'
});

const questions = [...PO_QUESTIONS, OWN_QUESTION];

export function sessionExport(): SessionExport {
  const answers = [
    { question: Q.maxDistance, num: 2.5, choice: null, count: 2 },
    { question: Q.maxDistance, num: 4, choice: null, count: 1 },
    { question: Q.village, num: null, choice: 'ja', count: 3 },
    { question: Q.minPupils, num: null, choice: 'norm', count: 2 }
  ];
  const tally = computeTally({
    version: 3,
    participants: 3,
    questions,
    scenarios: ['s1'],
    answers,
    ratings: [{ scenario: 's1', value: 4, count: 2 }]
  });
  return {
    kind: 'transitieatlas-live-sessie',
    schemaVersion: 1,
    exportedAt: '2026-11-30T10:00:00.000Z',
    session: {
      code: 'ABC234',
      region: 'achterhoek',
      regionName: 'Achterhoek',
      sector: 'po',
      sectorName: 'Basisonderwijs',
      questions,
      scenarios: [
        {
          id: 's1',
          name: 'Kilder dicht',
          sector: 'po',
          open: true,
          figures: {
            openBefore: 132,
            openAfter: 131,
            meanBeforeM: 1840,
            meanAfterM: 1905.5,
            p90BeforeM: 3100,
            p90AfterM: 3350,
            moved: 87,
            placesWithout: ['Kilder'],
            edits: ['Sluit Basisschool Laetare, Kilder']
          },
          mapUrl: '/api/sessions/ABC234/scenarios/s1/map'
        }
      ],
      version: 3,
      configVersion: 2,
      expiresAt: '2026-12-01T10:00:00.000Z'
    },
    tally,
    votes: [
      {
        participant: 'p-1',
        nickname: 'Anna',
        question: Q.maxDistance,
        kind: 'number',
        value: 2.5,
        at: '2026-11-30T09:00:00Z'
      },
      {
        participant: 'p-1',
        nickname: 'Anna',
        question: Q.minPupils,
        kind: 'number',
        value: 'norm',
        at: '2026-11-30T09:01:00Z'
      },
      {
        participant: 'p-2',
        nickname: null,
        question: Q.village,
        kind: 'choice',
        value: 'ja',
        at: '2026-11-30T09:02:00Z'
      },
      {
        participant: 'p-2',
        nickname: null,
        question: 's1',
        kind: 'rating',
        value: 4,
        at: '2026-11-30T09:03:00Z'
      }
    ]
  };
}

/** The strings a jsPDF document (uncompressed) draws. */
export function pdfStrings(pdf: string): string[] {
  const out: string[] = [];
  const re = /\(((?:\\.|[^\\)])*)\)\s*Tj/g;
  for (let m = re.exec(pdf); m; m = re.exec(pdf)) {
    out.push(
      m[1].replace(/\\([()\\])/g, '$1').replace(/\\(\d{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)))
    );
  }
  return out;
}
