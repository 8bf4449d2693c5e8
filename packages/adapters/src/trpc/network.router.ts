import {
  answerConnectionInput,
  answerMessageRequestInput,
  connectionIdInput,
  conversationIdInput,
  personInput,
  sendMessageInput,
} from '@talentsphere/application/networking';
import { unwrap } from './to-trpc-error';
import { protectedProcedure, router } from './trpc';

/** Connections, suggestions, blocks and messages of the signed-in person; the use cases check who may act. */
export const networkRouter = router({
  overview: protectedProcedure.query(async ({ ctx }) =>
    unwrap(await ctx.services.network.getNetwork.execute(ctx.actor)),
  ),
  suggestions: protectedProcedure.query(async ({ ctx }) =>
    unwrap(await ctx.services.network.suggestConnections.execute(ctx.actor)),
  ),
  relationship: protectedProcedure
    .input(personInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.network.getRelationship.execute(ctx.actor, input)),
    ),
  request: protectedProcedure
    .input(personInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.network.requestConnection.execute(ctx.actor, input, ctx.request)),
    ),
  answer: protectedProcedure
    .input(answerConnectionInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.network.answerConnection.execute(ctx.actor, input, ctx.request)),
    ),
  withdraw: protectedProcedure
    .input(connectionIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.network.withdrawConnection.execute(ctx.actor, input, ctx.request)),
    ),
  remove: protectedProcedure
    .input(connectionIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.network.removeConnection.execute(ctx.actor, input, ctx.request)),
    ),
  block: protectedProcedure
    .input(personInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.network.blockMember.execute(ctx.actor, input, ctx.request)),
    ),
  unblock: protectedProcedure
    .input(personInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.network.unblockMember.execute(ctx.actor, input, ctx.request)),
    ),
  conversations: protectedProcedure.query(async ({ ctx }) =>
    unwrap(await ctx.services.network.listConversations.execute(ctx.actor)),
  ),
  conversation: protectedProcedure
    .input(conversationIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.network.getConversation.execute(ctx.actor, input)),
    ),
  send: protectedProcedure
    .input(sendMessageInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.network.sendMessage.execute(ctx.actor, input, ctx.request)),
    ),
  answerMessageRequest: protectedProcedure
    .input(answerMessageRequestInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.network.answerMessageRequest.execute(ctx.actor, input, ctx.request)),
    ),
  markRead: protectedProcedure
    .input(conversationIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.network.markConversationRead.execute(ctx.actor, input, ctx.request)),
    ),
  pulse: protectedProcedure.query(async ({ ctx }) =>
    unwrap(await ctx.services.network.getNetworkPulse.execute(ctx.actor)),
  ),
  /** The pulse now, then each change: new messages and requests arrive live. */
  pulseUpdates: protectedProcedure.subscription(async function* ({ ctx, signal }) {
    const updates = unwrap(
      await ctx.services.network.watchNetwork.execute(ctx.actor, signal ?? new AbortController().signal),
    );
    yield* updates;
  }),
});
