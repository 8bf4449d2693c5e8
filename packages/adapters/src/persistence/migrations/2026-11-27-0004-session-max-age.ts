import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Each refresh token carries when its sign-in happened, so a session has a maximum age however often
// it is refreshed. Existing tokens count from their own issue time.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE refresh_tokens ADD COLUMN family_started_at timestamptz`.execute(db);
  await sql`
    UPDATE refresh_tokens t SET family_started_at = f.started
    FROM (SELECT family_id, min(issued_at) AS started FROM refresh_tokens GROUP BY family_id) f
    WHERE t.family_id = f.family_id`.execute(db);
  await sql`ALTER TABLE refresh_tokens ALTER COLUMN family_started_at SET NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE refresh_tokens DROP COLUMN family_started_at`.execute(db);
}
