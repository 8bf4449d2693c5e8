import type { UnitOfWork } from '@talentsphere/application/shared';
import { judgeSubmission, type Verdict } from '@talentsphere/domain/challenges';
import { v7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { aChallenge, aJudgedSubmission, aSubmission, resultsFor, running } from './challenge-fixtures';
import { committed } from './contract-fixtures';
import { minutes } from './learning-fixtures';
import { storedUser } from './recruiting-fixtures';

/** What every SubmissionRepository adapter must do, through its unit of work. */
export function submissionRepositoryContract(
  adapter: string,
  subject: () => Promise<{ uow: UnitOfWork }>,
): void {
  describe(`SubmissionRepository contract: ${adapter}`, () => {
    let uow: UnitOfWork;
    beforeEach(async () => {
      ({ uow } = await subject());
    });

    /** A learner and a published challenge, stored. */
    const stored = () =>
      committed(uow, async (scope) => {
        const author = await storedUser(scope, 'Ines Instructor');
        const learner = await storedUser(scope, 'Lena Learner');
        const challenge = aChallenge(author.id);
        await scope.challenges.insert(challenge);
        return { learner, challenge };
      });

    it('Given a queued submission in TypeScript, When found by id, Then every field comes back; an unknown id finds nothing', async () => {
      const { learner, challenge } = await stored();
      const submission = aSubmission(challenge, learner.id, minutes(1), 'typescript');
      await committed(uow, (scope) => scope.submissions.insert(submission));
      expect(await committed(uow, (scope) => scope.submissions.findById(submission.id))).toEqual(submission);
      expect(submission.status).toBe('queued');
      expect(await committed(uow, (scope) => scope.submissions.findById(v7()))).toBeUndefined();
    });

    it('Given a submission, When it starts running and is judged with a failing hidden test, Then each state is stored with every per-test result in order', async () => {
      const { learner, challenge } = await stored();
      const queued = aSubmission(challenge, learner.id, minutes(1));
      await committed(uow, (scope) => scope.submissions.insert(queued));

      const started = running(queued, minutes(2));
      await committed(uow, (scope) => scope.submissions.update(started));
      expect(await committed(uow, (scope) => scope.submissions.findById(queued.id))).toEqual(started);

      const results = resultsFor(challenge, 12.34, { 'hidden-object': 'TIME_LIMIT_EXCEEDED' });
      const judged = judgeSubmission(started, results, { now: minutes(3), byAuthor: false })._unsafeUnwrap()
        .state;
      await committed(uow, (scope) => scope.submissions.update(judged));
      const found = await committed(uow, (scope) => scope.submissions.findById(queued.id));
      expect(found).toEqual(judged);
      expect(found?.judgedAt).toEqual(minutes(3));
      expect(found?.judgement).toEqual({
        verdict: 'TIME_LIMIT_EXCEEDED',
        passed: 3,
        total: 4,
        timeMs: 12.34,
        memoryBytes: 1_048_579,
        results,
      });
      expect(found?.judgement?.results.map((r) => [r.testId, r.visibility, r.verdict])).toEqual([
        ['sample-exact', 'sample', 'ACCEPTED'],
        ['sample-float', 'sample', 'ACCEPTED'],
        ['hidden-unordered', 'hidden', 'ACCEPTED'],
        ['hidden-object', 'hidden', 'TIME_LIMIT_EXCEEDED'],
      ]);
    });

    it('Given a submission judged in one go, When inserted, Then it comes back judged', async () => {
      const { learner, challenge } = await stored();
      const judged = aJudgedSubmission(challenge, learner.id, minutes(4), { timeMs: 7.5 });
      await committed(uow, (scope) => scope.submissions.insert(judged));
      expect(await committed(uow, (scope) => scope.submissions.findById(judged.id))).toEqual(judged);
    });

    it.each(['update', 'share'] as const)(
      'Given a submission, When read with a %s lock, Then it comes back like an unlocked read',
      async (lock) => {
        const { learner, challenge } = await stored();
        const submission = aSubmission(challenge, learner.id, minutes(1));
        await committed(uow, (scope) => scope.submissions.insert(submission));
        expect(await committed(uow, (scope) => scope.submissions.findById(submission.id, lock))).toEqual(
          submission,
        );
      },
    );

    it('Given a submission read for update by a grader, When a second grading of it runs meanwhile, Then the second waits, finds it judged and leaves the first judgement alone', async () => {
      const { learner, challenge } = await stored();
      const submission = running(aSubmission(challenge, learner.id, minutes(1)), minutes(2));
      await committed(uow, (scope) => scope.submissions.insert(submission));
      let firstHoldsLock!: () => void;
      const locked = new Promise<void>((resolve) => {
        firstHoldsLock = resolve;
      });
      const grade = (verdict: 'ACCEPTED' | 'WRONG_ANSWER', at: Date, hold: boolean) =>
        committed(uow, async (scope) => {
          const read = await scope.submissions.findById(submission.id, 'update');
          if (hold) {
            firstHoldsLock();
            await new Promise((resolve) => setTimeout(resolve, 50)); // a missing lock lets the second in now
          }
          if (!read) return undefined;
          const failing: Record<string, Verdict> = verdict === 'ACCEPTED' ? {} : { 'sample-exact': verdict };
          const judged = judgeSubmission(read, resultsFor(challenge, 5, failing), {
            now: at,
            byAuthor: false,
          })._unsafeUnwrap();
          if (judged.state !== read) await scope.submissions.update(judged.state);
          return read.status;
        });
      const first = grade('ACCEPTED', minutes(3), true);
      await locked;
      const second = grade('WRONG_ANSWER', minutes(4), false);
      // Without the lock the second would grade a running submission and overwrite the first verdict.
      expect(await Promise.all([first, second])).toEqual(['running', 'judged']);
      expect(await committed(uow, (scope) => scope.submissions.findById(submission.id))).toMatchObject({
        status: 'judged',
        judgedAt: minutes(3),
        judgement: { verdict: 'ACCEPTED' },
      });
    });
  });
}
