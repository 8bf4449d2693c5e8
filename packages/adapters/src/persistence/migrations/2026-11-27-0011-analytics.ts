import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Analytics: every event as the analytics consumer stored it (unique by event id, so a redelivery
// is refused), counters per UTC day and metric, and the two "first time" tables that keep counts of
// distinct things exact under redelivery: who was active on a day, and when an application first
// reached each funnel stage. No foreign keys: the log outlives the rows it talks about.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE analytics_events (
      id uuid PRIMARY KEY,
      type text NOT NULL,
      occurred_at timestamptz NOT NULL,
      user_id uuid,
      payload jsonb NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX analytics_events_occurred_idx ON analytics_events (occurred_at)`.execute(db);
  await sql`CREATE INDEX analytics_events_type_idx ON analytics_events (type, occurred_at)`.execute(db);

  await sql`
    CREATE TABLE analytics_daily_counts (
      day date NOT NULL,
      metric text NOT NULL,
      value integer NOT NULL CHECK (value >= 0),
      PRIMARY KEY (day, metric)
    )`.execute(db);

  await sql`
    CREATE TABLE analytics_active_users (
      day date NOT NULL,
      user_id uuid NOT NULL,
      PRIMARY KEY (day, user_id)
    )`.execute(db);

  await sql`
    CREATE TABLE analytics_application_stages (
      application_id uuid NOT NULL,
      stage text NOT NULL,
      day date NOT NULL,
      PRIMARY KEY (application_id, stage)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'analytics_application_stages',
    'analytics_active_users',
    'analytics_daily_counts',
    'analytics_events',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
