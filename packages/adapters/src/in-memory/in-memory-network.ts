import type {
  ConversationDetail,
  ConversationSummary,
  NetworkOverview,
  NetworkPulse,
  NetworkQueries,
  NetworkRepository,
  Person,
  RelationshipView,
  SuggestionView,
} from '@talentsphere/application/networking';
import {
  type Connection,
  type Conversation,
  isActive,
  type Message,
  otherParticipant,
  otherParty,
  pairKey,
  unreadFor,
} from '@talentsphere/domain/networking';
import type { InMemoryStore } from './in-memory-database';

export interface StoredBlock {
  readonly blockerId: string;
  readonly blockedId: string;
  readonly createdAt: Date;
}

/** The networking tables: connections, blocks (keyed `${blockerId}|${blockedId}`), conversations, messages. */
export interface InMemoryNetworkTables {
  readonly connections: Map<string, Connection>;
  readonly blocks: Map<string, StoredBlock>;
  readonly conversations: Map<string, Conversation>;
  readonly messages: Map<string, Message>;
}

export const emptyNetworkTables = (): InMemoryNetworkTables => ({
  connections: new Map(),
  blocks: new Map(),
  conversations: new Map(),
  messages: new Map(),
});

export const copyNetworkTables = (t: InMemoryNetworkTables): InMemoryNetworkTables => ({
  connections: new Map(t.connections),
  blocks: new Map(t.blocks),
  conversations: new Map(t.conversations),
  messages: new Map(t.messages),
});

const inPair = (c: Connection, a: string, b: string): boolean =>
  (c.requesterId === a && c.recipientId === b) || (c.requesterId === b && c.recipientId === a);

/** Whether this row had the pair connected at `at`: accepted by then, and not removed before it. */
const connectedAt = (c: Connection, at: Date): boolean =>
  c.respondedAt !== null &&
  c.respondedAt <= at &&
  (c.status === 'accepted' || (c.status === 'removed' && c.updatedAt > at));

const blockedEitherWay = (t: InMemoryNetworkTables, a: string, b: string): boolean =>
  t.blocks.has(`${a}|${b}`) || t.blocks.has(`${b}|${a}`);

/**
 * The twin of KyselyNetworkRepository; it mirrors the pair's partial unique index (one pending or
 * accepted row) and the conversation's unique pair. Locks come from the unit of work, which runs one
 * transaction at a time.
 */
export class InMemoryNetworkRepository implements NetworkRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get t(): InMemoryNetworkTables {
    return this.store.tables.network;
  }

  async lockMembers(): Promise<void> {}

  async connectionById(id: string): Promise<Connection | undefined> {
    return this.t.connections.get(id);
  }

  async pairHistory(a: string, b: string): Promise<Connection[]> {
    return [...this.t.connections.values()]
      .filter((c) => inPair(c, a, b))
      .sort((x, y) => x.requestedAt.getTime() - y.requestedAt.getTime());
  }

  async requestTimesSince(requesterId: string, since: Date): Promise<Date[]> {
    return [...this.t.connections.values()]
      .filter((c) => c.requesterId === requesterId && c.requestedAt >= since)
      .map((c) => c.requestedAt);
  }

  async messageRequestTimesSince(initiatorId: string, since: Date): Promise<Date[]> {
    return [...this.t.conversations.values()]
      .filter(
        (c) =>
          c.initiatorId === initiatorId &&
          c.createdAt >= since &&
          ![...this.t.connections.values()].some(
            (n) => inPair(n, ...c.participants) && connectedAt(n, c.createdAt),
          ),
      )
      .map((c) => c.createdAt);
  }

  async insertConnection(connection: Connection): Promise<'inserted' | 'duplicate'> {
    const { requesterId: a, recipientId: b } = connection;
    if ([...this.t.connections.values()].some((c) => inPair(c, a, b) && isActive(c))) return 'duplicate';
    this.t.connections.set(connection.id, connection);
    return 'inserted';
  }

  async updateConnection(connection: Connection): Promise<void> {
    if (this.t.connections.has(connection.id)) this.t.connections.set(connection.id, connection);
  }

  async isBlocked(a: string, b: string): Promise<boolean> {
    return blockedEitherWay(this.t, a, b);
  }

  async block(blockerId: string, blockedId: string, at: Date): Promise<void> {
    const key = `${blockerId}|${blockedId}`;
    if (!this.t.blocks.has(key)) this.t.blocks.set(key, { blockerId, blockedId, createdAt: at });
  }

  async unblock(blockerId: string, blockedId: string): Promise<boolean> {
    return this.t.blocks.delete(`${blockerId}|${blockedId}`);
  }

  async conversationById(id: string): Promise<Conversation | undefined> {
    return this.t.conversations.get(id);
  }

  async conversationBetween(a: string, b: string): Promise<Conversation | undefined> {
    const [low, high] = pairKey(a, b);
    return [...this.t.conversations.values()].find(
      (c) => c.participants[0] === low && c.participants[1] === high,
    );
  }

  async insertConversation(conversation: Conversation): Promise<void> {
    const [low, high] = conversation.participants;
    if (await this.conversationBetween(low, high))
      throw new Error(`Duplicate conversation for ${low} and ${high}`);
    this.t.conversations.set(conversation.id, conversation);
  }

  async updateConversation(conversation: Conversation): Promise<void> {
    if (this.t.conversations.has(conversation.id)) this.t.conversations.set(conversation.id, conversation);
  }

  async insertMessage(message: Message): Promise<void> {
    this.t.messages.set(message.id, message);
  }
}

/** The twin of KyselyNetworkQueries, over the committed tables. */
export class InMemoryNetworkQueries implements NetworkQueries {
  constructor(private readonly store: InMemoryStore) {}

  private person(userId: string): Person {
    return { userId, name: this.store.tables.users.get(userId)?.name ?? 'Someone' };
  }

  async overview(userId: string): Promise<NetworkOverview> {
    const { network, users } = this.store.tables;
    const mine = [...network.connections.values()].filter(
      (c) => c.requesterId === userId || c.recipientId === userId,
    );
    const byPerson = (a: { person: Person }, b: { person: Person }) =>
      a.person.name.localeCompare(b.person.name) || a.person.userId.localeCompare(b.person.userId);
    const request = (c: Connection) => ({
      connectionId: c.id,
      person: this.person(otherParty(c, userId)),
      requestedAt: c.requestedAt,
    });
    const newestFirst = (a: { requestedAt: Date }, b: { requestedAt: Date }) =>
      b.requestedAt.getTime() - a.requestedAt.getTime();
    return {
      incoming: mine
        .filter((c) => c.status === 'pending' && c.recipientId === userId)
        .map(request)
        .sort(newestFirst),
      outgoing: mine
        .filter((c) => c.status === 'pending' && c.requesterId === userId)
        .map(request)
        .sort(newestFirst),
      connections: mine
        .filter((c) => c.status === 'accepted')
        .map((c) => ({
          connectionId: c.id,
          person: this.person(otherParty(c, userId)),
          connectedAt: c.respondedAt ?? c.requestedAt,
        }))
        .sort(byPerson),
      blocked: [...network.blocks.values()]
        .filter((b) => b.blockerId === userId && users.has(b.blockedId))
        .map((b) => this.person(b.blockedId))
        .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId)),
    };
  }

  async suggestions(userId: string, limit: number): Promise<SuggestionView[]> {
    const { tables } = this.store;
    const courses = new Map<string, Set<string>>();
    for (const e of tables.enrollments.values()) {
      if (e.status === 'cancelled') continue;
      courses.set(e.userId, (courses.get(e.userId) ?? new Set()).add(e.courseId));
    }
    const solved = new Map<string, Set<string>>();
    for (const s of tables.submissions.values()) {
      if (s.judgement?.verdict !== 'ACCEPTED') continue;
      solved.set(s.userId, (solved.get(s.userId) ?? new Set()).add(s.challengeId));
    }
    const myCourses = courses.get(userId) ?? new Set<string>();
    const mySolved = solved.get(userId) ?? new Set<string>();
    const linked = new Set(
      [...tables.network.connections.values()]
        .filter((c) => isActive(c) && (c.requesterId === userId || c.recipientId === userId))
        .map((c) => otherParty(c, userId)),
    );
    const found: SuggestionView[] = [];
    for (const other of tables.users.keys()) {
      if (other === userId || linked.has(other) || blockedEitherWay(tables.network, userId, other)) continue;
      const sharedCourses = [...(courses.get(other) ?? [])].filter((id) => myCourses.has(id));
      const sharedChallenges = [...(solved.get(other) ?? [])].filter((id) => mySolved.has(id));
      if (sharedCourses.length + sharedChallenges.length === 0) continue;
      found.push({
        person: this.person(other),
        sharedCourses: sharedCourses.map((id) => tables.courses.get(id)?.title ?? '').sort(),
        sharedChallenges: sharedChallenges.map((id) => tables.challenges.get(id)?.title ?? '').sort(),
      });
    }
    const weight = (s: SuggestionView) => s.sharedCourses.length + s.sharedChallenges.length;
    return found
      .sort(
        (a, b) =>
          weight(b) - weight(a) ||
          a.person.name.localeCompare(b.person.name) ||
          a.person.userId.localeCompare(b.person.userId),
      )
      .slice(0, limit);
  }

  private summary(c: Conversation, userId: string): ConversationSummary {
    const last = [...this.store.tables.network.messages.values()]
      .filter((m) => m.conversationId === c.id)
      .reduce<Message | undefined>((a, m) => (!a || m.seq > a.seq ? m : a), undefined);
    return {
      conversationId: c.id,
      person: this.person(otherParticipant(c, userId)),
      status: c.status,
      startedByMe: c.initiatorId === userId,
      unread: unreadFor(c, userId),
      lastMessage: last ? { body: last.body, fromMe: last.senderId === userId, sentAt: last.sentAt } : null,
      lastMessageAt: c.lastMessageAt,
    };
  }

  /** Declined requests stay visible to the one who asked (so they see the answer), not to the one who declined. */
  private visible(c: Conversation, userId: string): boolean {
    return c.participants.includes(userId) && (c.status !== 'declined' || c.initiatorId === userId);
  }

  async conversations(userId: string): Promise<ConversationSummary[]> {
    return [...this.store.tables.network.conversations.values()]
      .filter((c) => this.visible(c, userId))
      .sort((a, b) => b.lastMessageAt.getTime() - a.lastMessageAt.getTime() || b.id.localeCompare(a.id))
      .map((c) => this.summary(c, userId));
  }

  async conversation(
    conversationId: string,
    userId: string,
    limit: number,
  ): Promise<ConversationDetail | undefined> {
    const c = this.store.tables.network.conversations.get(conversationId);
    if (!c?.participants.includes(userId)) return undefined;
    const messages = [...this.store.tables.network.messages.values()]
      .filter((m) => m.conversationId === c.id)
      .sort((a, b) => a.seq - b.seq)
      .slice(-limit)
      .map((m) => ({ messageId: m.id, senderId: m.senderId, body: m.body, seq: m.seq, sentAt: m.sentAt }));
    return { ...this.summary(c, userId), messages };
  }

  async pulse(userId: string): Promise<NetworkPulse> {
    const { network } = this.store.tables;
    const mine = [...network.conversations.values()].filter((c) => this.visible(c, userId));
    const latest = [...network.messages.values()]
      .filter((m) => mine.some((c) => c.id === m.conversationId))
      .reduce<Message | undefined>(
        (a, m) => (!a || m.sentAt > a.sentAt || (+m.sentAt === +a.sentAt && m.id > a.id) ? m : a),
        undefined,
      );
    return {
      unreadMessages: mine.reduce((sum, c) => sum + unreadFor(c, userId), 0),
      incomingRequests: [...network.connections.values()].filter(
        (c) => c.status === 'pending' && c.recipientId === userId,
      ).length,
      messageRequests: mine.filter((c) => c.status === 'requested' && c.initiatorId !== userId).length,
      latestMessageId: latest?.id ?? null,
    };
  }

  async relationship(userId: string, otherId: string): Promise<RelationshipView | undefined> {
    const { network, users } = this.store.tables;
    if (!users.has(otherId) || network.blocks.has(`${otherId}|${userId}`)) return undefined;
    const active = [...network.connections.values()].find((c) => inPair(c, userId, otherId) && isActive(c));
    const [low, high] = pairKey(userId, otherId);
    const conversation = [...network.conversations.values()].find(
      (c) => c.participants[0] === low && c.participants[1] === high,
    );
    return {
      person: this.person(otherId),
      connection: active
        ? { connectionId: active.id, status: active.status, requestedByMe: active.requesterId === userId }
        : null,
      blockedByMe: network.blocks.has(`${userId}|${otherId}`),
      conversationId: conversation && this.visible(conversation, userId) ? conversation.id : null,
    };
  }
}
