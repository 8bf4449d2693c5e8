import { eventContracts } from '../events/contracts';
import type { EventHandler } from '../shared/event-handler';
import type { LiveUpdates } from '../shared/live-updates.port';
import { type SubmissionJudgedMessage, submissionChannel } from './challenge-deps';

/**
 * Tells every api process that a submission was judged, so a learner watching it sees the verdict at
 * once. It listens to the outcome events, which are relayed only after the judgement committed.
 */
export function announceJudgements(live: LiveUpdates): EventHandler {
  return {
    consumer: 'challenges-live',
    eventTypes: ['challenges.approved', 'challenges.rejected'],
    async handle(envelope) {
      const { submissionId } = eventContracts['challenges.approved'].schema.parse(envelope.data);
      await live.publish<SubmissionJudgedMessage>(submissionChannel(submissionId), { submissionId });
    },
  };
}
