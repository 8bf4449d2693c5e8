import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// The local payment provider counts failed deliveries of each event and parks one that keeps failing
// (failed_at, last_error), so the events queued behind it are delivered.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE local_payment_events
      ADD COLUMN attempts integer NOT NULL DEFAULT 0,
      ADD COLUMN failed_at timestamptz,
      ADD COLUMN last_error text`.execute(db);
  await sql`DROP INDEX local_payment_events_undelivered`.execute(db);
  await sql`
    CREATE INDEX local_payment_events_undelivered ON local_payment_events (created_at, id)
      WHERE delivered_at IS NULL AND failed_at IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX local_payment_events_undelivered`.execute(db);
  await sql`
    CREATE INDEX local_payment_events_undelivered ON local_payment_events (created_at, id)
      WHERE delivered_at IS NULL`.execute(db);
  await sql`
    ALTER TABLE local_payment_events
      DROP COLUMN attempts, DROP COLUMN failed_at, DROP COLUMN last_error`.execute(db);
}
