import type {
  ConversationDetail,
  ConversationSummary,
  NetworkOverview,
  NetworkPulse,
  NetworkQueries,
  RelationshipView,
  SuggestionView,
} from '@talentsphere/application/networking';
import { pairKey, unreadFor } from '@talentsphere/domain/networking';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../persistence/tables';
import { toConversation } from './network-rows';
import type { ConversationRow } from './network-tables';

const byPerson = (a: { person: { name: string; userId: string } }, b: typeof a) =>
  a.person.name.localeCompare(b.person.name) || a.person.userId.localeCompare(b.person.userId);

/** Read models for the networking screens, straight from the tables. */
export class KyselyNetworkQueries implements NetworkQueries {
  constructor(private readonly db: Kysely<Database>) {}

  async overview(userId: string): Promise<NetworkOverview> {
    const rows = await this.db
      .selectFrom('network_connections as c')
      .innerJoin('users as u', (j) =>
        j.on(
          sql<boolean>`u.id = CASE WHEN c.requester_id = ${userId} THEN c.recipient_id ELSE c.requester_id END`,
        ),
      )
      .select([
        'c.id',
        'c.requester_id',
        'c.status',
        'c.requested_at',
        'c.responded_at',
        'u.id as other',
        'u.name',
      ])
      .where((eb) => eb.or([eb('c.requester_id', '=', userId), eb('c.recipient_id', '=', userId)]))
      .where('c.status', 'in', ['pending', 'accepted'])
      .orderBy('c.requested_at', 'desc')
      .orderBy('c.id', 'desc')
      .execute();
    const request = (r: (typeof rows)[number]) => ({
      connectionId: r.id,
      person: { userId: r.other, name: r.name },
      requestedAt: new Date(r.requested_at),
    });
    const blocked = await this.db
      .selectFrom('network_blocks as b')
      .innerJoin('users as u', 'u.id', 'b.blocked_id')
      .select(['u.id', 'u.name'])
      .where('b.blocker_id', '=', userId)
      .execute();
    return {
      incoming: rows.filter((r) => r.status === 'pending' && r.requester_id !== userId).map(request),
      outgoing: rows.filter((r) => r.status === 'pending' && r.requester_id === userId).map(request),
      connections: rows
        .filter((r) => r.status === 'accepted')
        .map((r) => ({
          connectionId: r.id,
          person: { userId: r.other, name: r.name },
          connectedAt: new Date(r.responded_at ?? r.requested_at),
        }))
        .sort(byPerson),
      blocked: blocked
        .map((b) => ({ userId: b.id, name: b.name }))
        .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId)),
    };
  }

  async suggestions(userId: string, limit: number): Promise<SuggestionView[]> {
    // Shared items per person: courses both are enrolled in (not cancelled) and challenges both solved.
    const { rows } = await sql<{
      user_id: string;
      name: string;
      kind: 'course' | 'challenge';
      title: string;
    }>`
      WITH mine_courses AS (
        SELECT course_id FROM enrollments WHERE user_id = ${userId} AND status <> 'cancelled'
      ), mine_solved AS (
        SELECT DISTINCT challenge_id FROM submissions WHERE user_id = ${userId} AND verdict = 'ACCEPTED'
      ), shared AS (
        SELECT DISTINCT e.user_id, 'course' AS kind, e.course_id AS item_id
        FROM enrollments e JOIN mine_courses m ON m.course_id = e.course_id
        WHERE e.status <> 'cancelled'
        UNION
        SELECT DISTINCT s.user_id, 'challenge' AS kind, s.challenge_id AS item_id
        FROM submissions s JOIN mine_solved m ON m.challenge_id = s.challenge_id
        WHERE s.verdict = 'ACCEPTED'
      ), candidates AS (
        SELECT user_id, count(*) AS weight FROM shared
        WHERE user_id <> ${userId}
          AND NOT EXISTS (
            SELECT 1 FROM network_connections c
            WHERE c.status IN ('pending', 'accepted')
              AND ((c.requester_id = ${userId} AND c.recipient_id = shared.user_id)
                OR (c.recipient_id = ${userId} AND c.requester_id = shared.user_id))
          )
          AND NOT EXISTS (
            SELECT 1 FROM network_blocks b
            WHERE (b.blocker_id = ${userId} AND b.blocked_id = shared.user_id)
               OR (b.blocked_id = ${userId} AND b.blocker_id = shared.user_id)
          )
        GROUP BY user_id
      ), top AS (
        SELECT c.user_id, c.weight, u.name FROM candidates c JOIN users u ON u.id = c.user_id
        ORDER BY c.weight DESC, u.name, c.user_id
        LIMIT ${limit}
      )
      SELECT top.user_id, top.name, shared.kind,
        COALESCE(co.title, ch.title, '') AS title
      FROM top
      JOIN shared ON shared.user_id = top.user_id
      LEFT JOIN courses co ON shared.kind = 'course' AND co.id = shared.item_id
      LEFT JOIN challenges ch ON shared.kind = 'challenge' AND ch.id = shared.item_id
      ORDER BY top.weight DESC, top.name, top.user_id, title
    `.execute(this.db);
    const byUser = new Map<
      string,
      { person: { userId: string; name: string }; sharedCourses: string[]; sharedChallenges: string[] }
    >();
    for (const r of rows) {
      const entry = byUser.get(r.user_id) ?? {
        person: { userId: r.user_id, name: r.name },
        sharedCourses: [],
        sharedChallenges: [],
      };
      (r.kind === 'course' ? entry.sharedCourses : entry.sharedChallenges).push(r.title);
      byUser.set(r.user_id, entry);
    }
    return [...byUser.values()];
  }

  /** Conversations `userId` sees (a declined one only by its initiator), with the other person and last message. */
  private async summaries(userId: string, conversationId?: string): Promise<ConversationSummary[]> {
    let query = this.db
      .selectFrom('network_conversations as c')
      .innerJoin('users as u', (j) =>
        j.on(sql<boolean>`u.id = CASE WHEN c.user_low = ${userId} THEN c.user_high ELSE c.user_low END`),
      )
      .leftJoin('network_messages as m', (j) =>
        j.onRef('m.conversation_id', '=', 'c.id').onRef('m.seq', '=', 'c.message_count'),
      )
      .selectAll('c')
      .select(['u.name', 'm.body', 'm.sender_id', 'm.sent_at'])
      .where((eb) => eb.or([eb('c.user_low', '=', userId), eb('c.user_high', '=', userId)]));
    if (conversationId) query = query.where('c.id', '=', conversationId);
    else
      query = query.where((eb) =>
        eb.or([eb('c.status', '<>', 'declined'), eb('c.initiator_id', '=', userId)]),
      );
    const rows = await query.orderBy('c.last_message_at', 'desc').orderBy('c.id', 'desc').execute();
    return rows.map((r) => {
      const conversation = toConversation(r as ConversationRow);
      return {
        conversationId: r.id,
        person: { userId: r.user_low === userId ? r.user_high : r.user_low, name: r.name },
        status: r.status,
        startedByMe: r.initiator_id === userId,
        unread: unreadFor(conversation, userId),
        lastMessage:
          r.body !== null && r.sent_at !== null
            ? { body: r.body, fromMe: r.sender_id === userId, sentAt: new Date(r.sent_at) }
            : null,
        lastMessageAt: new Date(r.last_message_at),
      };
    });
  }

  conversations(userId: string): Promise<ConversationSummary[]> {
    return this.summaries(userId);
  }

  async conversation(
    conversationId: string,
    userId: string,
    limit: number,
  ): Promise<ConversationDetail | undefined> {
    const [summary] = await this.summaries(userId, conversationId);
    if (!summary) return undefined;
    const messages = await this.db
      .selectFrom('network_messages')
      .select(['id', 'sender_id', 'body', 'seq', 'sent_at'])
      .where('conversation_id', '=', conversationId)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
    return {
      ...summary,
      messages: messages.reverse().map((m) => ({
        messageId: m.id,
        senderId: m.sender_id,
        body: m.body,
        seq: m.seq,
        sentAt: new Date(m.sent_at),
      })),
    };
  }

  async pulse(userId: string): Promise<NetworkPulse> {
    const mine = (await this.db
      .selectFrom('network_conversations')
      .selectAll()
      .where((eb) => eb.or([eb('user_low', '=', userId), eb('user_high', '=', userId)]))
      .where((eb) => eb.or([eb('status', '<>', 'declined'), eb('initiator_id', '=', userId)]))
      .execute()) as ConversationRow[];
    const conversations = mine.map(toConversation);
    const incoming = await this.db
      .selectFrom('network_connections')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('recipient_id', '=', userId)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    const latest =
      conversations.length === 0
        ? undefined
        : await this.db
            .selectFrom('network_messages')
            .select('id')
            .where(
              'conversation_id',
              'in',
              conversations.map((c) => c.id),
            )
            .orderBy('sent_at', 'desc')
            .orderBy('id', 'desc')
            .limit(1)
            .executeTakeFirst();
    return {
      unreadMessages: conversations.reduce((sum, c) => sum + unreadFor(c, userId), 0),
      incomingRequests: Number(incoming.n),
      messageRequests: conversations.filter((c) => c.status === 'requested' && c.initiatorId !== userId)
        .length,
      latestMessageId: latest?.id ?? null,
    };
  }

  async relationship(userId: string, otherId: string): Promise<RelationshipView | undefined> {
    const other = await this.db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('id', '=', otherId)
      .executeTakeFirst();
    if (!other) return undefined;
    const blocks = await this.db
      .selectFrom('network_blocks')
      .select('blocker_id')
      .where((eb) =>
        eb.or([
          eb.and([eb('blocker_id', '=', userId), eb('blocked_id', '=', otherId)]),
          eb.and([eb('blocker_id', '=', otherId), eb('blocked_id', '=', userId)]),
        ]),
      )
      .execute();
    if (blocks.some((b) => b.blocker_id === otherId)) return undefined;
    const active = await this.db
      .selectFrom('network_connections')
      .select(['id', 'status', 'requester_id'])
      .where((eb) =>
        eb.or([
          eb.and([eb('requester_id', '=', userId), eb('recipient_id', '=', otherId)]),
          eb.and([eb('requester_id', '=', otherId), eb('recipient_id', '=', userId)]),
        ]),
      )
      .where('status', 'in', ['pending', 'accepted'])
      .executeTakeFirst();
    const [low, high] = pairKey(userId, otherId);
    const conversation = await this.db
      .selectFrom('network_conversations')
      .select(['id', 'status', 'initiator_id'])
      .where('user_low', '=', low)
      .where('user_high', '=', high)
      .executeTakeFirst();
    const visible =
      conversation && (conversation.status !== 'declined' || conversation.initiator_id === userId);
    return {
      person: { userId: other.id, name: other.name },
      connection: active
        ? { connectionId: active.id, status: active.status, requestedByMe: active.requester_id === userId }
        : null,
      blockedByMe: blocks.length > 0,
      conversationId: visible ? conversation.id : null,
    };
  }
}
