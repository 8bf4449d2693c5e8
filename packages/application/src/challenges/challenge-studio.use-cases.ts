import {
  type Challenge,
  type ChallengeDetailsInput,
  type ChallengeEvent,
  challengeErrors,
  createChallenge,
  editChallengeDetails,
  editGradingSpec,
  type GradingSpecInput,
  isAuthor,
  parseGradingSpec,
  publishChallenge,
  recordValidation,
  retireChallenge,
} from '@talentsphere/domain/challenges';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import type { RequestContext } from '../shared/ports';
import { type ChallengeDeps, challengeRateLimits } from './challenge-deps';
import type { StudioChallenge, StudioChallengeRow } from './challenge-read-models';
import { runForRequest } from './challenge-runs';
import type { TestRunResult } from './code-runner.port';

const AUTHOR_ROLES: readonly Actor['role'][] = ['instructor', 'admin'];

async function studioView(
  deps: ChallengeDeps,
  challengeId: string,
): Promise<Result<StudioChallenge, AppError>> {
  const challenge = await deps.queries.studio(challengeId);
  return challenge ? ok(challenge) : err(challengeErrors.challengeNotFound());
}

/** A draft of someone else's is not public: do not reveal that it exists. */
const hideDraft = (challenge: Challenge, error: AppError): AppError =>
  error.code === 'CHALLENGE_002' && challenge.status === 'draft'
    ? challengeErrors.challengeNotFound()
    : error;

/** An instructor (or an admin) writes a challenge as an unvalidated draft. */
export class CreateChallenge {
  constructor(private readonly deps: ChallengeDeps) {}

  execute(
    actor: Actor,
    input: { details: ChallengeDetailsInput; grading: GradingSpecInput },
    ctx: RequestContext,
  ): ResultAsync<StudioChallenge, AppError> {
    const { deps } = this;
    if (!AUTHOR_ROLES.includes(actor.role))
      return asyncResult(async () => err(challengeErrors.notAnInstructor()));
    return deps.uow
      .run(
        (scope) =>
          asyncResult(async () => {
            const created = createChallenge(
              { id: deps.ids.next(), authorId: actor.userId, ...input },
              { now: deps.clock.now() },
            );
            if (created.isErr()) return err(created.error);
            if ((await scope.challenges.insert(created.value.state)) === 'slug-taken')
              return err(challengeErrors.slugTaken());
            return ok(created.value.state.id);
          }),
        { correlationId: ctx.correlationId },
      )
      .andThen((challengeId) => asyncResult(() => studioView(deps, challengeId)));
  }
}

type ChallengeCommand = (
  challenge: Challenge,
  at: { now: Date },
) => Result<{ state: Challenge; events: ChallengeEvent[] }, AppError>;

/** Loads the challenge locked, applies a domain command (which checks authorship), saves it with its events. */
function changeChallenge(
  deps: ChallengeDeps,
  challengeId: string,
  ctx: RequestContext,
  command: ChallengeCommand,
): ResultAsync<StudioChallenge, AppError> {
  return deps.uow
    .run(
      (scope) =>
        asyncResult(async () => {
          const challenge = await scope.challenges.findById(challengeId, 'update');
          if (!challenge) return err(challengeErrors.challengeNotFound());
          const changed = command(challenge, { now: deps.clock.now() });
          if (changed.isErr()) return err(hideDraft(challenge, changed.error));
          if (changed.value.state !== challenge) {
            if ((await scope.challenges.update(changed.value.state)) === 'slug-taken')
              return err(challengeErrors.slugTaken());
            scope.events.record(...changed.value.events);
          }
          return ok(undefined);
        }),
      { correlationId: ctx.correlationId },
    )
    .andThen(() => asyncResult(() => studioView(deps, challengeId)));
}

/** The challenge as stored, for an author about to run its reference solution (no lock held). */
async function authoredChallenge(
  deps: ChallengeDeps,
  actor: Actor,
  challengeId: string,
  ctx: RequestContext,
): Promise<Result<Challenge, AppError>> {
  return deps.uow.run(
    (scope) =>
      asyncResult(async () => {
        const challenge = await scope.challenges.findById(challengeId);
        if (!challenge) return err(challengeErrors.challengeNotFound());
        if (!isAuthor(challenge, actor.userId))
          return err(hideDraft(challenge, challengeErrors.notAnAuthor()));
        return ok(challenge);
      }),
    { correlationId: ctx.correlationId },
  );
}

const allAccepted = (runs: readonly TestRunResult[]) =>
  runs.length > 0 && runs.every((r) => r.verdict === 'ACCEPTED');

/** Every studio change. Runs of the reference solution happen outside any transaction. */
export class EditChallenge {
  constructor(private readonly deps: ChallengeDeps) {}

  details(actor: Actor, input: { challengeId: string; details: ChallengeDetailsInput }, ctx: RequestContext) {
    return changeChallenge(this.deps, input.challengeId, ctx, (c, at) =>
      editChallengeDetails(c, { actorId: actor.userId, details: input.details }, at),
    );
  }

  /**
   * New tests, limits, entry function or reference solution. On a published challenge the reference
   * solution must pass the new spec first, so it is run before the change is saved.
   */
  grading(
    actor: Actor,
    input: { challengeId: string; grading: GradingSpecInput },
    ctx: RequestContext,
  ): ResultAsync<StudioChallenge, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const current = await authoredChallenge(deps, actor, input.challengeId, ctx);
      if (current.isErr()) return err(current.error);
      let validation: { passed: boolean } | undefined;
      if (current.value.status === 'published') {
        const spec = parseGradingSpec(input.grading);
        if (spec.isErr()) return err(spec.error);
        const limited = await deps.rateLimiter.consume(challengeRateLimits.validatePerUser, actor.userId);
        if (limited) return err(limited);
        const runs = await runForRequest(
          deps.runner,
          spec.value,
          spec.value.tests,
          spec.value.referenceSolution,
        );
        if (runs.isErr()) return err(runs.error);
        validation = { passed: allAccepted(runs.value) };
      }
      return changeChallenge(deps, input.challengeId, ctx, (c, at) => {
        // Validated against what was read; a change in between must be validated again.
        if (c.gradingVersion !== current.value.gradingVersion)
          return err(challengeErrors.transition('The tests changed meanwhile; try again.'));
        return editGradingSpec(c, { actorId: actor.userId, grading: input.grading, validation }, at);
      });
    });
  }

  /**
   * Runs the reference solution against every test of the current version and records the outcome.
   * Authors see every result, hidden tests included: they wrote them.
   */
  validate(
    actor: Actor,
    input: { challengeId: string },
    ctx: RequestContext,
  ): ResultAsync<{ challenge: StudioChallenge; results: readonly TestRunResult[] }, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const current = await authoredChallenge(deps, actor, input.challengeId, ctx);
      if (current.isErr()) return err(current.error);
      if (current.value.status === 'retired') {
        return err(challengeErrors.transition('This challenge is retired; it can no longer change.'));
      }
      const limited = await deps.rateLimiter.consume(challengeRateLimits.validatePerUser, actor.userId);
      if (limited) return err(limited);
      const challenge = current.value;
      const results = await runForRequest(
        deps.runner,
        challenge,
        challenge.tests,
        challenge.referenceSolution,
      );
      if (results.isErr()) return err(results.error);
      const saved = await changeChallenge(deps, input.challengeId, ctx, (c, at) =>
        recordValidation(
          c,
          { actorId: actor.userId, version: challenge.gradingVersion, passed: allAccepted(results.value) },
          at,
        ),
      );
      return saved.map((view) => ({ challenge: view, results: results.value }));
    });
  }

  publish(actor: Actor, input: { challengeId: string }, ctx: RequestContext) {
    return changeChallenge(this.deps, input.challengeId, ctx, (c, at) =>
      publishChallenge(c, { actorId: actor.userId }, at),
    );
  }

  retire(actor: Actor, input: { challengeId: string }, ctx: RequestContext) {
    return changeChallenge(this.deps, input.challengeId, ctx, (c, at) =>
      retireChallenge(c, { actorId: actor.userId }, at),
    );
  }
}

/** The studio's view of one challenge: its authors only (a draft of someone else's is not found). */
export class GetStudioChallenge {
  constructor(private readonly deps: Pick<ChallengeDeps, 'queries'>) {}

  execute(actor: Actor, input: { challengeId: string }): ResultAsync<StudioChallenge, AppError> {
    return asyncResult(async () => {
      const challenge = await this.deps.queries.studio(input.challengeId);
      if (!challenge) return err(challengeErrors.challengeNotFound());
      if (!challenge.authors.some((a) => a.id === actor.userId)) {
        return err(
          challenge.status === 'draft' ? challengeErrors.challengeNotFound() : challengeErrors.notAnAuthor(),
        );
      }
      return ok(challenge);
    });
  }
}

export class ListMyChallenges {
  constructor(private readonly deps: Pick<ChallengeDeps, 'queries'>) {}

  execute(actor: Actor): ResultAsync<StudioChallengeRow[], AppError> {
    return asyncResult(async () => ok(await this.deps.queries.challengesOfAuthor(actor.userId)));
  }
}
