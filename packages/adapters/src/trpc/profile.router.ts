import {
  jobIdInput,
  pipelineMatchesInput,
  profileInput,
  userIdInput,
} from '@talentsphere/application/profile';
import { unwrap } from './to-trpc-error';
import { optionalActorProcedure, protectedProcedure, router } from './trpc';

export const profilesRouter = router({
  /** The caller's own profile, everything visible (an empty one until written). */
  me: protectedProcedure.query(async ({ ctx }) =>
    unwrap(await ctx.services.profiles.getMyProfile.execute(ctx.actor)),
  ),
  update: protectedProcedure
    .input(profileInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.profiles.updateMyProfile.execute(ctx.actor, input, ctx.request)),
    ),
  /** Anyone's profile as its owner chose to show it; signed-out visitors see the public sections. */
  get: optionalActorProcedure
    .input(userIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.profiles.getPublicProfile.execute(ctx.actor, input)),
    ),
});

export const matchingRouter = router({
  /** The hiring company's members and admins: applicants scored and explained (MATCH_001 for others). */
  pipeline: protectedProcedure
    .input(pipelineMatchesInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.profiles.pipelineMatches.execute(ctx.actor, input)),
    ),
  /** The caller's gap to a job and the learning path that closes it. */
  myGap: protectedProcedure
    .input(jobIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.profiles.mySkillGap.execute(ctx.actor, input)),
    ),
});
