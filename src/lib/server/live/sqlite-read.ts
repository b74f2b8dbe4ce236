/**
 * The read side of the SQLite live storage: rows to API shapes, the session with its questions and scenarios,
 * the tally from grouped answers (one read transaction: counts and version of one snapshot), a phone's own answers
 * and the export. Synchronous (better-sqlite3); SqliteLiveStorage wraps them in promises.
 */
import type { Db } from '../db';
import { computeTally, type AnswerGroup, type RatingGroup } from '../../live/tally';
import type {
  AnswerValue,
  ChoiceOption,
  ExportVote,
  OwnAnswers,
  Question,
  ScenarioFigures,
  Tally
} from '../../live/types';
import type { SessionRecord, SessionStamp } from './storage';

export interface SessionRow {
  code: string;
  token_hash: string;
  region: string;
  region_name: string;
  sector: string;
  sector_name: string;
  version: number;
  config_version: number;
  created_at: string;
  active_at: number;
}

export interface QuestionRow {
  id: string;
  label: string;
  kind: 'number' | 'choice';
  min: number | null;
  max: number | null;
  step: number | null;
  unit: string | null;
  options: string;
  help: string | null;
  open: number;
}

interface ScenarioRow {
  id: string;
  name: string;
  sector: string;
  figures: string;
  open: number;
}

export const iso = (ms: number) => new Date(ms).toISOString();

export function toQuestion(r: QuestionRow): Question {
  return {
    id: r.id,
    label: r.label,
    kind: r.kind,
    min: r.min,
    max: r.max,
    step: r.step,
    unit: r.unit,
    options: JSON.parse(r.options) as ChoiceOption[],
    help: r.help,
    open: r.open === 1
  };
}

export function readSession(db: Db, code: string): SessionRecord | null {
  return db.transaction((): SessionRecord | null => {
    const s = db.prepare(`SELECT * FROM live_sessions WHERE code = ?`).get(code) as SessionRow | undefined;
    if (!s) return null;
    const questions = (
      db
        .prepare(`SELECT * FROM live_questions WHERE session = ? ORDER BY position`)
        .all(code) as QuestionRow[]
    ).map(toQuestion);
    const scenarios = (
      db
        .prepare(
          `SELECT id, name, sector, figures, open FROM live_scenarios WHERE session = ? ORDER BY position`
        )
        .all(code) as ScenarioRow[]
    ).map((r) => ({
      id: r.id,
      name: r.name,
      sector: r.sector,
      open: r.open === 1,
      figures: JSON.parse(r.figures) as ScenarioFigures
    }));
    return {
      code: s.code,
      tokenHash: s.token_hash,
      region: s.region,
      regionName: s.region_name,
      sector: s.sector,
      sectorName: s.sector_name,
      version: s.version,
      configVersion: s.config_version,
      createdAt: s.created_at,
      activeAt: s.active_at,
      questions,
      scenarios
    };
  })();
}

export function readStamp(db: Db, code: string): SessionStamp | null {
  const r = db
    .prepare(`SELECT version, config_version, active_at FROM live_sessions WHERE code = ?`)
    .get(code) as { version: number; config_version: number; active_at: number } | undefined;
  return r ? { version: r.version, configVersion: r.config_version, activeAt: r.active_at } : null;
}

export function readTally(db: Db, code: string): Tally | null {
  // One read transaction: the counts and the version belong to the same snapshot.
  return db.transaction((): Tally | null => {
    const s = db.prepare(`SELECT version FROM live_sessions WHERE code = ?`).pluck().get(code) as
      number | undefined;
    if (s === undefined) return null;
    const questions = (
      db
        .prepare(`SELECT id, kind, options FROM live_questions WHERE session = ? ORDER BY position`)
        .all(code) as Pick<QuestionRow, 'id' | 'kind' | 'options'>[]
    ).map((q) => ({ id: q.id, kind: q.kind, options: JSON.parse(q.options) as ChoiceOption[] }));
    const scenarios = db
      .prepare(`SELECT id FROM live_scenarios WHERE session = ? ORDER BY position`)
      .pluck()
      .all(code) as string[];
    const answers = db
      .prepare(
        `SELECT question, num, choice, count(*) AS count FROM live_votes WHERE session = ?
         GROUP BY question, num, choice`
      )
      .all(code) as AnswerGroup[];
    const ratings = db
      .prepare(
        `SELECT scenario, value, count(*) AS count FROM live_ratings WHERE session = ? GROUP BY scenario, value`
      )
      .all(code) as RatingGroup[];
    const participants = db
      .prepare(`SELECT count(*) FROM live_participants WHERE session = ?`)
      .pluck()
      .get(code) as number;
    return computeTally({ version: s, participants, questions, scenarios, answers, ratings });
  })();
}

export function readOwn(db: Db, code: string, participant: string): OwnAnswers {
  return db.transaction((): OwnAnswers => {
    const p = db
      .prepare(`SELECT nickname FROM live_participants WHERE session = ? AND id = ?`)
      .get(code, participant) as { nickname: string | null } | undefined;
    const votes: Record<string, AnswerValue> = {};
    for (const r of db
      .prepare(`SELECT question, num, choice FROM live_votes WHERE session = ? AND participant = ?`)
      .all(code, participant) as { question: string; num: number | null; choice: string | null }[]) {
      votes[r.question] = r.choice ?? (r.num as number);
    }
    const ratings: Record<string, number> = {};
    for (const r of db
      .prepare(`SELECT scenario, value FROM live_ratings WHERE session = ? AND participant = ?`)
      .all(code, participant) as { scenario: string; value: number }[]) {
      ratings[r.scenario] = r.value;
    }
    return { nickname: p?.nickname ?? null, votes, ratings };
  })();
}

export function readExport(db: Db, code: string): ExportVote[] {
  const rows = db
    .prepare(
      `SELECT v.participant, p.nickname, v.question, q.kind, v.num, v.choice, v.updated_at AS at
       FROM live_votes v
       JOIN live_questions q ON q.session = v.session AND q.id = v.question
       JOIN live_participants p ON p.session = v.session AND p.id = v.participant
       WHERE v.session = @code
       UNION ALL
       SELECT r.participant, p.nickname, r.scenario, 'rating', r.value, NULL, r.updated_at
       FROM live_ratings r
       JOIN live_participants p ON p.session = r.session AND p.id = r.participant
       WHERE r.session = @code
       ORDER BY at, participant, question`
    )
    .all({ code }) as {
    participant: string;
    nickname: string | null;
    question: string;
    kind: ExportVote['kind'];
    num: number | null;
    choice: string | null;
    at: string;
  }[];
  return rows.map((r) => ({
    participant: r.participant,
    nickname: r.nickname,
    question: r.question,
    kind: r.kind,
    value: r.choice ?? (r.num as number),
    at: r.at
  }));
}
