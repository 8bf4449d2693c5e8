import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Recruiting: companies (with members and reviews), jobs with full-text search, applications with
// their transition history. Distribution key for Citus later: company_id (jobs, applications).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE companies (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      slug text NOT NULL,
      description text NOT NULL DEFAULT '',
      website text,
      location text NOT NULL DEFAULT '',
      size text NOT NULL,
      logo_url text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX companies_slug_key ON companies (slug)`.execute(db);

  await sql`
    CREATE TABLE company_members (
      company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('owner', 'recruiter')),
      added_at timestamptz NOT NULL,
      PRIMARY KEY (company_id, user_id)
    )`.execute(db);
  await sql`CREATE INDEX company_members_user_idx ON company_members (user_id)`.execute(db);

  await sql`
    CREATE TABLE company_reviews (
      id uuid PRIMARY KEY,
      company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
      author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
      body text NOT NULL,
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX company_reviews_one_per_author ON company_reviews (company_id, author_id)`.execute(
    db,
  );

  await sql`
    CREATE TABLE jobs (
      id uuid PRIMARY KEY,
      company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
      title text NOT NULL,
      description text NOT NULL,
      requirements jsonb NOT NULL,
      location text NOT NULL,
      remote_policy text NOT NULL CHECK (remote_policy IN ('onsite', 'hybrid', 'remote')),
      employment_type text NOT NULL CHECK (employment_type IN ('full-time', 'part-time', 'contract', 'internship')),
      salary_min bigint,
      salary_max bigint,
      salary_currency char(3),
      skills jsonb NOT NULL,
      skill_names text[] NOT NULL,
      status text NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      opened_at timestamptz,
      closed_at timestamptz,
      -- Written by the job repository (title and skills weigh most); a generated column cannot
      -- use array_to_string, which is not immutable.
      search tsvector NOT NULL,
      CHECK (salary_min IS NULL OR (salary_max IS NOT NULL AND salary_currency IS NOT NULL AND salary_min >= 0 AND salary_min <= salary_max))
    )`.execute(db);
  await sql`CREATE INDEX jobs_search_idx ON jobs USING gin (search)`.execute(db);
  await sql`CREATE INDEX jobs_skill_names_idx ON jobs USING gin (skill_names)`.execute(db);
  await sql`CREATE INDEX jobs_open_newest_idx ON jobs (opened_at DESC, id DESC) WHERE status = 'open'`.execute(
    db,
  );
  await sql`CREATE INDEX jobs_company_idx ON jobs (company_id, created_at DESC)`.execute(db);

  await sql`
    CREATE TABLE job_applications (
      id uuid PRIMARY KEY,
      job_id uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
      company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
      candidate_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      status text NOT NULL CHECK (status IN ('active', 'hired', 'rejected', 'withdrawn')),
      stage text NOT NULL CHECK (stage IN ('applied', 'screening', 'assessment', 'interview', 'offer')),
      cover_letter text NOT NULL,
      resume_url text,
      rejection_reason text,
      rejected_by text CHECK (rejected_by IN ('employer', 'candidate')),
      viewed_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  // One application per candidate and job unless withdrawn (a rejected one is un-rejected instead).
  await sql`
    CREATE UNIQUE INDEX job_applications_one_per_candidate
      ON job_applications (job_id, candidate_id) WHERE status <> 'withdrawn'`.execute(db);
  await sql`CREATE INDEX job_applications_job_idx ON job_applications (job_id, stage)`.execute(db);
  await sql`CREATE INDEX job_applications_candidate_idx ON job_applications (candidate_id, created_at DESC)`.execute(
    db,
  );

  await sql`
    CREATE TABLE application_transitions (
      id uuid PRIMARY KEY,
      application_id uuid NOT NULL REFERENCES job_applications (id) ON DELETE CASCADE,
      kind text NOT NULL,
      actor_id uuid NOT NULL,
      actor_role text NOT NULL CHECK (actor_role IN ('employer', 'candidate')),
      from_status text,
      to_status text NOT NULL,
      from_stage text,
      to_stage text NOT NULL,
      reason text,
      at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX application_transitions_app_idx ON application_transitions (application_id, at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'application_transitions',
    'job_applications',
    'jobs',
    'company_reviews',
    'company_members',
    'companies',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
