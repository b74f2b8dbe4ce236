/**
 * The storage of live sessions behind one asynchronous interface: SQLite now (sqlite.ts), PostgreSQL later beside
 * it. Every method that changes something does it in one transaction and raises the session's `version` in that
 * transaction; it returns only after the commit, so an answer the API acknowledged is in the database.
 *
 * Answers are checked against their question inside the transaction that stores them (a question closed a
 * moment earlier refuses the answer). Errors for the user are LiveErrors (an HttpError: status + Dutch message).
 *
 * Relative imports only (no `$lib`): the SIGKILL test runs this in a plain `node --import tsx` child.
 */
import { HttpError } from '../http';
import type {
  AnswerValue,
  ExportVote,
  LiveScenario,
  OwnAnswers,
  Question,
  ScenarioFigures,
  Tally
} from '../../live/types';

/** A refusal with an HTTP status and a Dutch message (unknown question, closed question, full session...). */
export class LiveError extends HttpError {
  constructor(
    status: number,
    message: string,
    /** Extra response headers (Retry-After, WWW-Authenticate). */
    readonly headers: Record<string, string> = {}
  ) {
    super(status, message);
    this.name = 'LiveError';
  }
}

export interface SessionRecord {
  code: string;
  /** sha256 (hex) of the facilitator token. */
  tokenHash: string;
  region: string;
  regionName: string;
  sector: string;
  sectorName: string;
  version: number;
  configVersion: number;
  createdAt: string;
  /** ms since the epoch of the last activity. */
  activeAt: number;
  questions: Question[];
  /** Without their map (mapUrl is filled in by the service). */
  scenarios: Omit<LiveScenario, 'mapUrl'>[];
}

export interface SessionStamp {
  version: number;
  configVersion: number;
  activeAt: number;
}

export interface NewSession {
  code: string;
  tokenHash: string;
  region: string;
  regionName: string;
  sector: string;
  sectorName: string;
  questions: Question[];
  now: number;
}

export interface NewScenario {
  /** Without id: the storage numbers them per session (`s1`, `s2`, ...). */
  name: string;
  sector: string;
  /** The scenario file (version 2) as JSON text. */
  body: string;
  figures: ScenarioFigures;
  mapSvg: string;
  open: boolean;
}

export interface Limits {
  maxParticipants: number;
  maxQuestions: number;
  maxScenarios: number;
}

/** A session code that is already taken (the caller draws another one). */
export class CodeTakenError extends Error {
  constructor() {
    super('session code taken');
    this.name = 'CodeTakenError';
  }
}

export interface Changed {
  /** The session's version after the change. */
  version: number;
}

export interface LiveStorage {
  /** Throws CodeTakenError when the code is in use. */
  createSession(session: NewSession): Promise<void>;
  /** The session with its questions and scenarios, or null when unknown (expired ones included). */
  getSession(code: string): Promise<SessionRecord | null>;
  /** Version, config version and last activity: the cheap check of the event stream. */
  stamp(code: string): Promise<SessionStamp | null>;
  /** A participant opened the page (idempotent; a nickname replaces the previous one). */
  join(
    code: string,
    participant: string,
    nickname: string | null,
    now: number,
    limits: Limits
  ): Promise<Changed>;
  /** Stores (or replaces) a participant's answer, checked against the question. */
  vote(
    code: string,
    participant: string,
    question: string,
    value: unknown,
    now: number,
    limits: Limits
  ): Promise<Changed & { value: AnswerValue }>;
  /** Stores (or replaces) a participant's rating 1-5 of an open scenario. */
  rate(
    code: string,
    participant: string,
    scenario: string,
    value: number,
    now: number,
    limits: Limits
  ): Promise<Changed>;
  setQuestionOpen(code: string, question: string, open: boolean, now: number): Promise<Changed>;
  addQuestion(code: string, question: Question, now: number, limits: Limits): Promise<Changed>;
  addScenario(
    code: string,
    scenario: NewScenario,
    now: number,
    limits: Limits
  ): Promise<Changed & { id: string }>;
  setScenarioOpen(code: string, scenario: string, open: boolean, now: number): Promise<Changed>;
  /** The stored phone map of a scenario, or null. */
  scenarioMap(code: string, scenario: string): Promise<string | null>;
  /** The tally computed from the database, or null when the session is unknown. */
  tally(code: string): Promise<Tally | null>;
  ownAnswers(code: string, participant: string): Promise<OwnAnswers>;
  /** Every stored answer and rating, oldest change first. */
  exportVotes(code: string): Promise<ExportVote[]>;
  deleteSession(code: string): Promise<boolean>;
  /** Deletes sessions without activity since `before` (ms); returns how many. */
  purge(before: number): Promise<number>;
}
