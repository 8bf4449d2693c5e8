import { isoWeekBounds } from '@talentsphere/domain/engagement';
import { eventContracts } from '../events/contracts';
import type { EventHandler } from '../shared/event-handler';
import { type LeaderboardStore, leaderboardBoard } from './leaderboard-store.port';

/**
 * Copies a person's ledger totals (all time, and the ISO week of the award) onto the leaderboards.
 * It follows `gamification.points.awarded`, which is relayed only after the award committed, and
 * writes totals read from the ledger rather than increments: a redelivery, a retry after a failed
 * commit or a late out-of-order message writes the same or a lower total, which `raise` ignores.
 */
export function updateLeaderboards(store: LeaderboardStore): EventHandler {
  return {
    consumer: 'gamification',
    eventTypes: ['gamification.points.awarded'],
    async handle(envelope, scope) {
      const { userId, awardedAt } = eventContracts['gamification.points.awarded'].schema.parse(envelope.data);
      const at = new Date(awardedAt);
      const allTime = await scope.gamification.pointsOf(userId);
      const weekly = await scope.gamification.pointsOf(userId, isoWeekBounds(at));
      await store.raise(leaderboardBoard('all-time', at), userId, allTime);
      await store.raise(leaderboardBoard('weekly', at), userId, weekly);
    },
  };
}
