import { randomUUID } from 'node:crypto';
import type { LeaderboardScore, LeaderboardStore } from '@talentsphere/application/engagement';
import type { Redis } from 'ioredis';

/** Weekly boards outlive their week by a month, for "last week" views, then expire. */
const WEEKLY_TTL_SECONDS = 5 * 7 * 86_400;

/**
 * One Redis sorted set per board: `gamification:leaderboard:<board>` (after the connection's
 * deployment keyPrefix). Writers set totals with `ZADD GT`, so a late writer holding an older total
 * never lowers a score; a rebuild writes a scratch set and renames it over the board in one MULTI.
 */
export class RedisLeaderboardStore implements LeaderboardStore {
  constructor(
    private readonly redis: Redis,
    private readonly namespace = 'gamification:leaderboard',
  ) {}

  private key(board: string): string {
    return `${this.namespace}:${board}`;
  }

  async raise(board: string, userId: string, score: number): Promise<void> {
    const key = this.key(board);
    const tx = this.redis.multi().zadd(key, 'GT', score, userId);
    if (board.startsWith('weekly:')) tx.expire(key, WEEKLY_TTL_SECONDS);
    await tx.exec();
  }

  async top(board: string, limit: number): Promise<LeaderboardScore[]> {
    const flat = await this.redis.zrevrange(this.key(board), 0, limit - 1, 'WITHSCORES');
    const scores: LeaderboardScore[] = [];
    for (let i = 0; i < flat.length; i += 2) scores.push({ userId: flat[i]!, score: Number(flat[i + 1]) });
    return scores;
  }

  async standing(board: string, userId: string): Promise<{ rank: number; score: number } | null> {
    const key = this.key(board);
    const score = await this.redis.zscore(key, userId);
    if (score === null) return null;
    const higher = await this.redis.zcount(key, `(${score}`, '+inf');
    return { rank: higher + 1, score: Number(score) };
  }

  async replace(board: string, scores: readonly LeaderboardScore[]): Promise<void> {
    const key = this.key(board);
    if (scores.length === 0) {
      await this.redis.del(key);
      return;
    }
    const scratch = `${key}:rebuild:${randomUUID()}`;
    const tx = this.redis.multi().del(scratch);
    // Batches keep each ZADD's argument list small for very large boards.
    for (let i = 0; i < scores.length; i += 1000)
      tx.zadd(scratch, ...scores.slice(i, i + 1000).flatMap((s) => [s.score, s.userId]));
    tx.rename(scratch, key);
    if (board.startsWith('weekly:')) tx.expire(key, WEEKLY_TTL_SECONDS);
    const results = await tx.exec();
    const failed = results?.find(([error]) => error);
    if (failed?.[0]) throw failed[0];
  }
}
