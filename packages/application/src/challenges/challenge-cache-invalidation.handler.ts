import { eventContracts } from '../events/contracts';
import type { Cache } from '../shared/cache.port';
import type { EventHandler } from '../shared/event-handler';
import { challengeCacheKey, leaderboardCacheKey, OVERALL_LEADERBOARD_CACHE_KEY } from './challenge-deps';

/**
 * Drops a cached challenge page when the challenge changes, and its leaderboard and the overall one
 * when a submission is accepted (that is the only thing that moves a leaderboard).
 */
export function challengeCacheInvalidation(cache: Cache): EventHandler {
  return {
    consumer: 'challenges-cache',
    eventTypes: [
      'challenges.challenge.published',
      'challenges.challenge.updated',
      'challenges.challenge.retired',
      'challenges.approved',
    ],
    async handle(envelope) {
      if (envelope.eventType === 'challenges.approved') {
        const { challengeId } = eventContracts['challenges.approved'].schema.parse(envelope.data);
        await cache.delete(leaderboardCacheKey(challengeId), OVERALL_LEADERBOARD_CACHE_KEY);
        return;
      }
      const { challengeId } = eventContracts['challenges.challenge.updated'].schema.parse(envelope.data);
      await cache.delete(challengeCacheKey(challengeId));
    },
  };
}
