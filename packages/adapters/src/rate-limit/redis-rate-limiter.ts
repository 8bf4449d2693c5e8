import type { RateLimitRule } from '@talentsphere/application/shared';
import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { FlexibleRateLimiter } from './flexible-rate-limiter';

export interface RedisRateLimiterOptions {
  /** Namespace of the counters: keys are `{keyPrefix}:{rule name}:{key}`. */
  readonly keyPrefix?: string;
}

/**
 * Fixed-window limits shared by every process on one Redis. Each consume is one EVALSHA of an
 * atomic INCRBY-with-EXPIRE script, so budgets are exact across processes and the call pipelines
 * under ioredis `enableAutoPipelining`.
 */
export class RedisRateLimiter extends FlexibleRateLimiter {
  private readonly keyPrefix: string;

  constructor(
    private readonly redis: Redis,
    options: RedisRateLimiterOptions = {},
  ) {
    super();
    this.keyPrefix = options.keyPrefix ?? 'rl';
  }

  protected createLimiter(rule: RateLimitRule): RateLimiterAbstract {
    return new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${this.keyPrefix}:${rule.name}`,
      points: rule.points,
      duration: rule.windowSeconds,
      // While Redis is unreachable, count in this process instead of failing every request.
      insuranceLimiter: new RateLimiterMemory({
        keyPrefix: `${this.keyPrefix}:${rule.name}`,
        points: rule.points,
        duration: rule.windowSeconds,
      }),
    });
  }
}
