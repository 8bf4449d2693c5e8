import {
  challengeIdInput,
  challengeListInput,
  codeInput,
  createChallengeInput,
  editChallengeDetailsInput,
  editGradingSpecInput,
  submissionIdInput,
} from '@talentsphere/application/challenges';
import { unwrap } from './to-trpc-error';
import { optionalActorProcedure, protectedProcedure, router } from './trpc';

export const challengesRouter = router({
  list: optionalActorProcedure
    .input(challengeListInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.challenges.listChallenges.execute(ctx.actor, input)),
    ),
  get: optionalActorProcedure
    .input(challengeIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.challenges.getChallenge.execute(ctx.actor, input)),
    ),
  run: protectedProcedure
    .input(codeInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.challenges.runSampleTests.execute(ctx.actor, input, ctx.request)),
    ),
  submit: protectedProcedure
    .input(codeInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.challenges.submitSolution.execute(ctx.actor, input, ctx.request)),
    ),
  submission: protectedProcedure
    .input(submissionIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.challenges.getSubmission.execute(ctx.actor, input)),
    ),
  /** The submission now, then each change until it is judged: the verdict arrives live. */
  submissionUpdates: protectedProcedure.input(submissionIdInput).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    const updates = unwrap(
      await ctx.services.challenges.watchSubmission.execute(
        ctx.actor,
        input,
        signal ?? new AbortController().signal,
      ),
    );
    yield* updates;
  }),
  mySubmissions: protectedProcedure
    .input(challengeIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.challenges.listMySubmissions.execute(ctx.actor, input)),
    ),
  leaderboard: optionalActorProcedure
    .input(challengeIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.challenges.getChallengeLeaderboard.execute(ctx.actor, input)),
    ),
  overallLeaderboard: optionalActorProcedure.query(async ({ ctx }) =>
    unwrap(await ctx.services.challenges.getOverallLeaderboard.execute(ctx.actor)),
  ),
});

export const challengeStudioRouter = router({
  mine: protectedProcedure.query(async ({ ctx }) =>
    unwrap(await ctx.services.challenges.listMyChallenges.execute(ctx.actor)),
  ),
  get: protectedProcedure
    .input(challengeIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.challenges.getStudioChallenge.execute(ctx.actor, input)),
    ),
  create: protectedProcedure
    .input(createChallengeInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(
        await ctx.services.challenges.createChallenge.execute(
          ctx.actor,
          { details: input.details, grading: input.grading },
          ctx.request,
        ),
      ),
    ),
  updateDetails: protectedProcedure
    .input(editChallengeDetailsInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(
        await ctx.services.challenges.editChallenge.details(
          ctx.actor,
          { challengeId: input.challengeId, details: input.details },
          ctx.request,
        ),
      ),
    ),
  updateGrading: protectedProcedure
    .input(editGradingSpecInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(
        await ctx.services.challenges.editChallenge.grading(
          ctx.actor,
          { challengeId: input.challengeId, grading: input.grading },
          ctx.request,
        ),
      ),
    ),
  validate: protectedProcedure
    .input(challengeIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.challenges.editChallenge.validate(ctx.actor, input, ctx.request)),
    ),
  publish: protectedProcedure
    .input(challengeIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.challenges.editChallenge.publish(ctx.actor, input, ctx.request)),
    ),
  retire: protectedProcedure
    .input(challengeIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.challenges.editChallenge.retire(ctx.actor, input, ctx.request)),
    ),
});
