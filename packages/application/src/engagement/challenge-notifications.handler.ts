import { eventContracts } from '../events/contracts';
import type { EventHandler } from '../shared/event-handler';

const VERDICT_TEXT = {
  ACCEPTED: 'accepted',
  WRONG_ANSWER: 'a wrong answer',
  TIME_LIMIT_EXCEEDED: 'over the time limit',
  MEMORY_LIMIT_EXCEEDED: 'over the memory limit',
  OUTPUT_LIMIT_EXCEEDED: 'over the output limit',
  RUNTIME_ERROR: 'a runtime error',
  COMPILATION_ERROR: 'a compilation error',
  INTERNAL_ERROR: 'an internal error on our side',
} as const;

/** Tells a learner the verdict on their submission, so they learn it even after leaving the page. */
export const challengeNotifications: EventHandler = {
  consumer: 'notification',
  eventTypes: ['challenges.approved', 'challenges.rejected'],
  async handle(envelope, scope, deps) {
    // Both outcomes carry the same judgement.
    const { userId, challengeId, verdict, passed, total } = eventContracts[
      'challenges.approved'
    ].schema.parse(envelope.data);
    const challenge = await scope.challenges.findById(challengeId);
    const title = challenge?.title ?? 'your challenge';
    const accepted = envelope.eventType === 'challenges.approved';
    await scope.notifications.insert({
      id: deps.ids.next(),
      userId,
      category: 'challenges',
      title: accepted ? `Solved: ${title}` : `Not solved yet: ${title}`,
      body: accepted
        ? `All ${total} tests passed. Your solution counts as verified skill evidence.`
        : `${passed} of ${total} tests passed; the first failing one was ${VERDICT_TEXT[verdict]}.`,
      link: `/challenges/${challengeId}`,
      createdAt: deps.clock.now(),
    });
  },
};
