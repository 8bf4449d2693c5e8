import { KyselyGamificationQueries } from '@talentsphere/adapters/engagement';
import { RedisLeaderboardStore } from '@talentsphere/adapters/leaderboards';
import { openDatabase } from '@talentsphere/adapters/persistence';
import { systemClock } from '@talentsphere/adapters/system';
import { rebuildLeaderboards } from '@talentsphere/application/engagement';
import type { Clock } from '@talentsphere/application/shared';
import { Redis } from 'ioredis';

/**
 * Rebuilds the Redis leaderboards (all time and this ISO week) from the points ledger in PostgreSQL,
 * under the deployment's key prefix, exactly as the api and worker name them.
 */
export async function rebuildLeaderboardsFromLedger(options: {
  databaseUrl: string;
  redisUrl: string;
  redisKeyPrefix: string;
  clock?: Clock;
}): Promise<{ allTime: number; weekly: number; week: string }> {
  const database = openDatabase({ kind: 'postgres', url: options.databaseUrl, poolSize: 2 });
  const redis = new Redis(options.redisUrl, {
    keyPrefix: `${options.redisKeyPrefix}:`,
    maxRetriesPerRequest: 1,
  });
  try {
    return await rebuildLeaderboards({
      queries: new KyselyGamificationQueries(database.db),
      leaderboards: new RedisLeaderboardStore(redis),
      clock: options.clock ?? systemClock,
    });
  } finally {
    redis.disconnect();
    await database.close();
  }
}
