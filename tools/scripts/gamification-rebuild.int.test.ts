import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isoWeek } from '@talentsphere/domain/engagement';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUser } from '../../packages/adapters/src/contracts/contract-fixtures';
import {
  createTestDatabase,
  hasPostgres,
  hasRedis,
  serviceUrl,
  type TestDatabase,
} from '../testing/services';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe.skipIf(!hasPostgres() || !hasRedis())('pnpm gamification:rebuild', () => {
  const prefix = `trb-${randomUUID().slice(0, 8)}`;
  let database: TestDatabase;
  let redis: Redis;

  beforeAll(async () => {
    database = await createTestDatabase();
    redis = new Redis(serviceUrl('redis')!);
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await database?.drop();
  });

  it('rebuilds the all-time and this week’s sorted sets from the ledger, replacing what Redis held', async () => {
    const { db } = database.handle;
    const [ann, bob] = [aUser({ name: 'Ann' }), aUser({ name: 'Bob' })];
    for (const u of [ann, bob])
      await db
        .insertInto('users')
        .values({
          id: u.id,
          email: u.email,
          name: u.name,
          role: u.role,
          password_hash: 'x',
          created_at: u.createdAt,
          updated_at: u.updatedAt,
        })
        .execute();
    const now = new Date();
    const longAgo = new Date('2020-01-06T12:00:00Z');
    const line = (userId: string, subject: string, points: number, at: Date) => ({
      id: randomUUID(),
      user_id: userId,
      rule_id: 'challenge-solved',
      subject,
      points,
      event_id: randomUUID(),
      awarded_at: at,
    });
    await db
      .insertInto('gamification_ledger')
      .values([line(ann.id, 'c1', 100, longAgo), line(ann.id, 'c2', 20, now), line(bob.id, 'c1', 50, now)])
      .execute();
    const allTimeKey = `${prefix}:gamification:leaderboard:all-time`;
    const weekKey = `${prefix}:gamification:leaderboard:weekly:${isoWeek(now)}`;
    // Damage: a wrong score and a stranger on the board.
    await redis.zadd(allTimeKey, 999, ann.id, 5, 'stranger');

    const { stdout } = await promisify(execFile)('pnpm', ['--silent', 'gamification:rebuild'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        REDIS_URL: serviceUrl('redis')!,
        REDIS_KEY_PREFIX: prefix,
      },
    });

    expect(stdout).toContain(`all time 2 players, week ${isoWeek(now)} 2 players`);
    expect(await redis.zrevrange(allTimeKey, 0, -1, 'WITHSCORES')).toEqual([ann.id, '120', bob.id, '50']);
    expect(await redis.zrevrange(weekKey, 0, -1, 'WITHSCORES')).toEqual([bob.id, '50', ann.id, '20']);
  });
});
