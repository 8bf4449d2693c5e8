import type { ChallengeProgress } from '@talentsphere/application/learning';
import type { UnitOfWork } from '@talentsphere/application/shared';
import { v7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { aChallenge, aJudgedSubmission, aSubmission, running } from './challenge-fixtures';
import { committed } from './contract-fixtures';
import { minutes } from './learning-fixtures';
import { storedUser } from './recruiting-fixtures';

/** What every ChallengeProgress adapter must do over the challenges and submissions it stores. */
export function challengeProgressContract(
  adapter: string,
  subject: () => Promise<{ uow: UnitOfWork; progress: ChallengeProgress }>,
): void {
  describe(`ChallengeProgress contract: ${adapter}`, () => {
    let uow: UnitOfWork;
    let progress: ChallengeProgress;
    beforeEach(async () => {
      ({ uow, progress } = await subject());
    });

    it('Given challenges of every status, When asked for a published one, Then only the published one answers, with its title', async () => {
      const { published, draft, retired } = await committed(uow, async (scope) => {
        const author = await storedUser(scope, 'Ines Instructor');
        const made = {
          published: aChallenge(author.id, { title: 'Parse a config' }),
          draft: aChallenge(author.id, { status: 'draft' }),
          retired: aChallenge(author.id, { status: 'retired' }),
        };
        for (const c of Object.values(made)) await scope.challenges.insert(c);
        return made;
      });
      expect(await progress.publishedChallenge(published.id)).toEqual({
        id: published.id,
        title: 'Parse a config',
      });
      expect(await progress.publishedChallenge(draft.id)).toBeUndefined();
      expect(await progress.publishedChallenge(retired.id)).toBeUndefined();
      expect(await progress.publishedChallenge(v7())).toBeUndefined();
      expect(await progress.publishedChallenge('challenge-parse-config')).toBeUndefined();
    });

    it('Given submissions wrong, pending and accepted, When asked who passed, Then only an accepted submission by that learner to that challenge counts', async () => {
      const { challenge, other, passer, wrong, pending, outsider } = await committed(uow, async (scope) => {
        const author = await storedUser(scope, 'Ines Instructor');
        const world = {
          challenge: aChallenge(author.id),
          other: aChallenge(author.id),
          passer: await storedUser(scope, 'Alice Passer'),
          wrong: await storedUser(scope, 'Bob Wrong'),
          pending: await storedUser(scope, 'Carol Pending'),
          outsider: await storedUser(scope, 'Dave Outsider'),
        };
        await scope.challenges.insert(world.challenge);
        await scope.challenges.insert(world.other);
        const submissions = [
          aJudgedSubmission(world.challenge, world.passer.id, minutes(2), { verdict: 'WRONG_ANSWER' }),
          aJudgedSubmission(world.challenge, world.passer.id, minutes(3)),
          aJudgedSubmission(world.challenge, world.wrong.id, minutes(3), { verdict: 'WRONG_ANSWER' }),
          aJudgedSubmission(world.challenge, world.wrong.id, minutes(4), { verdict: 'TIME_LIMIT_EXCEEDED' }),
          aSubmission(world.challenge, world.pending.id, minutes(3)),
          running(aSubmission(world.challenge, world.pending.id, minutes(4)), minutes(5)),
          aJudgedSubmission(world.other, world.outsider.id, minutes(3)),
        ];
        for (const s of submissions) await scope.submissions.insert(s);
        return world;
      });
      expect(await progress.hasPassed(passer.id, challenge.id)).toBe(true);
      expect(await progress.hasPassed(wrong.id, challenge.id)).toBe(false);
      expect(await progress.hasPassed(pending.id, challenge.id)).toBe(false);
      expect(await progress.hasPassed(outsider.id, challenge.id)).toBe(false);
      expect(await progress.hasPassed(outsider.id, other.id)).toBe(true);
      expect(await progress.hasPassed(passer.id, other.id)).toBe(false);
      expect(await progress.hasPassed(passer.id, 'challenge-parse-config')).toBe(false);
    });
  });
}
