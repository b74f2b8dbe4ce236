/**
 * The PostgreSQL schema, version by version: the same versions and tables as the SQLite migrations in db.ts
 * (a test checks that both lists keep the same versions and descriptions). Never edit a shipped migration: add
 * one, to both lists.
 *
 * Differences with SQLite, on purpose: JSON columns are `json` (the text is kept as written and checked),
 * booleans are `boolean`, timestamps stay ISO 8601 text (the API returns them as stored, as with SQLite), and the
 * scenarios table has a `seq` column where SQLite has its rowid (the order of saves within one millisecond).
 */
export interface PgMigration {
  version: number;
  description: string;
  sql: string;
}

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    description: 'scenarios table (immutable saved scenario files, keyed by their share id)',
    sql: `
      CREATE TABLE scenarios (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        id text PRIMARY KEY CHECK (length(id) >= 22),
        schema_version integer NOT NULL,
        region text NOT NULL,
        sector text NOT NULL,
        name text NOT NULL DEFAULT '',
        body json NOT NULL,
        created_at text COLLATE "C" NOT NULL,
        updated_at text NOT NULL
      );
      CREATE INDEX scenarios_created ON scenarios (created_at DESC, seq DESC);
      CREATE INDEX scenarios_region_created ON scenarios (region, created_at DESC, seq DESC);
    `
  },
  {
    version: 2,
    description: 'live sessions: sessions, questions, participants, votes, scenarios for rating, ratings',
    sql: `
      CREATE TABLE live_sessions (
        code text PRIMARY KEY CHECK (length(code) = 6),
        token_hash text NOT NULL CHECK (length(token_hash) = 64),
        region text NOT NULL,
        region_name text NOT NULL,
        sector text NOT NULL,
        sector_name text NOT NULL,
        version bigint NOT NULL DEFAULT 1,
        config_version bigint NOT NULL DEFAULT 1,
        created_at text NOT NULL,
        active_at bigint NOT NULL
      );
      CREATE INDEX live_sessions_active ON live_sessions (active_at);

      CREATE TABLE live_questions (
        session text NOT NULL REFERENCES live_sessions (code) ON DELETE CASCADE,
        id text NOT NULL,
        position integer NOT NULL,
        label text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('number', 'choice')),
        min double precision,
        max double precision,
        step double precision,
        unit text,
        options json NOT NULL,
        help text,
        open boolean NOT NULL,
        PRIMARY KEY (session, id)
      );

      CREATE TABLE live_participants (
        session text NOT NULL REFERENCES live_sessions (code) ON DELETE CASCADE,
        id text NOT NULL CHECK (length(id) BETWEEN 8 AND 64),
        nickname text CHECK (nickname IS NULL OR length(nickname) <= 40),
        joined_at text NOT NULL,
        PRIMARY KEY (session, id)
      );

      CREATE TABLE live_votes (
        session text NOT NULL,
        question text NOT NULL,
        participant text NOT NULL,
        num double precision,
        choice text,
        updated_at text NOT NULL,
        CHECK ((num IS NULL) <> (choice IS NULL)),
        PRIMARY KEY (session, question, participant),
        FOREIGN KEY (session, question) REFERENCES live_questions (session, id) ON DELETE CASCADE,
        FOREIGN KEY (session, participant) REFERENCES live_participants (session, id) ON DELETE CASCADE
      );

      CREATE TABLE live_scenarios (
        session text NOT NULL REFERENCES live_sessions (code) ON DELETE CASCADE,
        id text NOT NULL,
        position integer NOT NULL,
        name text NOT NULL,
        sector text NOT NULL,
        body json NOT NULL,
        figures json NOT NULL,
        map_svg text NOT NULL,
        open boolean NOT NULL,
        created_at text NOT NULL,
        PRIMARY KEY (session, id)
      );

      CREATE TABLE live_ratings (
        session text NOT NULL,
        scenario text NOT NULL,
        participant text NOT NULL,
        value integer NOT NULL CHECK (value BETWEEN 1 AND 5),
        updated_at text NOT NULL,
        PRIMARY KEY (session, scenario, participant),
        FOREIGN KEY (session, scenario) REFERENCES live_scenarios (session, id) ON DELETE CASCADE,
        FOREIGN KEY (session, participant) REFERENCES live_participants (session, id) ON DELETE CASCADE
      );
      CREATE INDEX live_votes_participant ON live_votes (session, participant);
      CREATE INDEX live_ratings_participant ON live_ratings (session, participant);
    `
  }
];
