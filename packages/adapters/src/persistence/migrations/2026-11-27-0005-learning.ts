import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Learning: courses (the syllabus is one jsonb document, as the aggregate is saved whole), their
// authors, enrolments with per-lesson progress as jsonb, and certificates. Users may be instructors.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE users DROP CONSTRAINT users_role_check`.execute(db);
  await sql`
    ALTER TABLE users ADD CONSTRAINT users_role_check
      CHECK (role IN ('jobseeker', 'employer', 'instructor', 'admin'))`.execute(db);

  await sql`
    CREATE TABLE courses (
      id uuid PRIMARY KEY,
      slug text NOT NULL,
      title text NOT NULL,
      summary text NOT NULL,
      description text NOT NULL,
      level text NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
      skills jsonb NOT NULL,
      skill_names text[] NOT NULL,
      cover_image_url text,
      access_tier text NOT NULL CHECK (access_tier IN ('free', 'pro')),
      -- Sections with their lessons and content, in order: read and written whole with the aggregate.
      sections jsonb NOT NULL,
      -- Derived from sections by the repository, so catalog cards never load the syllabus.
      lesson_count integer NOT NULL,
      video_seconds integer NOT NULL,
      status text NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
      published_at timestamptz,
      archived_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      -- Written by the course repository (title and skills weigh most, then the summary, then the
      -- description); a generated column cannot join the skill names, as with jobs.search.
      search tsvector NOT NULL,
      CHECK ((status = 'draft') = (published_at IS NULL)),
      CHECK ((status = 'archived') = (archived_at IS NOT NULL))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX courses_slug_key ON courses (slug)`.execute(db);
  await sql`CREATE INDEX courses_search_idx ON courses USING gin (search)`.execute(db);
  await sql`CREATE INDEX courses_skill_names_idx ON courses USING gin (skill_names)`.execute(db);
  await sql`
    CREATE INDEX courses_published_newest_idx ON courses (published_at DESC, id DESC)
      WHERE status = 'published'`.execute(db);

  await sql`
    CREATE TABLE course_authors (
      course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      position smallint NOT NULL,
      PRIMARY KEY (course_id, user_id)
    )`.execute(db);
  await sql`CREATE INDEX course_authors_user_idx ON course_authors (user_id)`.execute(db);

  await sql`
    CREATE TABLE enrollments (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
      status text NOT NULL CHECK (status IN ('active', 'completed', 'cancelled')),
      -- [{lessonId, status, completedAt}] for the lessons started; the others are not started.
      lessons jsonb NOT NULL,
      last_lesson_id text,
      enrolled_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      completed_at timestamptz,
      cancelled_at timestamptz,
      CHECK ((status = 'completed') = (completed_at IS NOT NULL)),
      CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
    )`.execute(db);
  // One enrolment per learner and course, whatever its status: re-enrolling resumes it.
  await sql`CREATE UNIQUE INDEX enrollments_one_per_learner ON enrollments (user_id, course_id)`.execute(db);
  await sql`CREATE INDEX enrollments_course_idx ON enrollments (course_id, status, id)`.execute(db);
  await sql`CREATE INDEX enrollments_learner_recent_idx ON enrollments (user_id, updated_at DESC)`.execute(
    db,
  );

  // Issued once with the completion and never changed; the code is what the public page looks up.
  await sql`
    CREATE TABLE certificates (
      id uuid PRIMARY KEY,
      enrollment_id uuid NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
      verification_code text NOT NULL,
      issued_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX certificates_enrollment_key ON certificates (enrollment_id)`.execute(db);
  await sql`CREATE UNIQUE INDEX certificates_code_key ON certificates (verification_code)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['certificates', 'enrollments', 'course_authors', 'courses']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
  await sql`ALTER TABLE users DROP CONSTRAINT users_role_check`.execute(db);
  await sql`
    ALTER TABLE users ADD CONSTRAINT users_role_check
      CHECK (role IN ('jobseeker', 'employer', 'admin'))`.execute(db);
}
