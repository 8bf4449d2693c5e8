import type { ColumnType, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** One connection request and what became of it (see migration 0013). */
export interface NetworkConnectionsTable {
  id: string;
  requester_id: string;
  recipient_id: string;
  status: 'pending' | 'accepted' | 'ignored' | 'withdrawn' | 'removed';
  requested_at: Timestamp;
  responded_at: Timestamp | null;
  updated_at: Timestamp;
}

export interface NetworkBlocksTable {
  blocker_id: string;
  blocked_id: string;
  created_at: Timestamp;
}

/** A pair's conversation: ids sorted (`user_low < user_high`), each side's read position beside them. */
export interface NetworkConversationsTable {
  id: string;
  user_low: string;
  user_high: string;
  initiator_id: string;
  status: 'open' | 'requested' | 'declined';
  message_count: number;
  low_read_seq: number;
  high_read_seq: number;
  created_at: Timestamp;
  last_message_at: Timestamp;
  updated_at: Timestamp;
}

export interface NetworkMessagesTable {
  id: string;
  conversation_id: string;
  sender_id: string;
  body: string;
  seq: number;
  sent_at: Timestamp;
}

export interface NetworkTables {
  network_connections: NetworkConnectionsTable;
  network_blocks: NetworkBlocksTable;
  network_conversations: NetworkConversationsTable;
  network_messages: NetworkMessagesTable;
}

export type ConnectionRow = Selectable<NetworkConnectionsTable>;
export type ConversationRow = Selectable<NetworkConversationsTable>;
