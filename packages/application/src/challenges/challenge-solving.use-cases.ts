import {
  challengeErrors,
  isAuthor,
  type Language,
  sampleTests,
  submitSolution,
} from '@talentsphere/domain/challenges';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import { readThroughVersioned } from '../shared/cache.port';
import type { RequestContext } from '../shared/ports';
import {
  type ChallengeDeps,
  challengeCacheKey,
  challengeRateLimits,
  leaderboardCacheKey,
  OVERALL_LEADERBOARD_CACHE_KEY,
} from './challenge-deps';
import type {
  ChallengeDetail,
  ChallengeLeaderboardEntry,
  ChallengeListInput,
  ChallengeListResult,
  LeaderboardEntry,
  OverallLeaderboardEntry,
  SampleRunResult,
  SubmissionView,
} from './challenge-read-models';
import { runForRequest } from './challenge-runs';

const LEADERBOARD_SIZE = 50;
const HISTORY_SIZE = 50;

export class ListChallenges {
  constructor(private readonly deps: Pick<ChallengeDeps, 'queries'>) {}

  execute(actor: Actor | null, input: ChallengeListInput): ResultAsync<ChallengeListResult, AppError> {
    return asyncResult(async () => ok(await this.deps.queries.list(input, actor?.userId ?? null)));
  }
}

/**
 * A challenge page. Published and retired challenges are read through the cache
 * (`challenges:challenge:{id}:…`, a new version after challenge events and judgements, which move its
 * stats); drafts only for their authors.
 */
export class GetChallenge {
  constructor(private readonly deps: Pick<ChallengeDeps, 'queries' | 'cache'>) {}

  execute(actor: Actor | null, input: { challengeId: string }): ResultAsync<ChallengeDetail, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const cached = await readThroughVersioned(
        deps.cache,
        challengeCacheKey(input.challengeId),
        async () => {
          const challenge = await deps.queries.detail(input.challengeId);
          return challenge && challenge.status !== 'draft' ? challenge : undefined;
        },
      );
      if (cached) return ok(cached);
      const draft = await deps.queries.detail(input.challengeId);
      if (draft && actor && draft.authors.some((a) => a.id === actor.userId)) return ok(draft);
      return err(challengeErrors.challengeNotFound());
    });
  }
}

/**
 * "Run": the code against the sample tests only, answered within the request. Open to anyone signed
 * in on a published challenge, and to its authors on a draft; rate limited per user.
 */
export class RunSampleTests {
  constructor(private readonly deps: ChallengeDeps) {}

  execute(
    actor: Actor,
    input: { challengeId: string; language: Language; source: string },
    ctx: RequestContext,
  ): ResultAsync<SampleRunResult[], AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const limited = await deps.rateLimiter.consume(challengeRateLimits.runPerUser, actor.userId);
      if (limited) return err(limited);
      const found = await deps.uow.run(
        (scope) => asyncResult(async () => ok(await scope.challenges.findById(input.challengeId))),
        { correlationId: ctx.correlationId },
      );
      if (found.isErr()) return err(found.error);
      const challenge = found.value;
      if (!challenge || (challenge.status === 'draft' && !isAuthor(challenge, actor.userId)))
        return err(challengeErrors.challengeNotFound());
      if (challenge.starterCode[input.language] === undefined)
        return err(challengeErrors.languageNotOffered());
      if (input.source.trim().length === 0)
        return err(challengeErrors.invalid('source', 'Write some code to run.'));
      const samples = sampleTests(challenge);
      const runs = await runForRequest(deps.runner, challenge, samples, input);
      if (runs.isErr()) return err(runs.error);
      return ok(
        runs.value.map((run, i) => ({
          testId: run.testId,
          verdict: run.verdict,
          timeMs: run.timeMs,
          memoryBytes: run.memoryBytes,
          input: samples[i]?.input ?? [],
          expected: samples[i]?.expected ?? null,
          actual: run.actual ?? null,
          error: run.error ?? null,
          console: run.console,
        })),
      );
    });
  }
}

/** "Submit": stores a queued submission; the worker grades it against every test. */
export class SubmitSolution {
  constructor(private readonly deps: ChallengeDeps) {}

  execute(
    actor: Actor,
    input: { challengeId: string; language: Language; source: string },
    ctx: RequestContext,
  ): ResultAsync<SubmissionView, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const limited = await deps.rateLimiter.consume(challengeRateLimits.submitPerUser, actor.userId);
      if (limited) return err(limited);
      const stored = await deps.uow.run(
        (scope) =>
          asyncResult(async () => {
            // Shared lock: a submission must not slip in while the challenge is being retired.
            const challenge = await scope.challenges.findById(input.challengeId, 'share');
            if (!challenge || challenge.status === 'draft') return err(challengeErrors.challengeNotFound());
            const submitted = submitSolution(
              challenge,
              { id: deps.ids.next(), userId: actor.userId, ...input },
              { now: deps.clock.now() },
            );
            if (submitted.isErr()) return err(submitted.error);
            await scope.submissions.insert(submitted.value.state);
            scope.events.record(...submitted.value.events);
            return ok(submitted.value.state.id);
          }),
        { correlationId: ctx.correlationId },
      );
      if (stored.isErr()) return err(stored.error);
      const view = await deps.queries.submission(stored.value);
      return view ? ok(view) : err(challengeErrors.submissionNotFound());
    });
  }
}

/** A submission, for the learner who made it. */
export class GetSubmission {
  constructor(private readonly deps: Pick<ChallengeDeps, 'queries'>) {}

  execute(actor: Actor, input: { submissionId: string }): ResultAsync<SubmissionView, AppError> {
    return asyncResult(async () => {
      const submission = await this.deps.queries.submission(input.submissionId);
      // Someone else's submission does not exist for the caller.
      if (!submission || submission.userId !== actor.userId) return err(challengeErrors.submissionNotFound());
      return ok(submission);
    });
  }
}

/** The learner's history on one challenge, newest first, each with its code. */
export class ListMySubmissions {
  constructor(private readonly deps: Pick<ChallengeDeps, 'queries'>) {}

  execute(actor: Actor, input: { challengeId: string }): ResultAsync<SubmissionView[], AppError> {
    return asyncResult(async () =>
      ok(await this.deps.queries.submissionsOf(actor.userId, input.challengeId, HISTORY_SIZE)),
    );
  }
}

/** Per challenge, cached (`challenges:leaderboard:{id}:…`) with a new version after each acceptance. */
export class GetChallengeLeaderboard {
  constructor(private readonly deps: Pick<ChallengeDeps, 'queries' | 'cache'>) {}

  execute(
    actor: Actor | null,
    input: { challengeId: string },
  ): ResultAsync<ChallengeLeaderboardEntry[], AppError> {
    const { deps } = this;
    return asyncResult(async () =>
      ok(
        await readLeaderboard(deps, leaderboardCacheKey(input.challengeId), actor, (viewerId) =>
          deps.queries.leaderboard(input.challengeId, LEADERBOARD_SIZE, viewerId),
        ),
      ),
    );
  }
}

/** Challenges solved, cached (`challenges:leaderboard:overall:…`) with a new version after each acceptance. */
export class GetOverallLeaderboard {
  constructor(private readonly deps: Pick<ChallengeDeps, 'queries' | 'cache'>) {}

  execute(actor: Actor | null): ResultAsync<OverallLeaderboardEntry[], AppError> {
    const { deps } = this;
    return asyncResult(async () =>
      ok(
        await readLeaderboard(deps, OVERALL_LEADERBOARD_CACHE_KEY, actor, (viewerId) =>
          deps.queries.overallLeaderboard(LEADERBOARD_SIZE, viewerId),
        ),
      ),
    );
  }
}

/**
 * A board as the viewer may see it. Everyone shares the public board; a signed-in viewer's can differ
 * only when it has an anonymous row that may be theirs, and then their own copy is cached beside it.
 * Entries live for the cache's TTL: a learner's change of their leaderboard choice shows within it.
 */
async function readLeaderboard<Entry extends LeaderboardEntry>(
  deps: Pick<ChallengeDeps, 'cache'>,
  key: string,
  actor: Actor | null,
  load: (viewerId: string | null) => Promise<Entry[]>,
): Promise<Entry[]> {
  const board = (await readThroughVersioned(deps.cache, key, () => load(null))) ?? [];
  const mayHideViewer =
    actor !== null &&
    board.some((entry) => entry.userId === null) &&
    !board.some((entry) => entry.userId === actor.userId);
  if (!mayHideViewer) return board;
  return (
    (await readThroughVersioned(deps.cache, key, () => load(actor.userId), {
      entry: `viewer:${actor.userId}`,
    })) ?? []
  );
}
