/**
 * The shapes of the live session API (`/api/sessions/...`): what the server sends and what the participant and
 * facilitator pages read. Plain data, shared by the server, the browser and the load test.
 */

export type QuestionKind = 'number' | 'choice';

/** An option of a choice question (the API also accepts a bare string, which is its own label). */
export interface ChoiceOption {
  value: string;
  label: string;
}

export interface Question {
  /** Stable id within the session, e.g. `maxDistanceKm`. */
  id: string;
  /** The question as the phone shows it (Dutch). */
  label: string;
  kind: QuestionKind;
  /** Number questions: the allowed range and step; null for choice questions. */
  min: number | null;
  max: number | null;
  step: number | null;
  /** Number questions: the unit after the value ("km", "leerlingen"); null when none. */
  unit: string | null;
  /**
   * Choice questions: the options, in their order. Number questions: answers allowed besides a number (e.g.
   * `{ value: "norm", label: "de opheffingsnorm" }`). Always `{ value, label }` objects in the API's answers.
   */
  options: ChoiceOption[];
  /** One short line under the question (what counts, what "today" is); null when none. */
  help: string | null;
  /** Whether participants can answer it now. */
  open: boolean;
}

/** An answer as the API takes it: a number for a number question, an option value otherwise. */
export type AnswerValue = number | string;

/** Key figures of a scenario put up for rating, against the situation today (same sector and parameters). */
export interface ScenarioFigures {
  /** Open region facilities today and in the scenario. */
  openBefore: number;
  openAfter: number;
  /** Child- (or inhabitant-) weighted mean distance to the nearest open facility, metres (null: no demand). */
  meanBeforeM: number | null;
  meanAfterM: number | null;
  /** 90th percentile of that distance, metres. */
  p90BeforeM: number | null;
  p90AfterM: number | null;
  /** Users (pupils) that move to another facility. */
  moved: number | null;
  /** Places (woonplaatsen) that had an open facility today and have none in the scenario. */
  placesWithout: string[];
  /** The edits in plain Dutch ("Sluit Basisschool Laetare, Kilder"). */
  edits: string[];
}

/** A scenario of the session, put up for rating (1-5) by the facilitator. */
export interface LiveScenario {
  id: string;
  name: string;
  sector: string;
  /** Whether participants can rate it now. */
  open: boolean;
  figures: ScenarioFigures;
  /** Path of its map as SVG (server-drawn from the engine's result), for an <img>. */
  mapUrl: string;
}

/** GET /api/sessions/{code}: everything a participant may see. */
export interface SessionView {
  code: string;
  region: string;
  /** Dutch region name ("Achterhoek"). */
  regionName: string;
  sector: string;
  /** Dutch sector name ("Basisonderwijs"). */
  sectorName: string;
  questions: Question[];
  scenarios: LiveScenario[];
  /** Changes with every change of the session (votes included): the event id of the stream. */
  version: number;
  /** The version at which questions or scenarios last changed. */
  configVersion: number;
  /** ISO time after which the session expires unless something happens in it. */
  expiresAt: string;
}

export interface HistogramBar {
  value: number;
  count: number;
}

/** The tally of one question. */
export interface QuestionTally {
  id: string;
  kind: QuestionKind;
  /** Participants that answered it. */
  count: number;
  /** Number questions: median of the numeric answers (null without any); absent for choice questions. */
  median?: number | null;
  /** Number questions: every numeric answer value with its count, ascending. */
  histogram?: HistogramBar[];
  /** Answers per option value (choice questions; the non-number options of a number question). */
  counts: Record<string, number>;
}

export interface RatingTally {
  scenario: string;
  count: number;
  /** Mean of the ratings 1-5, null without any. */
  mean: number | null;
  median: number | null;
  /** Ratings per star: keys "1".."5". */
  counts: Record<string, number>;
}

/** GET /api/sessions/{code}/tally (facilitator): the aggregates, computed from the database. */
export interface Tally {
  version: number;
  /** Participants that joined (opened the page) or answered. */
  participants: number;
  questions: QuestionTally[];
  ratings: RatingTally[];
}

/** What the event stream tells a participant: how many took part, never how they answered. */
export interface PublicTally {
  version: number;
  participants: number;
  questions: { id: string; count: number }[];
  ratings: { scenario: string; count: number }[];
}

/** POST /api/sessions answer. */
export interface CreatedSession {
  code: string;
  facilitatorToken: string;
  /** The participant link, absolute: `<origin>/s/<code>`. */
  url: string;
  expiresAt: string;
}

/** POST votes / ratings answer: the vote is stored. */
export interface VoteAck {
  ok: true;
  /** The session version after the vote: a tally event with this id or later includes it. */
  version: number;
  value: AnswerValue;
}

/** GET /api/sessions/{code}/participants/{participant}: a phone's own answers (after a reload). */
export interface OwnAnswers {
  nickname: string | null;
  votes: Record<string, AnswerValue>;
  ratings: Record<string, number>;
}

/** One stored answer, as the facilitator's export lists it. */
export interface ExportVote {
  participant: string;
  nickname: string | null;
  /** A question id, or the scenario id for a rating. */
  question: string;
  kind: 'number' | 'choice' | 'rating';
  value: AnswerValue;
  /** ISO time of the last change of this answer. */
  at: string;
}

/** GET /api/sessions/{code}/export?format=json. */
export interface SessionExport {
  kind: 'transitieatlas-live-sessie';
  schemaVersion: 1;
  exportedAt: string;
  session: SessionView;
  tally: Tally;
  votes: ExportVote[];
}
