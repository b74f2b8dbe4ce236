/**
 * Group commit of answers, ratings and joins on PostgreSQL. What arrives while the previous group is written goes
 * into ONE transaction with a constant number of statements, whatever the size of the group: lock the sessions
 * (`FOR UPDATE`, in code order: two processes cannot deadlock), read their questions, scenarios and participants,
 * check every piece in order of arrival in JavaScript against that locked state (the same checks as SQLite's),
 * then write all accepted pieces with a few `unnest` statements, raise each session's version by its number of
 * accepted pieces, notify (`pg_notify`, delivered on commit) and COMMIT. A refused piece changes nothing and gets
 * its LiveError; the others get their version after the commit. When the transaction fails (the database went
 * away), every piece of the group is rejected: nothing of it was acknowledged.
 *
 * Writing a piece per savepoint costs five round trips per answer, and the session's row lock is held for all of
 * them: two processes then share one session at some 75 answers a second. This way a group of any size costs ~10.
 */
import { checkAnswer } from '../../live/questions';
import { API_TEXT } from '../../live/live-text';
import type { AnswerValue } from '../../live/types';
import { transaction, type PgClient, type PgPool } from '../pg';
import { toQuestionPg } from './pg-read';
import { iso } from './sqlite-read';
import { LiveError, type Limits } from './storage';

export type Piece =
  | { kind: 'join'; code: string; participant: string; nickname: string | null; now: number; limits: Limits }
  | {
      kind: 'vote';
      code: string;
      participant: string;
      question: string;
      value: unknown;
      now: number;
      limits: Limits;
    }
  | {
      kind: 'rate';
      code: string;
      participant: string;
      scenario: string;
      value: number;
      now: number;
      limits: Limits;
    };

export interface Applied {
  version: number;
  value?: AnswerValue;
}

interface Queued {
  piece: Piece;
  resolve: (a: Applied) => void;
  reject: (e: unknown) => void;
}

export class PgBatcher {
  private queue: Queued[] = [];
  private running = false;

  constructor(
    private readonly pool: PgPool,
    private readonly channel: string,
    private readonly instance: string
  ) {}

  run(piece: Piece): Promise<Applied> {
    return new Promise<Applied>((resolve, reject) => {
      this.queue.push({ piece, resolve, reject });
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      let outcomes: (Applied | LiveError)[];
      try {
        outcomes = await transaction(this.pool, (c) =>
          applyBatch(
            c,
            batch.map((q) => q.piece),
            this.channel,
            this.instance
          )
        );
      } catch (e) {
        for (const q of batch) q.reject(e);
        continue;
      }
      batch.forEach((q, i) => {
        const o = outcomes[i];
        if (o instanceof LiveError) q.reject(o);
        else q.resolve(o);
      });
    }
    this.running = false;
  }
}

const key = (...parts: string[]) => parts.join('\u0000');

/** Checks and writes a group in the open transaction of `c`; returns an outcome per piece, in order. */
export async function applyBatch(
  c: PgClient,
  pieces: Piece[],
  channel: string,
  instance: string
): Promise<(Applied | LiveError)[]> {
  const codes = [...new Set(pieces.map((p) => p.code))].sort();
  const people = [...new Set(pieces.map((p) => p.participant))];
  const locked = await c.query(
    `SELECT code, version FROM live_sessions WHERE code = ANY($1::text[]) ORDER BY code FOR UPDATE`,
    [codes]
  );
  const sessions = new Map<string, { version: number; activeAt: number; changed: boolean }>();
  for (const r of locked.rows) sessions.set(r.code, { version: r.version, activeAt: 0, changed: false });
  const live = [...sessions.keys()];
  const [questions, scenarios, counts, known] = live.length
    ? await Promise.all([
        c.query(
          `SELECT session, id, label, kind, min, max, step, unit, options, help, open
             FROM live_questions WHERE session = ANY($1::text[])`,
          [live]
        ),
        c.query(`SELECT session, id, open FROM live_scenarios WHERE session = ANY($1::text[])`, [live]),
        c.query(
          `SELECT session, count(*) AS n FROM live_participants WHERE session = ANY($1::text[]) GROUP BY session`,
          [live]
        ),
        c.query(
          `SELECT session, id FROM live_participants WHERE session = ANY($1::text[]) AND id = ANY($2::text[])`,
          [live, people]
        )
      ])
    : [null, null, null, null];
  const question = new Map(questions?.rows.map((r) => [key(r.session, r.id), toQuestionPg(r)]));
  const scenarioOpen = new Map<string, boolean>(scenarios?.rows.map((r) => [key(r.session, r.id), r.open]));
  const count = new Map<string, number>(counts?.rows.map((r) => [r.session, r.n]));
  const members = new Set(known?.rows.map((r) => key(r.session, r.id)));

  const joined: [string, string, string][] = [];
  const nicknames = new Map<string, [string, string, string]>();
  const votes = new Map<string, [string, string, string, number | null, string | null, string]>();
  const ratings = new Map<string, [string, string, string, number, string]>();

  const outcomes = pieces.map((p): Applied | LiveError => {
    const session = sessions.get(p.code);
    if (!session) return new LiveError(404, API_TEXT.notFound);
    let value: AnswerValue | undefined;
    if (p.kind === 'vote') {
      const q = question.get(key(p.code, p.question));
      if (!q) return new LiveError(422, API_TEXT.unknownQuestion(p.question));
      if (!q.open) return new LiveError(409, API_TEXT.closedQuestion);
      const checked = checkAnswer(q, p.value);
      if (!checked.ok) return new LiveError(checked.status, checked.message);
      value = checked.value;
    } else if (p.kind === 'rate') {
      const open = scenarioOpen.get(key(p.code, p.scenario));
      if (open === undefined) return new LiveError(422, API_TEXT.unknownScenario(p.scenario));
      if (!open) return new LiveError(409, API_TEXT.closedScenario);
    }
    const member = key(p.code, p.participant);
    if (!members.has(member)) {
      const n = (count.get(p.code) ?? 0) + 1;
      if (n > p.limits.maxParticipants) return new LiveError(409, API_TEXT.full(p.limits.maxParticipants));
      count.set(p.code, n);
      members.add(member);
      joined.push([p.code, p.participant, iso(p.now)]);
    }
    if (p.kind === 'join' && p.nickname !== null) nicknames.set(member, [p.code, p.participant, p.nickname]);
    if (p.kind === 'vote') {
      const v = value as AnswerValue;
      votes.set(key(member, p.question), [
        p.code,
        p.question,
        p.participant,
        typeof v === 'number' ? v : null,
        typeof v === 'string' ? v : null,
        iso(p.now)
      ]);
    }
    if (p.kind === 'rate') {
      ratings.set(key(member, p.scenario), [p.code, p.scenario, p.participant, p.value, iso(p.now)]);
    }
    session.version += 1;
    session.activeAt = p.now;
    session.changed = true;
    return value === undefined ? { version: session.version } : { version: session.version, value };
  });

  const columns = <T extends unknown[]>(rows: T[], n: number) =>
    Array.from({ length: n }, (_, i) => rows.map((r) => r[i]));
  if (joined.length) {
    await c.query(
      `INSERT INTO live_participants (session, id, nickname, joined_at)
       SELECT s, p, NULL, t FROM unnest($1::text[], $2::text[], $3::text[]) AS u(s, p, t)`,
      columns(joined, 3)
    );
  }
  if (nicknames.size) {
    await c.query(
      `UPDATE live_participants x SET nickname = u.n
         FROM unnest($1::text[], $2::text[], $3::text[]) AS u(s, p, n) WHERE x.session = u.s AND x.id = u.p`,
      columns([...nicknames.values()], 3)
    );
  }
  if (votes.size) {
    await c.query(
      `INSERT INTO live_votes (session, question, participant, num, choice, updated_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::text[], $6::text[])
       ON CONFLICT (session, question, participant)
       DO UPDATE SET num = excluded.num, choice = excluded.choice, updated_at = excluded.updated_at`,
      columns([...votes.values()], 6)
    );
  }
  if (ratings.size) {
    await c.query(
      `INSERT INTO live_ratings (session, scenario, participant, value, updated_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[])
       ON CONFLICT (session, scenario, participant)
       DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      columns([...ratings.values()], 5)
    );
  }
  const changed = [...sessions].filter(([, s]) => s.changed);
  if (changed.length) {
    await c.query(
      `UPDATE live_sessions x SET version = u.v, active_at = u.a
         FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS u(c, v, a) WHERE x.code = u.c
       RETURNING pg_notify($4, x.code || ':' || $5)`,
      [
        changed.map(([code]) => code),
        changed.map(([, s]) => s.version),
        changed.map(([, s]) => s.activeAt),
        channel,
        instance
      ]
    );
  }
  return outcomes;
}
