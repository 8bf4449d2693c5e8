import type { AppError } from '@talentsphere/domain/shared';

export interface RateLimitRule {
  /** Distinguishes counters: `login:ip`, `login:account`, `api:ip`. */
  readonly name: string;
  readonly points: number;
  readonly windowSeconds: number;
}

/**
 * Counts hits per (rule, key) in a fixed window, exactly across processes in full mode. Answers a
 * RateLimited AppError with `retryAfterSeconds` once the window's points are spent.
 */
export interface RateLimiter {
  consume(rule: RateLimitRule, key: string): Promise<AppError | null>;
  /** Forgets the hits of `key` (e.g. the per-account counter after a successful sign-in). */
  reset(rule: RateLimitRule, key: string): Promise<void>;
}
