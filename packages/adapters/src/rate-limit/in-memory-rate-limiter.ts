import type { RateLimitRule } from '@talentsphere/application/shared';
import { type RateLimiterAbstract, RateLimiterMemory } from 'rate-limiter-flexible';
import { FlexibleRateLimiter } from './flexible-rate-limiter';

/** Fixed-window limits inside one process (embedded mode). Expired windows are dropped by timers. */
export class InMemoryRateLimiter extends FlexibleRateLimiter {
  protected createLimiter(rule: RateLimitRule): RateLimiterAbstract {
    return new RateLimiterMemory({ keyPrefix: rule.name, points: rule.points, duration: rule.windowSeconds });
  }
}
