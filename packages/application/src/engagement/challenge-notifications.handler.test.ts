import { ChallengeTestbed } from '@talentsphere/adapters/in-memory';
import { describe, expect, it } from 'vitest';
import { createEnvelope } from '../events';
import { challengeNotifications } from './challenge-notifications.handler';

describe('challenge notifications', () => {
  const judged = async (type: 'challenges.approved' | 'challenges.rejected', passed: number) => {
    const bed = new ChallengeTestbed();
    const author = bed.user('instructor');
    const learner = bed.user('jobseeker');
    const challengeId = await bed.challenge(author, { details: { title: 'Two sum' } });
    const envelope = createEnvelope(
      {
        type,
        data: {
          submissionId: bed.ids.next(),
          challengeId,
          userId: learner.userId,
          verdict: type === 'challenges.approved' ? 'ACCEPTED' : 'TIME_LIMIT_EXCEEDED',
          passed,
          total: 4,
          timeMs: 12,
          memoryBytes: 1024,
        },
      },
      { messageId: bed.ids.next(), timestamp: bed.clock.now(), correlationId: 'corr' },
    );
    await bed.handle(challengeNotifications, envelope);
    return { notifications: [...bed.db.tables.notifications.values()], learner, challengeId };
  };

  it('Given an accepted submission, When the worker handles it, Then the submitter is told it is solved, with a link to the challenge', async () => {
    const { notifications, learner, challengeId } = await judged('challenges.approved', 4);
    expect(notifications).toEqual([
      expect.objectContaining({
        userId: learner.userId,
        category: 'challenges',
        title: 'Solved: Two sum',
        body: expect.stringContaining('All 4 tests passed'),
        link: `/challenges/${challengeId}`,
      }),
    ]);
  });

  it('Given a rejected submission, When the worker handles it, Then the submitter learns how far it got and why it failed', async () => {
    const { notifications, learner } = await judged('challenges.rejected', 2);
    expect(notifications).toEqual([
      expect.objectContaining({
        userId: learner.userId,
        title: 'Not solved yet: Two sum',
        body: '2 of 4 tests passed; the first failing one was over the time limit.',
      }),
    ]);
  });
});
