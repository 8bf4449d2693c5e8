import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Profiles: one row per user (about, links, experience and education as JSON lists, claimed skills,
// per-section visibility), and verified skill evidence derived from completed courses, certificates
// and accepted submissions. Evidence ids are derived from their fact (`certificate:<id>:<skill>`), so
// the primary key (user_id, id) makes a replayed event or a rebuild write nothing twice. Both are
// distributed by user_id (colocated with users).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE profiles (
      user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
      headline text NOT NULL DEFAULT '',
      summary text NOT NULL DEFAULT '',
      location text NOT NULL DEFAULT '',
      photo_url text,
      website text,
      github text,
      linkedin text,
      experience jsonb NOT NULL DEFAULT '[]',
      education jsonb NOT NULL DEFAULT '[]',
      skills jsonb NOT NULL DEFAULT '[]',
      visibility jsonb NOT NULL,
      updated_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`
    CREATE TABLE skill_evidence (
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      id text NOT NULL,
      skill text NOT NULL,
      level text NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced', 'expert')),
      kind text NOT NULL CHECK (kind IN ('course-completed', 'certificate', 'challenge-passed')),
      source_id uuid,
      source_title text NOT NULL,
      link text,
      difficulty text CHECK (difficulty IN ('easy', 'medium', 'hard')),
      occurred_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, id)
    )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS skill_evidence`.execute(db);
  await sql`DROP TABLE IF EXISTS profiles`.execute(db);
}
