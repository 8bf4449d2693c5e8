import { eventContracts } from '../events/contracts';
import { type Cache, newVersion } from '../shared/cache.port';
import type { EventHandler } from '../shared/event-handler';
import { challengeCacheKey, leaderboardCacheKey, OVERALL_LEADERBOARD_CACHE_KEY } from './challenge-deps';

/**
 * Renews the cached challenge page when the challenge changes or a submission is judged (its stats
 * move), and the challenge's leaderboard and the overall one when a submission is accepted (the only
 * thing that moves a leaderboard: the authors they leave out are fixed when a challenge is created).
 * See readThroughVersioned for why versions, not deletes.
 */
export function challengeCacheInvalidation(cache: Cache): EventHandler {
  return {
    consumer: 'challenges-cache',
    eventTypes: [
      'challenges.challenge.published',
      'challenges.challenge.updated',
      'challenges.challenge.retired',
      'challenges.approved',
      'challenges.rejected',
    ],
    async handle(envelope, _scope, deps) {
      const { challengeId } = eventContracts['challenges.challenge.updated'].schema
        .pick({ challengeId: true })
        .parse(envelope.data);
      await newVersion(cache, challengeCacheKey(challengeId), deps.ids.next());
      if (envelope.eventType !== 'challenges.approved') return;
      await newVersion(cache, leaderboardCacheKey(challengeId), deps.ids.next());
      await newVersion(cache, OVERALL_LEADERBOARD_CACHE_KEY, deps.ids.next());
    },
  };
}
