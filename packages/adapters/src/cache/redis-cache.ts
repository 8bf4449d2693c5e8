import type { Cache } from '@talentsphere/application/shared';
import type { Redis } from 'ioredis';
import { assertTtl, toJson } from './cache-values';

/** Cache-aside on Redis: JSON values, `SET … EX` for the TTL. The client (and its lifecycle) is the caller's. */
export class RedisCache implements Cache {
  constructor(private readonly redis: Redis) {}

  async get<T>(key: string): Promise<T | undefined> {
    const json = await this.redis.get(key);
    return json === null ? undefined : (JSON.parse(json) as T);
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    assertTtl(ttlSeconds);
    await this.redis.set(key, toJson(value), 'EX', ttlSeconds);
  }

  async delete(...keys: string[]): Promise<void> {
    if (keys.length > 0) await this.redis.del(...keys);
  }
}
