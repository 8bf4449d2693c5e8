import type { Connection, Conversation, Message } from '@talentsphere/domain/networking';
import type { RowLock } from '../recruiting/recruiting-repositories.port';

/** The networking side of a transaction: connections, blocks, conversations and messages. */
export interface NetworkRepository {
  /**
   * Serialises work on these people (their user rows, locked in id order so two transactions never
   * wait on each other crosswise): the weekly cap and a pair's first conversation are decided under it.
   */
  lockMembers(userIds: readonly string[]): Promise<void>;
  connectionById(id: string, lock?: RowLock): Promise<Connection | undefined>;
  /** Every request between the two, in either direction, oldest first. */
  pairHistory(a: string, b: string, lock?: RowLock): Promise<Connection[]>;
  /** When `requesterId` sent each request since `since`, whatever became of it. */
  requestTimesSince(requesterId: string, since: Date): Promise<Date[]>;
  /**
   * When `initiatorId` started each message request since `since`: the conversations they began while
   * the two were not connected, whatever became of them.
   */
  messageRequestTimesSince(initiatorId: string, since: Date): Promise<Date[]>;
  /** 'duplicate' when the pair already has a pending or accepted row (a race lost to the other side). */
  insertConnection(connection: Connection): Promise<'inserted' | 'duplicate'>;
  updateConnection(connection: Connection): Promise<void>;
  /** A block in either direction. */
  isBlocked(a: string, b: string): Promise<boolean>;
  /** Idempotent. */
  block(blockerId: string, blockedId: string, at: Date): Promise<void>;
  /** Whether there was a block to lift. */
  unblock(blockerId: string, blockedId: string): Promise<boolean>;
  conversationById(id: string, lock?: RowLock): Promise<Conversation | undefined>;
  conversationBetween(a: string, b: string, lock?: RowLock): Promise<Conversation | undefined>;
  insertConversation(conversation: Conversation): Promise<void>;
  /** Saves status, message count, read positions and times. */
  updateConversation(conversation: Conversation): Promise<void>;
  insertMessage(message: Message): Promise<void>;
}
