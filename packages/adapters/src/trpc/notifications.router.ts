import { NOTIFICATION_CATEGORIES } from '@talentsphere/application/engagement';
import { tracked } from '@trpc/server';
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
  /**
   * New notifications as they arrive, each tracked by its inbox number: a reconnecting client sends
   * the last one it saw (`lastEventId`, which the SSE link fills in) and first gets what it missed.
   */
  updates: protectedProcedure
    .input(
      z
        .object({
          lastEventId: z
            .string()
            .regex(/^\d{1,9}$/)
            .nullish(),
        })
        .optional(),
    )
    .subscription(async function* ({ ctx, input, signal }) {
      const afterSeq = input?.lastEventId ? Number(input.lastEventId) : null;
      const updates = unwrap(
        await ctx.services.notifications.watch(
          ctx.actor,
          { afterSeq },
          signal ?? new AbortController().signal,
        ),
      );
      for await (const notification of updates) yield tracked(String(notification.seq), notification);
    }),
  preferences: protectedProcedure.query(async ({ ctx }) =>
    unwrap(await ctx.services.notifications.preferences(ctx.actor)),
  ),
  setPreference: protectedProcedure
    .input(z.object({ category: z.enum(NOTIFICATION_CATEGORIES), inApp: z.boolean() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.notifications.setPreference(ctx.actor, input)),
    ),
});
