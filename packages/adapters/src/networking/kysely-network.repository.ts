import type { NetworkRepository } from '@talentsphere/application/networking';
import type { RowLock } from '@talentsphere/application/recruiting';
import {
  ACTIVE_CONNECTION_STATUSES,
  type Connection,
  type Conversation,
  type Message,
  pairKey,
} from '@talentsphere/domain/networking';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../persistence/tables';
import { withLock } from '../recruiting/row-lock';
import { connectionRow, conversationRow, toConnection, toConversation } from './network-rows';

/** Connections, blocks, conversations and messages, on a transaction the unit of work hands in. */
export class KyselyNetworkRepository implements NetworkRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async lockMembers(userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) return;
    // One statement, ids sorted: rows are locked in the same order by every transaction.
    await this.db
      .selectFrom('users')
      .select('id')
      .where('id', 'in', [...new Set(userIds)].sort())
      .orderBy('id')
      .forUpdate()
      .execute();
  }

  async connectionById(id: string, lock?: RowLock): Promise<Connection | undefined> {
    const query = this.db.selectFrom('network_connections').selectAll().where('id', '=', id);
    const row = await withLock(query, lock).executeTakeFirst();
    return row && toConnection(row);
  }

  async pairHistory(a: string, b: string, lock?: RowLock): Promise<Connection[]> {
    const query = this.db
      .selectFrom('network_connections')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb.and([eb('requester_id', '=', a), eb('recipient_id', '=', b)]),
          eb.and([eb('requester_id', '=', b), eb('recipient_id', '=', a)]),
        ]),
      )
      .orderBy('requested_at')
      .orderBy('id');
    const rows = await withLock(query, lock).execute();
    return rows.map(toConnection);
  }

  async requestTimesSince(requesterId: string, since: Date): Promise<Date[]> {
    const rows = await this.db
      .selectFrom('network_connections')
      .select('requested_at')
      .where('requester_id', '=', requesterId)
      .where('requested_at', '>=', since)
      .execute();
    return rows.map((r) => new Date(r.requested_at));
  }

  async messageRequestTimesSince(initiatorId: string, since: Date): Promise<Date[]> {
    const rows = await this.db
      .selectFrom('network_conversations as v')
      .select('v.created_at')
      .where('v.initiator_id', '=', initiatorId)
      .where('v.created_at', '>=', since)
      // Begun while not connected: no row of the pair was accepted by then and not removed before it.
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('network_connections as n')
              .select('n.id')
              .where(
                sql<boolean>`LEAST(n.requester_id, n.recipient_id) = v.user_low AND GREATEST(n.requester_id, n.recipient_id) = v.user_high`,
              )
              .whereRef('n.responded_at', '<=', 'v.created_at')
              .where((eb) =>
                eb.or([
                  eb('n.status', '=', 'accepted'),
                  eb.and([eb('n.status', '=', 'removed'), eb('n.updated_at', '>', eb.ref('v.created_at'))]),
                ]),
              ),
          ),
        ),
      )
      .execute();
    return rows.map((r) => new Date(r.created_at));
  }

  async insertConnection(connection: Connection): Promise<'inserted' | 'duplicate'> {
    // ON CONFLICT on the partial unique index: a lost race is an answer, not an aborted transaction.
    const inserted = await this.db
      .insertInto('network_connections')
      .values(connectionRow(connection))
      .onConflict((oc) =>
        oc
          .expression(sql`LEAST(requester_id, recipient_id), GREATEST(requester_id, recipient_id)`)
          .where('status', 'in', ACTIVE_CONNECTION_STATUSES as Connection['status'][])
          .doNothing(),
      )
      .returning('id')
      .executeTakeFirst();
    return inserted ? 'inserted' : 'duplicate';
  }

  async updateConnection(connection: Connection): Promise<void> {
    const { id: _id, ...changes } = connectionRow(connection);
    await this.db.updateTable('network_connections').set(changes).where('id', '=', connection.id).execute();
  }

  async isBlocked(a: string, b: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('network_blocks')
      .select('blocker_id')
      .where((eb) =>
        eb.or([
          eb.and([eb('blocker_id', '=', a), eb('blocked_id', '=', b)]),
          eb.and([eb('blocker_id', '=', b), eb('blocked_id', '=', a)]),
        ]),
      )
      .executeTakeFirst();
    return row !== undefined;
  }

  async block(blockerId: string, blockedId: string, at: Date): Promise<void> {
    await this.db
      .insertInto('network_blocks')
      .values({ blocker_id: blockerId, blocked_id: blockedId, created_at: at })
      .onConflict((oc) => oc.columns(['blocker_id', 'blocked_id']).doNothing())
      .execute();
  }

  async unblock(blockerId: string, blockedId: string): Promise<boolean> {
    const deleted = await this.db
      .deleteFrom('network_blocks')
      .where('blocker_id', '=', blockerId)
      .where('blocked_id', '=', blockedId)
      .executeTakeFirst();
    return Number(deleted.numDeletedRows) > 0;
  }

  async conversationById(id: string, lock?: RowLock): Promise<Conversation | undefined> {
    const query = this.db.selectFrom('network_conversations').selectAll().where('id', '=', id);
    const row = await withLock(query, lock).executeTakeFirst();
    return row && toConversation(row);
  }

  async conversationBetween(a: string, b: string, lock?: RowLock): Promise<Conversation | undefined> {
    const [low, high] = pairKey(a, b);
    const query = this.db
      .selectFrom('network_conversations')
      .selectAll()
      .where('user_low', '=', low)
      .where('user_high', '=', high);
    const row = await withLock(query, lock).executeTakeFirst();
    return row && toConversation(row);
  }

  async insertConversation(conversation: Conversation): Promise<void> {
    await this.db.insertInto('network_conversations').values(conversationRow(conversation)).execute();
  }

  async updateConversation(conversation: Conversation): Promise<void> {
    const {
      id: _id,
      user_low: _low,
      user_high: _high,
      created_at: _created,
      ...changes
    } = conversationRow(conversation);
    await this.db
      .updateTable('network_conversations')
      .set(changes)
      .where('id', '=', conversation.id)
      .execute();
  }

  async insertMessage(message: Message): Promise<void> {
    await this.db
      .insertInto('network_messages')
      .values({
        id: message.id,
        conversation_id: message.conversationId,
        sender_id: message.senderId,
        body: message.body,
        seq: message.seq,
        sent_at: message.sentAt,
      })
      .execute();
  }
}
