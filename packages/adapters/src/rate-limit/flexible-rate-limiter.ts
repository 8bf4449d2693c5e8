import type { RateLimiter, RateLimitRule } from '@talentsphere/application/shared';
import { type AppError, rateLimited } from '@talentsphere/domain/shared';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * The RateLimiter port over rate-limiter-flexible: one library limiter per rule name, created on
 * first use. A rule name stands for one budget, so reusing a name with other numbers is a bug and
 * throws rather than silently splitting or sharing counters.
 */
export abstract class FlexibleRateLimiter implements RateLimiter {
  private readonly limiters = new Map<string, { rule: RateLimitRule; limiter: RateLimiterAbstract }>();

  protected abstract createLimiter(rule: RateLimitRule): RateLimiterAbstract;

  async consume(rule: RateLimitRule, key: string): Promise<AppError | null> {
    try {
      await this.limiterFor(rule).consume(key);
      return null;
    } catch (refusal) {
      // The library rejects with a RateLimiterRes when the budget is spent, with an Error on failure.
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      return rateLimited(
        'RATE_LIMITED',
        `Too many attempts. Try again in ${describeWait(retryAfterSeconds)}.`,
        {
          retryAfterSeconds,
        },
      );
    }
  }

  async reset(rule: RateLimitRule, key: string): Promise<void> {
    await this.limiterFor(rule).delete(key);
  }

  private limiterFor(rule: RateLimitRule): RateLimiterAbstract {
    const known = this.limiters.get(rule.name);
    if (known) {
      if (known.rule.points !== rule.points || known.rule.windowSeconds !== rule.windowSeconds) {
        throw new Error(`Rate limit rule "${rule.name}" is used with two different budgets`);
      }
      return known.limiter;
    }
    if (
      !Number.isInteger(rule.points) ||
      rule.points < 1 ||
      !Number.isInteger(rule.windowSeconds) ||
      rule.windowSeconds < 1
    ) {
      throw new RangeError(`Rate limit rule "${rule.name}" needs whole positive points and windowSeconds`);
    }
    const limiter = this.createLimiter(rule);
    this.limiters.set(rule.name, { rule, limiter });
    return limiter;
  }
}

/** "1 second", "45 seconds", "1 minute", "15 minutes": what a person reads in the refusal. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
