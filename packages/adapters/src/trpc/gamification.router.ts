import { LEADERBOARD_PERIODS } from '@talentsphere/application/engagement';
import { z } from 'zod';
import { unwrap } from './to-trpc-error';
import { optionalActorProcedure, protectedProcedure, publicProcedure, router } from './trpc';

export const gamificationRouter = router({
  /** The caller's points, level (with its bounds) and badges, for the header and the profile. */
  me: protectedProcedure.query(async ({ ctx }) => unwrap(await ctx.services.gamification.me(ctx.actor))),
  /** Top players all time or this ISO week (UTC), with the caller's own place when signed in. */
  leaderboard: optionalActorProcedure
    .input(
      z.object({
        period: z.enum(LEADERBOARD_PERIODS).default('all-time'),
        limit: z.number().int().min(1).max(100).default(20),
      }),
    )
    .query(async ({ ctx, input }) => unwrap(await ctx.services.gamification.leaderboard(ctx.actor, input))),
  /** Anyone's badges and level: they are shown on profiles. */
  userBadges: publicProcedure
    .input(z.object({ userId: z.uuid() }))
    .query(async ({ ctx, input }) => unwrap(await ctx.services.gamification.userBadges(input))),
});
