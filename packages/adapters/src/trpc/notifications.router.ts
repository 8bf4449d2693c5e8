import { z } from 'zod';
import { unwrap } from './to-trpc-error';
import { protectedProcedure, router } from './trpc';

export const notificationsRouter = router({
  list: protectedProcedure
    .input(
      z.object({
        limit: z.number().int().min(1).max(50).default(20),
        unreadOnly: z.boolean().default(false),
      }),
    )
    .query(async ({ ctx, input }) => unwrap(await ctx.services.notifications.list(ctx.actor, input))),
  markRead: protectedProcedure
    .input(z.object({ ids: z.array(z.uuid()).max(100).nullable() }))
    .mutation(async ({ ctx, input }) => unwrap(await ctx.services.notifications.markRead(ctx.actor, input))),
});
