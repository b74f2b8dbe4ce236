/**
 * The read side of the PostgreSQL live storage. Each read is ONE statement (the session with its questions and
 * scenarios, or the whole tally, aggregated to JSON in the database), so it sees one snapshot without an explicit
 * transaction and costs one round trip: the event streams of every process read the tally after each change.
 */
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
import type { PgClient, PgPool } from '../pg';
import type { SessionRecord, SessionStamp } from './storage';

type Queryable = PgPool | PgClient;

interface QuestionJson {
  id: string;
  label: string;
  kind: 'number' | 'choice';
  min: number | null;
  max: number | null;
  step: number | null;
  unit: string | null;
  options: ChoiceOption[];
  help: string | null;
  open: boolean;
}

export const toQuestionPg = (q: QuestionJson): Question => ({
  id: q.id,
  label: q.label,
  kind: q.kind,
  min: q.min,
  max: q.max,
  step: q.step,
  unit: q.unit,
  options: q.options,
  help: q.help,
  open: q.open
});

export async function readSessionPg(db: Queryable, code: string): Promise<SessionRecord | null> {
  const r = await db.query(
    `SELECT s.*,
       (SELECT coalesce(json_agg(q ORDER BY q.position), '[]')
          FROM (SELECT id, label, kind, min, max, step, unit, options, help, open, position
                  FROM live_questions WHERE session = s.code) q) AS questions,
       (SELECT coalesce(json_agg(x ORDER BY x.position), '[]')
          FROM (SELECT id, name, sector, figures, open, position
                  FROM live_scenarios WHERE session = s.code) x) AS scenarios
     FROM live_sessions s WHERE s.code = $1`,
    [code]
  );
  const s = r.rows[0];
  if (!s) return null;
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
    questions: (s.questions as QuestionJson[]).map(toQuestionPg),
    scenarios: (
      s.scenarios as { id: string; name: string; sector: string; figures: ScenarioFigures; open: boolean }[]
    ).map((x) => ({ id: x.id, name: x.name, sector: x.sector, open: x.open, figures: x.figures }))
  };
}

export async function readStampPg(db: Queryable, code: string): Promise<SessionStamp | null> {
  const r = await db.query(`SELECT version, config_version, active_at FROM live_sessions WHERE code = $1`, [
    code
  ]);
  const s = r.rows[0];
  return s ? { version: s.version, configVersion: s.config_version, activeAt: s.active_at } : null;
}

export async function readTallyPg(db: Queryable, code: string): Promise<Tally | null> {
  const r = await db.query(
    `SELECT s.version,
       (SELECT count(*) FROM live_participants p WHERE p.session = s.code) AS participants,
       (SELECT coalesce(json_agg(json_build_object('id', q.id, 'kind', q.kind, 'options', q.options)
                                 ORDER BY q.position), '[]')
          FROM live_questions q WHERE q.session = s.code) AS questions,
       (SELECT coalesce(json_agg(sc.id ORDER BY sc.position), '[]')
          FROM live_scenarios sc WHERE sc.session = s.code) AS scenarios,
       (SELECT coalesce(json_agg(json_build_object('question', a.question, 'num', a.num, 'choice', a.choice,
                                                   'count', a.n)), '[]')
          FROM (SELECT question, num, choice, count(*) AS n FROM live_votes WHERE session = s.code
                GROUP BY question, num, choice) a) AS answers,
       (SELECT coalesce(json_agg(json_build_object('scenario', g.scenario, 'value', g.value, 'count', g.n)), '[]')
          FROM (SELECT scenario, value, count(*) AS n FROM live_ratings WHERE session = s.code
                GROUP BY scenario, value) g) AS ratings
     FROM live_sessions s WHERE s.code = $1`,
    [code]
  );
  const s = r.rows[0];
  if (!s) return null;
  return computeTally({
    version: s.version,
    participants: s.participants,
    questions: s.questions as { id: string; kind: 'number' | 'choice'; options: ChoiceOption[] }[],
    scenarios: s.scenarios as string[],
    answers: s.answers as AnswerGroup[],
    ratings: s.ratings as RatingGroup[]
  });
}

export async function readOwnPg(db: Queryable, code: string, participant: string): Promise<OwnAnswers> {
  const r = await db.query(
    `SELECT
       (SELECT nickname FROM live_participants WHERE session = $1 AND id = $2) AS nickname,
       (SELECT coalesce(json_agg(json_build_object('q', question, 'num', num, 'choice', choice)), '[]')
          FROM live_votes WHERE session = $1 AND participant = $2) AS votes,
       (SELECT coalesce(json_agg(json_build_object('s', scenario, 'v', value)), '[]')
          FROM live_ratings WHERE session = $1 AND participant = $2) AS ratings`,
    [code, participant]
  );
  const row = r.rows[0];
  const votes: Record<string, AnswerValue> = {};
  for (const v of row.votes as { q: string; num: number | null; choice: string | null }[]) {
    votes[v.q] = v.choice ?? (v.num as number);
  }
  const ratings: Record<string, number> = {};
  for (const x of row.ratings as { s: string; v: number }[]) ratings[x.s] = x.v;
  return { nickname: row.nickname ?? null, votes, ratings };
}

export async function readExportPg(db: Queryable, code: string): Promise<ExportVote[]> {
  // COLLATE "C": the same order as SQLite's (bytes), whatever the database's default collation.
  const r = await db.query(
    `SELECT * FROM (
     SELECT v.participant, p.nickname, v.question, q.kind, v.num, v.choice, v.updated_at AS at
       FROM live_votes v
       JOIN live_questions q ON q.session = v.session AND q.id = v.question
       JOIN live_participants p ON p.session = v.session AND p.id = v.participant
      WHERE v.session = $1
     UNION ALL
     SELECT r.participant, p.nickname, r.scenario, 'rating', r.value, NULL, r.updated_at
       FROM live_ratings r
       JOIN live_participants p ON p.session = r.session AND p.id = r.participant
      WHERE r.session = $1) x
     ORDER BY at COLLATE "C", participant COLLATE "C", question COLLATE "C"`,
    [code]
  );
  return (
    r.rows as {
      participant: string;
      nickname: string | null;
      question: string;
      kind: ExportVote['kind'];
      num: number | null;
      choice: string | null;
      at: string;
    }[]
  ).map((x) => ({
    participant: x.participant,
    nickname: x.nickname,
    question: x.question,
    kind: x.kind,
    value: x.choice ?? (x.num as number),
    at: x.at
  }));
}
