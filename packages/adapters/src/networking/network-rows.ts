import type { Connection, Conversation } from '@talentsphere/domain/networking';
import type { ConnectionRow, ConversationRow } from './network-tables';

export function toConnection(row: ConnectionRow): Connection {
  const base = {
    id: row.id,
    requesterId: row.requester_id,
    recipientId: row.recipient_id,
    requestedAt: new Date(row.requested_at),
    updatedAt: new Date(row.updated_at),
  };
  if (row.status === 'pending') return { ...base, status: 'pending', respondedAt: null };
  return { ...base, status: row.status, respondedAt: new Date(row.responded_at ?? row.updated_at) };
}

export const connectionRow = (c: Connection): ConnectionRow => ({
  id: c.id,
  requester_id: c.requesterId,
  recipient_id: c.recipientId,
  status: c.status,
  requested_at: c.requestedAt,
  responded_at: c.respondedAt,
  updated_at: c.updatedAt,
});

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    participants: [row.user_low, row.user_high],
    initiatorId: row.initiator_id,
    status: row.status,
    messageCount: row.message_count,
    readSeq: { [row.user_low]: row.low_read_seq, [row.user_high]: row.high_read_seq },
    createdAt: new Date(row.created_at),
    lastMessageAt: new Date(row.last_message_at),
    updatedAt: new Date(row.updated_at),
  };
}

export const conversationRow = (c: Conversation): ConversationRow => {
  const [low, high] = c.participants;
  return {
    id: c.id,
    user_low: low,
    user_high: high,
    initiator_id: c.initiatorId,
    status: c.status,
    message_count: c.messageCount,
    low_read_seq: c.readSeq[low] ?? 0,
    high_read_seq: c.readSeq[high] ?? 0,
    created_at: c.createdAt,
    last_message_at: c.lastMessageAt,
    updated_at: c.updatedAt,
  };
};
