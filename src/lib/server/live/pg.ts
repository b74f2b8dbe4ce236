/**
 * LiveStorage on PostgreSQL, the twin of sqlite.ts: the same checks, versions and errors (the contract tests run
 * against both). Every write locks its session row first (`FOR UPDATE`): the writes of one session are serialised
 * over all app processes, like SQLite's write lock, so "question closed", "session full" and the version are
 * exact. The version is raised and `pg_notify` is sent in the same transaction: other processes hear of a change
 * only when it is committed (the notifier of this process ignores its own notifications; it delivered them
 * already). Answers, ratings and joins go through a group commit (pg-batch.ts).
 *
 * Relative imports only (see storage.ts).
 */
import { API_TEXT } from '../../live/live-text';
import type { AnswerValue, ExportVote, OwnAnswers, Question, Tally } from '../../live/types';
import { mapUnavailable, transaction, type PgClient, type PgPool } from '../pg';
import { PgBatcher } from './pg-batch';
import { readExportPg, readOwnPg, readSessionPg, readStampPg, readTallyPg } from './pg-read';
import { iso } from './sqlite-read';
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

/** The LISTEN/NOTIFY channel of live sessions; the payload is `<code>:<instance>`. */
export const LIVE_CHANNEL = 'transitieatlas_live';

export class PgLiveStorage implements LiveStorage {
  private readonly batch: PgBatcher;

  constructor(
    protected readonly pool: PgPool,
    /** This process's id in notifications (its own notifier skips them). */
    readonly instance: string
  ) {
    this.batch = new PgBatcher(pool, LIVE_CHANNEL, instance);
  }

  protected async read<T>(fn: (pool: PgPool) => Promise<T>): Promise<T> {
    try {
      return await fn(this.pool);
    } catch (e) {
      return mapUnavailable(e);
    }
  }

  private write<T>(fn: (c: PgClient) => Promise<T>): Promise<T> {
    return transaction(this.pool, fn);
  }

  /** Locks the session row for this transaction; 404 when there is none. */
  private async lock(c: PgClient, code: string): Promise<void> {
    const r = await c.query(`SELECT 1 FROM live_sessions WHERE code = $1 FOR UPDATE`, [code]);
    if (r.rowCount === 0) throw new LiveError(404, API_TEXT.notFound);
  }

  /** Raises the version (and the config version), marks activity and notifies the other processes. */
  private async bump(c: PgClient, code: string, now: number, config: boolean): Promise<number> {
    const r = await c.query(
      `UPDATE live_sessions SET version = version + 1, active_at = $2` +
        (config ? `, config_version = version + 1` : '') +
        ` WHERE code = $1 RETURNING version, pg_notify($3, code || ':' || $4)`,
      [code, now, LIVE_CHANNEL, this.instance]
    );
    if (r.rowCount === 0) throw new LiveError(404, API_TEXT.notFound);
    return r.rows[0].version;
  }

  async createSession(s: NewSession): Promise<void> {
    try {
      await this.write(async (c) => {
        await c.query(
          `INSERT INTO live_sessions (code, token_hash, region, region_name, sector, sector_name, created_at, active_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [s.code, s.tokenHash, s.region, s.regionName, s.sector, s.sectorName, iso(s.now), s.now]
        );
        for (let i = 0; i < s.questions.length; i++) await this.insertQuestion(c, s.code, s.questions[i], i);
      });
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw new CodeTakenError();
      throw e;
    }
  }

  private async insertQuestion(c: PgClient, code: string, q: Question, position: number): Promise<void> {
    await c.query(
      `INSERT INTO live_questions (session, id, position, label, kind, min, max, step, unit, options, help, open)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
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
        q.open
      ]
    );
  }

  async getSession(code: string): Promise<SessionRecord | null> {
    return this.read((db) => readSessionPg(db, code));
  }

  async stamp(code: string): Promise<SessionStamp | null> {
    return this.read((db) => readStampPg(db, code));
  }

  async join(code: string, participant: string, nickname: string | null, now: number, limits: Limits) {
    return this.batch.run({ kind: 'join', code, participant, nickname, now, limits });
  }

  async vote(
    code: string,
    participant: string,
    question: string,
    value: unknown,
    now: number,
    limits: Limits
  ) {
    const r = await this.batch.run({ kind: 'vote', code, participant, question, value, now, limits });
    return { version: r.version, value: r.value as AnswerValue };
  }

  async rate(
    code: string,
    participant: string,
    scenario: string,
    value: number,
    now: number,
    limits: Limits
  ) {
    const r = await this.batch.run({ kind: 'rate', code, participant, scenario, value, now, limits });
    return { version: r.version };
  }

  async setQuestionOpen(code: string, question: string, open: boolean, now: number) {
    return this.write(async (c): Promise<Changed> => {
      await this.lock(c, code);
      const r = await c.query(`UPDATE live_questions SET open = $3 WHERE session = $1 AND id = $2`, [
        code,
        question,
        open
      ]);
      if (r.rowCount === 0) throw new LiveError(404, API_TEXT.unknownQuestion(question));
      return { version: await this.bump(c, code, now, true) };
    });
  }

  async addQuestion(code: string, question: Question, now: number, limits: Limits) {
    return this.write(async (c): Promise<Changed> => {
      await this.lock(c, code);
      const r = await c.query(
        `SELECT count(*) AS n, coalesce(max(position), -1) AS last,
                bool_or(id = $2) AS taken FROM live_questions WHERE session = $1`,
        [code, question.id]
      );
      const { n, last, taken } = r.rows[0] as { n: number; last: number; taken: boolean | null };
      if (n >= limits.maxQuestions) throw new LiveError(409, API_TEXT.tooManyQuestions(limits.maxQuestions));
      if (taken) throw new LiveError(409, API_TEXT.duplicateQuestion(question.id));
      await this.insertQuestion(c, code, question, last + 1);
      return { version: await this.bump(c, code, now, true) };
    });
  }

  async addScenario(code: string, s: NewScenario, now: number, limits: Limits) {
    return this.write(async (c): Promise<Changed & { id: string }> => {
      await this.lock(c, code);
      const r = await c.query(
        `SELECT count(*) AS n, coalesce(max(position), 0) AS last FROM live_scenarios WHERE session = $1`,
        [code]
      );
      const { n, last } = r.rows[0] as { n: number; last: number };
      if (n >= limits.maxScenarios) throw new LiveError(409, API_TEXT.tooManyScenarios(limits.maxScenarios));
      const position = last + 1;
      const id = `s${position}`;
      await c.query(
        `INSERT INTO live_scenarios (session, id, position, name, sector, body, figures, map_svg, open, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [code, id, position, s.name, s.sector, s.body, JSON.stringify(s.figures), s.mapSvg, s.open, iso(now)]
      );
      return { version: await this.bump(c, code, now, true), id };
    });
  }

  async setScenarioOpen(code: string, scenario: string, open: boolean, now: number) {
    return this.write(async (c): Promise<Changed> => {
      await this.lock(c, code);
      const r = await c.query(`UPDATE live_scenarios SET open = $3 WHERE session = $1 AND id = $2`, [
        code,
        scenario,
        open
      ]);
      if (r.rowCount === 0) throw new LiveError(404, API_TEXT.unknownScenario(scenario));
      return { version: await this.bump(c, code, now, true) };
    });
  }

  async scenarioMap(code: string, scenario: string): Promise<string | null> {
    const r = await this.read((db) =>
      db.query(`SELECT map_svg FROM live_scenarios WHERE session = $1 AND id = $2`, [code, scenario])
    );
    return r.rows[0]?.map_svg ?? null;
  }

  async tally(code: string): Promise<Tally | null> {
    return this.read((db) => readTallyPg(db, code));
  }

  async ownAnswers(code: string, participant: string): Promise<OwnAnswers> {
    return this.read((db) => readOwnPg(db, code, participant));
  }

  async exportVotes(code: string): Promise<ExportVote[]> {
    return this.read((db) => readExportPg(db, code));
  }

  async deleteSession(code: string): Promise<boolean> {
    return this.write(async (c) => {
      const r = await c.query(
        `DELETE FROM live_sessions WHERE code = $1 RETURNING pg_notify($2, code || ':' || $3)`,
        [code, LIVE_CHANNEL, this.instance]
      );
      return r.rowCount === 1;
    });
  }

  async purge(before: number): Promise<number> {
    return this.write(async (c) => {
      const r = await c.query(`DELETE FROM live_sessions WHERE active_at < $1`, [before]);
      return r.rowCount ?? 0;
    });
  }
}
