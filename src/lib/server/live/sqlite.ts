/**
 * LiveStorage on SQLite (better-sqlite3, the database of saved scenarios: WAL, synchronous=FULL). Every change
 * raises the session's version in its transaction; a promise resolves only after the commit reached the disk.
 *
 * Group commit: the answers of a room arrive in bursts (300 phones after "de vraag staat open"). Answers, ratings
 * and joins that arrive in the same turn of the event loop are written in ONE transaction (one fsync), each in its
 * own savepoint: a refused answer rolls back alone, the others commit. Without this every answer waits for the
 * fsyncs of all answers before it.
 */
import type { Db } from '../db';
import { checkAnswer } from '../../live/questions';
import type { AnswerValue, ExportVote, OwnAnswers, Question, Tally } from '../../live/types';
import { GroupCommit } from './group-commit';
import {
  iso,
  readExport,
  readOwn,
  readSession,
  readStamp,
  readTally,
  toQuestion,
  type QuestionRow
} from './sqlite-read';
import { API_TEXT } from '../../live/live-text';
import {
  CodeTakenError,
  LiveError,
  type Changed,
  type Limits,
  type LiveStorage,
  type NewScenario,
  type NewSession,
  type SessionRecord,
  type SessionStamp
} from './storage';

export class SqliteLiveStorage implements LiveStorage {
  private readonly group: GroupCommit;

  constructor(private readonly db: Db) {
    this.group = new GroupCommit(db);
  }

  /** Runs `fn` in an IMMEDIATE transaction (the write lock first: no upgrade deadlock under load). */
  private write<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** Runs `fn` in the next group commit (see the module comment); resolves after that commit. */
  private grouped<T>(fn: () => T): Promise<T> {
    return this.group.run(fn);
  }

  /** Raises the version (and the config version for a change of questions or scenarios); marks activity. */
  private bump(code: string, now: number, config: boolean): number {
    const row = this.db
      .prepare(
        `UPDATE live_sessions SET version = version + 1, active_at = ?` +
          (config ? `, config_version = version + 1` : '') +
          ` WHERE code = ? RETURNING version`
      )
      .get(now, code) as { version: number } | undefined;
    if (!row) throw new LiveError(404, API_TEXT.notFound);
    return row.version;
  }

  private requireSession(code: string): void {
    if (!this.db.prepare(`SELECT 1 FROM live_sessions WHERE code = ?`).get(code)) {
      throw new LiveError(404, API_TEXT.notFound);
    }
  }

  /** Adds the participant when new, refusing a full session. */
  private ensureParticipant(code: string, participant: string, now: number, limits: Limits): void {
    const added = this.db
      .prepare(
        `INSERT INTO live_participants (session, id, nickname, joined_at) VALUES (?, ?, NULL, ?)
         ON CONFLICT (session, id) DO NOTHING`
      )
      .run(code, participant, iso(now));
    if (added.changes === 1) {
      const n = this.db
        .prepare(`SELECT count(*) FROM live_participants WHERE session = ?`)
        .pluck()
        .get(code) as number;
      if (n > limits.maxParticipants) throw new LiveError(409, API_TEXT.full(limits.maxParticipants));
    }
  }

  async createSession(s: NewSession): Promise<void> {
    try {
      this.write(() => {
        this.db
          .prepare(
            `INSERT INTO live_sessions (code, token_hash, region, region_name, sector, sector_name, created_at, active_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
          )
          .run(s.code, s.tokenHash, s.region, s.regionName, s.sector, s.sectorName, iso(s.now), s.now);
        s.questions.forEach((q, i) => this.insertQuestion(s.code, q, i));
      });
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new CodeTakenError();
      throw e;
    }
  }

  private insertQuestion(code: string, q: Question, position: number): void {
    this.db
      .prepare(
        `INSERT INTO live_questions (session, id, position, label, kind, min, max, step, unit, options, help, open)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        code,
        q.id,
        position,
        q.label,
        q.kind,
        q.min,
        q.max,
        q.step,
        q.unit,
        JSON.stringify(q.options),
        q.help,
        q.open ? 1 : 0
      );
  }

  async getSession(code: string): Promise<SessionRecord | null> {
    return readSession(this.db, code);
  }

  async stamp(code: string): Promise<SessionStamp | null> {
    return readStamp(this.db, code);
  }

  async join(code: string, participant: string, nickname: string | null, now: number, limits: Limits) {
    return this.grouped((): Changed => {
      this.requireSession(code);
      this.ensureParticipant(code, participant, now, limits);
      if (nickname !== null) {
        this.db
          .prepare(`UPDATE live_participants SET nickname = ? WHERE session = ? AND id = ?`)
          .run(nickname, code, participant);
      }
      return { version: this.bump(code, now, false) };
    });
  }

  async vote(
    code: string,
    participant: string,
    question: string,
    value: unknown,
    now: number,
    limits: Limits
  ) {
    return this.grouped((): Changed & { value: AnswerValue } => {
      this.requireSession(code);
      const row = this.db
        .prepare(`SELECT * FROM live_questions WHERE session = ? AND id = ?`)
        .get(code, question) as QuestionRow | undefined;
      if (!row) throw new LiveError(422, API_TEXT.unknownQuestion(question));
      const q = toQuestion(row);
      if (!q.open) throw new LiveError(409, API_TEXT.closedQuestion);
      const checked = checkAnswer(q, value);
      if (!checked.ok) throw new LiveError(checked.status, checked.message);
      this.ensureParticipant(code, participant, now, limits);
      const v = checked.value;
      this.db
        .prepare(
          `INSERT INTO live_votes (session, question, participant, num, choice, updated_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (session, question, participant)
           DO UPDATE SET num = excluded.num, choice = excluded.choice, updated_at = excluded.updated_at`
        )
        .run(
          code,
          question,
          participant,
          typeof v === 'number' ? v : null,
          typeof v === 'string' ? v : null,
          iso(now)
        );
      return { version: this.bump(code, now, false), value: v };
    });
  }

  async rate(
    code: string,
    participant: string,
    scenario: string,
    value: number,
    now: number,
    limits: Limits
  ) {
    return this.grouped((): Changed => {
      this.requireSession(code);
      const row = this.db
        .prepare(`SELECT open FROM live_scenarios WHERE session = ? AND id = ?`)
        .get(code, scenario) as { open: number } | undefined;
      if (!row) throw new LiveError(422, API_TEXT.unknownScenario(scenario));
      if (row.open !== 1) throw new LiveError(409, API_TEXT.closedScenario);
      this.ensureParticipant(code, participant, now, limits);
      this.db
        .prepare(
          `INSERT INTO live_ratings (session, scenario, participant, value, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (session, scenario, participant)
           DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`
        )
        .run(code, scenario, participant, value, iso(now));
      return { version: this.bump(code, now, false) };
    });
  }

  async setQuestionOpen(code: string, question: string, open: boolean, now: number) {
    return this.write((): Changed => {
      this.requireSession(code);
      const r = this.db
        .prepare(`UPDATE live_questions SET open = ? WHERE session = ? AND id = ?`)
        .run(open ? 1 : 0, code, question);
      if (r.changes === 0) throw new LiveError(404, API_TEXT.unknownQuestion(question));
      return { version: this.bump(code, now, true) };
    });
  }

  async addQuestion(code: string, question: Question, now: number, limits: Limits) {
    return this.write((): Changed => {
      this.requireSession(code);
      const { n, last } = this.db
        .prepare(
          `SELECT count(*) AS n, coalesce(max(position), -1) AS last FROM live_questions WHERE session = ?`
        )
        .get(code) as { n: number; last: number };
      if (n >= limits.maxQuestions) throw new LiveError(409, API_TEXT.tooManyQuestions(limits.maxQuestions));
      if (
        this.db.prepare(`SELECT 1 FROM live_questions WHERE session = ? AND id = ?`).get(code, question.id)
      ) {
        throw new LiveError(409, API_TEXT.duplicateQuestion(question.id));
      }
      this.insertQuestion(code, question, last + 1);
      return { version: this.bump(code, now, true) };
    });
  }

  async addScenario(code: string, s: NewScenario, now: number, limits: Limits) {
    return this.write((): Changed & { id: string } => {
      this.requireSession(code);
      const { n, last } = this.db
        .prepare(
          `SELECT count(*) AS n, coalesce(max(position), 0) AS last FROM live_scenarios WHERE session = ?`
        )
        .get(code) as { n: number; last: number };
      if (n >= limits.maxScenarios) throw new LiveError(409, API_TEXT.tooManyScenarios(limits.maxScenarios));
      const position = last + 1;
      const id = `s${position}`;
      this.db
        .prepare(
          `INSERT INTO live_scenarios (session, id, position, name, sector, body, figures, map_svg, open, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
        )
        .run(
          code,
          id,
          position,
          s.name,
          s.sector,
          s.body,
          JSON.stringify(s.figures),
          s.mapSvg,
          s.open ? 1 : 0,
          iso(now)
        );
      return { version: this.bump(code, now, true), id };
    });
  }

  async setScenarioOpen(code: string, scenario: string, open: boolean, now: number) {
    return this.write((): Changed => {
      this.requireSession(code);
      const r = this.db
        .prepare(`UPDATE live_scenarios SET open = ? WHERE session = ? AND id = ?`)
        .run(open ? 1 : 0, code, scenario);
      if (r.changes === 0) throw new LiveError(404, API_TEXT.unknownScenario(scenario));
      return { version: this.bump(code, now, true) };
    });
  }

  async scenarioMap(code: string, scenario: string): Promise<string | null> {
    const r = this.db
      .prepare(`SELECT map_svg FROM live_scenarios WHERE session = ? AND id = ?`)
      .pluck()
      .get(code, scenario) as string | undefined;
    return r ?? null;
  }

  async tally(code: string): Promise<Tally | null> {
    return readTally(this.db, code);
  }

  async ownAnswers(code: string, participant: string): Promise<OwnAnswers> {
    return readOwn(this.db, code, participant);
  }

  async exportVotes(code: string): Promise<ExportVote[]> {
    return readExport(this.db, code);
  }

  async deleteSession(code: string): Promise<boolean> {
    return this.write(
      () => this.db.prepare(`DELETE FROM live_sessions WHERE code = ?`).run(code).changes === 1
    );
  }

  async purge(before: number): Promise<number> {
    return this.write(
      () => this.db.prepare(`DELETE FROM live_sessions WHERE active_at < ?`).run(before).changes
    );
  }
}
