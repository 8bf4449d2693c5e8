import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// One interface per table; repositories use the Selectable/Insertable/Updateable views.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: 'jobseeker' | 'employer' | 'admin';
  password_hash: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RefreshTokensTable {
  id: string;
  family_id: string;
  user_id: string;
  secret_hash: string;
  issued_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AuditLogTable {
  id: string;
  action: string;
  user_id: string | null;
  ip_address: string | null;
  correlation_id: string;
  details: Json;
  created_at: Timestamp;
}

export interface OutboxTable {
  /** = the envelope's messageId */
  id: string;
  event_type: string;
  version: number;
  correlation_id: string;
  payload: Json;
  occurred_at: Timestamp;
  published_at: Timestamp | null;
  /** Lease: a relay owns the row until then; another relay may take it after. */
  locked_until: Timestamp | null;
  attempts: Generated<number>;
  last_error: string | null;
}

export interface InboxTable {
  consumer: string;
  message_id: string;
  processed_at: Timestamp;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  category: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

/** Embedded mode's dead-letter queue: one row per (consumer, message) that exhausted its retries. */
export interface DeadLettersTable {
  consumer: string;
  message_id: string;
  event_type: string;
  /** The whole envelope. */
  payload: Json;
  error: string;
  attempts: number;
  failed_at: Timestamp;
}

export interface Database {
  users: UsersTable;
  refresh_tokens: RefreshTokensTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  inbox: InboxTable;
  notifications: NotificationsTable;
  dead_letters: DeadLettersTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type RefreshTokenRow = Selectable<RefreshTokensTable>;
export type OutboxRow = Selectable<OutboxTable>;
