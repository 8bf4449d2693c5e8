import { err, ok, type Result } from 'neverthrow';
import type { AppError, DomainEvent } from '../shared';
import { capWaitSeconds } from './connection';
import { NETWORK_POLICY, type NetworkPolicy } from './network-policy';
import { networkErrors } from './networking.errors';

/**
 * Two people's messages. Between connections it is `open` from the start. A non-connection's first
 * message makes it a message request (`requested`): the recipient accepts (it becomes `open`, and a
 * reply counts as accepting) or declines (`declined`: the initiator cannot write again unless the two
 * connect). Connecting opens it whatever it was.
 */
export type ConversationStatus = 'open' | 'requested' | 'declined';

export interface Conversation {
  readonly id: string;
  /** The two participants, sorted, so a pair has one conversation. */
  readonly participants: readonly [string, string];
  /** Who wrote first: for a message request, the one asking. */
  readonly initiatorId: string;
  readonly status: ConversationStatus;
  /** Messages are numbered 1, 2, … in the order they were sent. */
  readonly messageCount: number;
  /** Per participant, the number of the last message they have seen. */
  readonly readSeq: Readonly<Record<string, number>>;
  readonly createdAt: Date;
  readonly lastMessageAt: Date;
  readonly updatedAt: Date;
}

export interface Message {
  readonly id: string;
  readonly conversationId: string;
  readonly senderId: string;
  readonly body: string;
  readonly seq: number;
  readonly sentAt: Date;
}

export type MessageEvent = DomainEvent<
  'network.message.sent',
  {
    messageId: string;
    conversationId: string;
    senderId: string;
    recipientId: string;
    /** The message's number in its conversation. */
    seq: number;
    /** Sent as (or into) a message request that the recipient has not accepted. */
    request: boolean;
  }
>;

type Ctx = { now: Date };

export const pairKey = (a: string, b: string): readonly [string, string] => (a < b ? [a, b] : [b, a]);
export const isParticipant = (c: Conversation, userId: string): boolean => c.participants.includes(userId);
export const otherParticipant = (c: Conversation, userId: string): string =>
  c.participants[0] === userId ? c.participants[1] : c.participants[0];

/** Messages the other person sent that `userId` has not seen; sending one marks all before it seen. */
export const unreadFor = (c: Conversation, userId: string): number =>
  Math.max(0, c.messageCount - (c.readSeq[userId] ?? 0));

/** How the two stand when a message is sent, read in the same transaction. */
export interface MessageFacts {
  readonly connected: boolean;
  readonly blocked: boolean;
  /** When the sender started each of their recent message requests, at least the cap window's. */
  readonly recentMessageRequestTimes: readonly Date[];
}

/**
 * `senderId` writes to `recipientId`, in their existing conversation or (when `conversation` is null)
 * a new one with id `input.conversationId`.
 */
export function sendMessage(
  conversation: Conversation | null,
  input: { conversationId: string; messageId: string; senderId: string; recipientId: string; body: string },
  facts: MessageFacts,
  { now }: Ctx,
  policy: NetworkPolicy = NETWORK_POLICY,
): Result<{ state: Conversation; message: Message; events: MessageEvent[] }, AppError> {
  if (input.senderId === input.recipientId) return err(networkErrors.yourself());
  if (facts.blocked) return err(networkErrors.blocked());
  const status = nextStatus(conversation, input.senderId, facts.connected);
  if (status.isErr()) return err(status.error);
  if (!conversation && status.value === 'requested') {
    const cap = policy.weeklyMessageRequestCap;
    const wait = capWaitSeconds(facts.recentMessageRequestTimes, now, policy, cap);
    if (wait > 0) return err(networkErrors.weeklyCap(cap, wait, 'message requests'));
  }
  const body = input.body.trim();
  const limit = status.value === 'open' ? policy.messageMaxLength : policy.messageRequestMaxLength;
  if (body.length === 0 || body.length > limit) {
    return err(
      networkErrors.message(
        status.value === 'open'
          ? `Write 1–${limit} characters.`
          : `A message request is a short note: write 1–${limit} characters.`,
      ),
    );
  }
  const base: Conversation = conversation ?? {
    id: input.conversationId,
    participants: pairKey(input.senderId, input.recipientId),
    initiatorId: input.senderId,
    status: status.value,
    messageCount: 0,
    readSeq: {},
    createdAt: now,
    lastMessageAt: now,
    updatedAt: now,
  };
  const seq = base.messageCount + 1;
  const state: Conversation = {
    ...base,
    status: status.value,
    messageCount: seq,
    readSeq: { ...base.readSeq, [input.senderId]: seq },
    lastMessageAt: now,
    updatedAt: now,
  };
  const message: Message = {
    id: input.messageId,
    conversationId: state.id,
    senderId: input.senderId,
    body,
    seq,
    sentAt: now,
  };
  return ok({
    state,
    message,
    events: [
      {
        type: 'network.message.sent',
        data: {
          messageId: message.id,
          conversationId: state.id,
          senderId: input.senderId,
          recipientId: input.recipientId,
          seq,
          request: status.value === 'requested',
        },
      },
    ],
  });
}

function nextStatus(
  conversation: Conversation | null,
  senderId: string,
  connected: boolean,
): Result<ConversationStatus, AppError> {
  if (connected) return ok('open');
  if (!conversation) return ok('requested');
  if (conversation.status === 'open') return ok('open');
  // The recipient of a request (or of a declined one) writing back opens it.
  if (conversation.initiatorId !== senderId) return ok('open');
  return err(
    conversation.status === 'requested'
      ? networkErrors.awaitingAcceptance()
      : networkErrors.requestDeclined(),
  );
}

function answerRequest(
  conversation: Conversation,
  actorId: string,
  status: 'open' | 'declined',
  now: Date,
): Result<Conversation, AppError> {
  if (!isParticipant(conversation, actorId)) return err(networkErrors.notFound('This conversation'));
  if (conversation.initiatorId === actorId)
    return err(networkErrors.notYours('Only the person you wrote to can answer your message request.'));
  if (conversation.status !== 'requested')
    return err(networkErrors.transition('This message request was already answered.'));
  return ok({ ...conversation, status, updatedAt: now });
}

/** The recipient of a message request accepts it: it becomes an ordinary conversation. */
export const acceptMessageRequest = (c: Conversation, actorId: string, { now }: Ctx) =>
  answerRequest(c, actorId, 'open', now);

/** The recipient declines: the initiator cannot write again unless the two connect. */
export const declineMessageRequest = (c: Conversation, actorId: string, { now }: Ctx) =>
  answerRequest(c, actorId, 'declined', now);

/** `userId` has seen every message so far. */
export function markRead(c: Conversation, userId: string, { now }: Ctx): Result<Conversation, AppError> {
  if (!isParticipant(c, userId)) return err(networkErrors.notFound('This conversation'));
  if ((c.readSeq[userId] ?? 0) === c.messageCount) return ok(c);
  return ok({ ...c, readSeq: { ...c.readSeq, [userId]: c.messageCount }, updatedAt: now });
}
