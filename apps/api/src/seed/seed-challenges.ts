import type { Database } from '@talentsphere/adapters/persistence';
import { type ChallengeServices, type CodeRunner, runAgainst } from '@talentsphere/application/challenges';
import {
  type Actor,
  asyncResult,
  type Clock,
  type IdGenerator,
  type RequestContext,
  type UnitOfWork,
} from '@talentsphere/application/shared';
import { createChallenge, publishChallenge, recordValidation } from '@talentsphere/domain/challenges';
import type { Kysely } from 'kysely';
import { ok } from 'neverthrow';
import { DEMO_CHALLENGES, type DemoChallenge } from './challenge-catalog';

const ctx: RequestContext = { correlationId: 'demo-seed', ipAddress: '127.0.0.1' };

export interface ChallengeSeedDeps {
  readonly db: Kysely<Database>;
  readonly uow: UnitOfWork;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly runner: CodeRunner;
  readonly challenges: ChallengeServices;
}

/**
 * The demo challenges by the demo instructor: each one's reference solution is run against every
 * test in the sandbox before it is published, as the studio does (without the studio's per-author
 * rate limit, which is for people). Then the demo learner submits accepted solutions to two of them,
 * which the worker grades, so the leaderboards have someone on them. Challenges whose address exists
 * are skipped. Answers the number of challenges created.
 */
export async function seedChallenges(
  deps: ChallengeSeedDeps,
  demo: { instructor: Actor; learner: Actor },
  challenges: readonly DemoChallenge[] = DEMO_CHALLENGES,
): Promise<number> {
  const existing = new Set(
    (await deps.db.selectFrom('challenges').select('slug').execute()).map((c) => c.slug),
  );
  let created = 0;
  for (const challenge of challenges) {
    if (existing.has(challenge.details.slug)) continue;
    await publishValidated(deps, demo.instructor, challenge);
    created += 1;
  }
  const learnerStarted = await deps.db
    .selectFrom('submissions')
    .select('id')
    .where('user_id', '=', demo.learner.userId)
    .executeTakeFirst();
  if (learnerStarted) return created;
  for (const demoChallenge of challenges.slice(0, 2)) {
    const row = await deps.db
      .selectFrom('challenges')
      .select('id')
      .where('slug', '=', demoChallenge.details.slug)
      .executeTakeFirst();
    if (!row) continue;
    const submitted = await deps.challenges.submitSolution.execute(
      demo.learner,
      { challengeId: row.id, ...demoChallenge.grading.referenceSolution },
      ctx,
    );
    if (submitted.isErr()) throw new Error(`Challenge demo seed: submit refused: ${submitted.error.message}`);
  }
  return created;
}

async function publishValidated(deps: ChallengeSeedDeps, author: Actor, demo: DemoChallenge): Promise<void> {
  const now = deps.clock.now();
  const draft = createChallenge({ id: deps.ids.next(), authorId: author.userId, ...demo }, { now });
  if (draft.isErr()) throw new Error(`Challenge demo seed: ${demo.details.slug}: ${draft.error.message}`);
  const challenge = draft.value.state;
  const runs = await runAgainst(deps.runner, challenge, challenge.tests, challenge.referenceSolution);
  const passed = runs.every((r) => r.verdict === 'ACCEPTED');
  const validated = recordValidation(challenge, { actorId: author.userId, version: 1, passed }, { now });
  // Publishing refuses (CHALLENGE_003) unless the reference passed every test.
  const published = validated.andThen(({ state }) =>
    publishChallenge(state, { actorId: author.userId }, { now }),
  );
  if (published.isErr()) {
    const failing = runs
      .filter((r) => r.verdict !== 'ACCEPTED')
      .map((r) => `${r.testId}: ${r.verdict} ${r.error ?? ''}`);
    throw new Error(`Challenge demo seed: ${demo.details.slug} did not validate: ${failing.join('; ')}`);
  }
  const saved = await deps.uow.run(
    (scope) =>
      asyncResult(async () => {
        if ((await scope.challenges.insert(published.value.state)) === 'slug-taken') return ok(undefined);
        scope.events.record(...published.value.events);
        return ok(undefined);
      }),
    ctx,
  );
  if (saved.isErr()) throw new Error(`Challenge demo seed: ${demo.details.slug}: ${saved.error.message}`);
}
