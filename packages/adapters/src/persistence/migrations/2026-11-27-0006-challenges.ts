import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Challenges: the grading spec (tests, limits, reference solution) and the details are saved whole
// with the aggregate, as jsonb documents beside the columns the list filters on; their authors; and
// submissions with their judgement as one jsonb document, its verdict and runtime copied into columns
// that leaderboards and stats read without opening it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE challenges (
      id uuid PRIMARY KEY,
      slug text NOT NULL,
      title text NOT NULL,
      statement text NOT NULL,
      difficulty text NOT NULL CHECK (difficulty IN ('easy', 'medium', 'hard')),
      skills jsonb NOT NULL,
      skill_names text[] NOT NULL,
      -- Derived from starter_code by the repository, so list cards never load the starter code.
      languages text[] NOT NULL,
      starter_code jsonb NOT NULL,
      entry_function text NOT NULL,
      -- Sample and hidden tests in order; only the studio and the grader read hidden ones.
      tests jsonb NOT NULL,
      limits jsonb NOT NULL,
      reference_solution jsonb NOT NULL,
      grading_version integer NOT NULL CHECK (grading_version >= 1),
      -- {version, passed, at} of the reference solution's last run, or null before the first.
      validation jsonb,
      status text NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
      published_at timestamptz,
      retired_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      -- Written by the challenge repository (title and skills weigh most, then the statement); a
      -- generated column cannot join the skill names, as with courses.search.
      search tsvector NOT NULL,
      CHECK ((status = 'draft') = (published_at IS NULL)),
      CHECK ((status = 'retired') = (retired_at IS NOT NULL))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX challenges_slug_key ON challenges (slug)`.execute(db);
  await sql`CREATE INDEX challenges_search_idx ON challenges USING gin (search)`.execute(db);
  await sql`CREATE INDEX challenges_skill_names_idx ON challenges USING gin (skill_names)`.execute(db);
  await sql`
    CREATE INDEX challenges_published_list_idx ON challenges (published_at, id)
      WHERE status = 'published'`.execute(db);

  await sql`
    CREATE TABLE challenge_authors (
      challenge_id uuid NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      position smallint NOT NULL,
      PRIMARY KEY (challenge_id, user_id)
    )`.execute(db);
  await sql`CREATE INDEX challenge_authors_user_idx ON challenge_authors (user_id)`.execute(db);

  await sql`
    CREATE TABLE submissions (
      id uuid PRIMARY KEY,
      challenge_id uuid NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      language text NOT NULL CHECK (language IN ('javascript', 'typescript')),
      source text NOT NULL,
      status text NOT NULL CHECK (status IN ('queued', 'running', 'judged')),
      -- {verdict, passed, total, timeMs, memoryBytes, results: [{testId, visibility, verdict, timeMs,
      -- memoryBytes}]}: hidden tests keep their verdict and cost only.
      judgement jsonb,
      verdict text CHECK (verdict IN ('ACCEPTED', 'WRONG_ANSWER', 'TIME_LIMIT_EXCEEDED',
        'MEMORY_LIMIT_EXCEEDED', 'OUTPUT_LIMIT_EXCEEDED', 'RUNTIME_ERROR', 'COMPILATION_ERROR',
        'INTERNAL_ERROR')),
      -- The slowest test in milliseconds, fractional as the sandbox measures it.
      time_ms double precision,
      submitted_at timestamptz NOT NULL,
      judged_at timestamptz,
      updated_at timestamptz NOT NULL,
      CHECK ((status = 'judged') = (judgement IS NOT NULL)),
      CHECK ((status = 'judged') = (verdict IS NOT NULL)),
      CHECK ((status = 'judged') = (time_ms IS NOT NULL)),
      CHECK ((status = 'judged') = (judged_at IS NOT NULL))
    )`.execute(db);
  // A learner's history on one challenge, newest first; also what stats count per challenge.
  await sql`
    CREATE INDEX submissions_history_idx ON submissions (challenge_id, user_id, submitted_at DESC)`.execute(
    db,
  );
  // The per-challenge leaderboard: accepted submissions by the time they were judged, then runtime.
  await sql`
    CREATE INDEX submissions_accepted_idx ON submissions (challenge_id, judged_at, time_ms)
      WHERE verdict = 'ACCEPTED'`.execute(db);
  // The overall leaderboard and "solved by me" go by user.
  await sql`CREATE INDEX submissions_user_idx ON submissions (user_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['submissions', 'challenge_authors', 'challenges']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
