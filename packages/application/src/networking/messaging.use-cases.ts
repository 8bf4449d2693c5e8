import {
  acceptMessageRequest,
  type Conversation,
  DAY_MS,
  declineMessageRequest,
  markRead,
  networkErrors,
  sendMessage,
} from '@talentsphere/domain/networking';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import type { RequestContext } from '../shared/ports';
import { type NetworkDeps, policyOf } from './network-deps';
import type { ConversationDetail, ConversationSummary, NetworkPulse } from './network-read-models';

const PAGE = 200;

/**
 * Writes to a person: in the pair's conversation, or a new one. Between connections it is a direct
 * message; otherwise the first one is a message request the recipient answers.
 */
export class SendMessage {
  constructor(private readonly deps: Pick<NetworkDeps, 'uow' | 'clock' | 'ids' | 'policy'>) {}

  execute(
    actor: Actor,
    input: { recipientId: string; body: string },
    ctx: RequestContext,
  ): ResultAsync<{ conversationId: string; messageId: string }, AppError> {
    const { deps } = this;
    return deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          if (input.recipientId !== actor.userId && !(await scope.users.findById(input.recipientId)))
            return err(networkErrors.notFound('This person'));
          // The pair's lock makes the first message of two people writing at once create one conversation,
          // and (as the sender's lock) lets two first messages to strangers not both take the cap's last place.
          await scope.network.lockMembers([actor.userId, input.recipientId]);
          const conversation = await scope.network.conversationBetween(
            actor.userId,
            input.recipientId,
            'update',
          );
          const history = await scope.network.pairHistory(actor.userId, input.recipientId);
          const connected = history.some((c) => c.status === 'accepted');
          const now = deps.clock.now();
          const policy = policyOf(deps);
          // Only a first message to a stranger is a new message request, the one thing the cap counts.
          const recentMessageRequestTimes =
            conversation || connected
              ? []
              : await scope.network.messageRequestTimesSince(
                  actor.userId,
                  new Date(now.getTime() - policy.capWindowDays * DAY_MS),
                );
          const sent = sendMessage(
            conversation ?? null,
            {
              conversationId: deps.ids.next(),
              messageId: deps.ids.next(),
              senderId: actor.userId,
              recipientId: input.recipientId,
              body: input.body,
            },
            {
              connected,
              blocked: await scope.network.isBlocked(actor.userId, input.recipientId),
              recentMessageRequestTimes,
            },
            { now },
            policy,
          );
          if (sent.isErr()) return err(sent.error);
          const { state, message, events } = sent.value;
          if (conversation) await scope.network.updateConversation(state);
          else await scope.network.insertConversation(state);
          await scope.network.insertMessage(message);
          scope.events.record(...events);
          return ok({ conversationId: state.id, messageId: message.id });
        }),
      { correlationId: ctx.correlationId },
    );
  }
}

/** Loads a conversation the actor is in (others' do not exist for them), applies `change`, saves. */
function changeConversation(
  deps: Pick<NetworkDeps, 'uow' | 'clock'>,
  actor: Actor,
  conversationId: string,
  change: (c: Conversation, actorId: string, ctx: { now: Date }) => Result<Conversation, AppError>,
  ctx: RequestContext,
): ResultAsync<{ conversationId: string; status: Conversation['status'] }, AppError> {
  return deps.uow.run(
    (scope) =>
      asyncResult(async () => {
        const conversation = await scope.network.conversationById(conversationId, 'update');
        if (!conversation?.participants.includes(actor.userId))
          return err(networkErrors.notFound('This conversation'));
        const changed = change(conversation, actor.userId, { now: deps.clock.now() });
        if (changed.isErr()) return err(changed.error);
        if (changed.value !== conversation) await scope.network.updateConversation(changed.value);
        return ok({ conversationId, status: changed.value.status });
      }),
    { correlationId: ctx.correlationId },
  );
}

/** The recipient of a message request accepts or declines it. */
export class AnswerMessageRequest {
  constructor(private readonly deps: Pick<NetworkDeps, 'uow' | 'clock'>) {}

  execute(
    actor: Actor,
    input: { conversationId: string; answer: 'accept' | 'decline' },
    ctx: RequestContext,
  ) {
    const change = input.answer === 'accept' ? acceptMessageRequest : declineMessageRequest;
    return changeConversation(this.deps, actor, input.conversationId, change, ctx);
  }
}

/** The actor has seen every message of the conversation so far. */
export class MarkConversationRead {
  constructor(private readonly deps: Pick<NetworkDeps, 'uow' | 'clock'>) {}

  execute(actor: Actor, input: { conversationId: string }, ctx: RequestContext) {
    return changeConversation(this.deps, actor, input.conversationId, markRead, ctx);
  }
}

/** The actor's conversations and message requests, newest first, with unread counts. */
export class ListConversations {
  constructor(private readonly deps: Pick<NetworkDeps, 'queries'>) {}

  execute(actor: Actor): ResultAsync<ConversationSummary[], AppError> {
    return asyncResult(async () => ok(await this.deps.queries.conversations(actor.userId)));
  }
}

/** One conversation with its latest messages, for its participants only. */
export class GetConversation {
  constructor(private readonly deps: Pick<NetworkDeps, 'queries'>) {}

  execute(actor: Actor, input: { conversationId: string }): ResultAsync<ConversationDetail, AppError> {
    return asyncResult(async () => {
      const detail = await this.deps.queries.conversation(input.conversationId, actor.userId, PAGE);
      return detail ? ok(detail) : err(networkErrors.notFound('This conversation'));
    });
  }
}

/** Unread messages and waiting requests, for the navigation badge. */
export class GetNetworkPulse {
  constructor(private readonly deps: Pick<NetworkDeps, 'queries'>) {}

  execute(actor: Actor): ResultAsync<NetworkPulse, AppError> {
    return asyncResult(async () => ok(await this.deps.queries.pulse(actor.userId)));
  }
}
