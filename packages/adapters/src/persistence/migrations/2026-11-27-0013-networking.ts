import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Networking: connection requests (a row per request; a partial unique index keeps one pending or
// accepted row per pair, whichever way it was asked), blocks, and conversations of two people (one
// per pair, the ids stored sorted) with their numbered messages and each side's read position.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE network_connections (
      id uuid PRIMARY KEY,
      requester_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      recipient_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      status text NOT NULL CHECK (status IN ('pending', 'accepted', 'ignored', 'withdrawn', 'removed')),
      requested_at timestamptz NOT NULL,
      responded_at timestamptz,
      updated_at timestamptz NOT NULL,
      CHECK (requester_id <> recipient_id),
      CHECK ((status = 'pending') = (responded_at IS NULL))
    )
  `.execute(db);
  await sql`
    CREATE UNIQUE INDEX network_connections_active_pair_key
    ON network_connections (LEAST(requester_id, recipient_id), GREATEST(requester_id, recipient_id))
    WHERE status IN ('pending', 'accepted')
  `.execute(db);
  await sql`CREATE INDEX network_connections_requester_idx ON network_connections (requester_id, requested_at)`.execute(
    db,
  );
  await sql`CREATE INDEX network_connections_recipient_idx ON network_connections (recipient_id, status)`.execute(
    db,
  );
  await sql`
    CREATE TABLE network_blocks (
      blocker_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      blocked_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (blocker_id, blocked_id)
    )
  `.execute(db);
  await sql`CREATE INDEX network_blocks_blocked_idx ON network_blocks (blocked_id)`.execute(db);
  await sql`
    CREATE TABLE network_conversations (
      id uuid PRIMARY KEY,
      user_low uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      user_high uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      initiator_id uuid NOT NULL,
      status text NOT NULL CHECK (status IN ('open', 'requested', 'declined')),
      message_count integer NOT NULL CHECK (message_count >= 0),
      low_read_seq integer NOT NULL DEFAULT 0,
      high_read_seq integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL,
      last_message_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK (user_low < user_high),
      CHECK (initiator_id IN (user_low, user_high)),
      UNIQUE (user_low, user_high)
    )
  `.execute(db);
  await sql`CREATE INDEX network_conversations_high_idx ON network_conversations (user_high)`.execute(db);
  await sql`
    CREATE TABLE network_messages (
      id uuid PRIMARY KEY,
      conversation_id uuid NOT NULL REFERENCES network_conversations (id) ON DELETE CASCADE,
      sender_id uuid NOT NULL,
      body text NOT NULL,
      seq integer NOT NULL CHECK (seq >= 1),
      sent_at timestamptz NOT NULL,
      UNIQUE (conversation_id, seq)
    )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS network_messages`.execute(db);
  await sql`DROP TABLE IF EXISTS network_conversations`.execute(db);
  await sql`DROP TABLE IF EXISTS network_blocks`.execute(db);
  await sql`DROP TABLE IF EXISTS network_connections`.execute(db);
}
