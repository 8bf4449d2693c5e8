import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Gamification: the append-only points ledger (the truth of everyone's points; one line per
// (user, rule, subject) and per source event, so redelivered and replayed events add nothing), each
// person's level (a row the awarding transaction locks, so awards for one person run one at a time)
// and the badges they earned. Distributed by user_id, like every per-person table.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE gamification_players (
      user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
      level integer NOT NULL CHECK (level >= 1),
      updated_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`
    CREATE TABLE gamification_ledger (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      rule_id text NOT NULL,
      subject text NOT NULL,
      points integer NOT NULL CHECK (points >= 0),
      event_id uuid NOT NULL,
      awarded_at timestamptz NOT NULL,
      CONSTRAINT gamification_ledger_once_key UNIQUE (user_id, rule_id, subject),
      CONSTRAINT gamification_ledger_event_key UNIQUE (user_id, event_id)
    )
  `.execute(db);
  await sql`CREATE INDEX gamification_ledger_user_time_idx ON gamification_ledger (user_id, awarded_at)`.execute(
    db,
  );
  // The weekly rebuild sums one week of everyone's lines.
  await sql`CREATE INDEX gamification_ledger_time_idx ON gamification_ledger (awarded_at)`.execute(db);
  await sql`
    CREATE TABLE gamification_badges (
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      badge text NOT NULL,
      earned_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, badge)
    )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS gamification_badges`.execute(db);
  await sql`DROP TABLE IF EXISTS gamification_ledger`.execute(db);
  await sql`DROP TABLE IF EXISTS gamification_players`.execute(db);
}
