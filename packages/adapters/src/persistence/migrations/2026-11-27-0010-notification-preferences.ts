import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Notifications: each person's inbox numbers its notifications (seq) in commit order, through a
// counter row per person that the inserting transaction holds until it commits, so a live stream can
// resume after the last number a client saw; and the categories each person switched on or off
// (no row: on).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE notifications ADD COLUMN seq integer`.execute(db);
  await sql`
    UPDATE notifications AS n SET seq = numbered.seq
    FROM (
      SELECT id, row_number() OVER (PARTITION BY user_id ORDER BY created_at, id) AS seq FROM notifications
    ) AS numbered
    WHERE n.id = numbered.id
  `.execute(db);
  await sql`ALTER TABLE notifications ALTER COLUMN seq SET NOT NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX notifications_user_seq_key ON notifications (user_id, seq)`.execute(db);
  await sql`
    CREATE TABLE notification_counters (
      user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
      last_seq integer NOT NULL CHECK (last_seq >= 1)
    )
  `.execute(db);
  await sql`
    INSERT INTO notification_counters (user_id, last_seq)
    SELECT user_id, max(seq) FROM notifications GROUP BY user_id
  `.execute(db);
  await sql`
    CREATE TABLE notification_preferences (
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      category text NOT NULL,
      in_app boolean NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, category)
    )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS notification_preferences`.execute(db);
  await sql`DROP TABLE IF EXISTS notification_counters`.execute(db);
  await sql`DROP INDEX IF EXISTS notifications_user_seq_key`.execute(db);
  await sql`ALTER TABLE notifications DROP COLUMN IF EXISTS seq`.execute(db);
}
