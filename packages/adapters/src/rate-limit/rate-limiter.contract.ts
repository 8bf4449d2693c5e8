import { randomUUID } from 'node:crypto';
import type { RateLimiter, RateLimitRule } from '@talentsphere/application/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeWait } from './flexible-rate-limiter';

export interface RateLimiterHarness {
  readonly limiter: RateLimiter;
  /** Lets `seconds` pass for the counters of this test (a fake clock, or shortened TTLs in Redis). */
  elapse(seconds: number): Promise<void>;
}

/**
 * The behaviour every RateLimiter adapter promises. Each test gets its own rule-name prefix, so runs
 * against a shared Redis never touch each other's counters.
 */
export function rateLimiterContract(
  adapterName: string,
  setup: (prefix: string) => Promise<RateLimiterHarness>,
): void {
  describe(`RateLimiter contract: ${adapterName}`, () => {
    let harness: RateLimiterHarness;
    let limiter: RateLimiter;
    let rule: (name: string, points: number, windowSeconds: number) => RateLimitRule;

    beforeEach(async () => {
      const prefix = `test-${randomUUID()}`;
      rule = (name, points, windowSeconds) => ({ name: `${prefix}-${name}`, points, windowSeconds });
      harness = await setup(prefix);
      limiter = harness.limiter;
    });

    async function spend(r: RateLimitRule, key: string, times: number): Promise<void> {
      for (let i = 0; i < times; i++) expect(await limiter.consume(r, key)).toBeNull();
    }

    it('allows the rule’s points, then refuses with a retry-after within the window', async () => {
      const login = rule('login', 3, 60);
      await spend(login, '10.0.0.1', 3);

      const refusal = await limiter.consume(login, '10.0.0.1');
      expect(refusal).toMatchObject({ kind: 'RateLimited', code: 'RATE_LIMITED' });
      expect(refusal!.retryAfterSeconds).toBeGreaterThan(0);
      expect(refusal!.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(refusal!.message).toBe(
        `Too many attempts. Try again in ${describeWait(refusal!.retryAfterSeconds!)}.`,
      );
    });

    it('keeps refusing for the rest of the window, with a shrinking retry-after', async () => {
      const login = rule('login', 1, 60);
      await spend(login, 'k', 1);
      await harness.elapse(20);
      const refusal = await limiter.consume(login, 'k');
      expect(refusal?.retryAfterSeconds).toBeGreaterThan(30);
      expect(refusal?.retryAfterSeconds).toBeLessThanOrEqual(40);
    });

    it('gives every key its own budget', async () => {
      const login = rule('login', 2, 60);
      await spend(login, 'a', 2);
      expect(await limiter.consume(login, 'a')).not.toBeNull();
      await spend(login, 'b', 2);
    });

    it('gives every rule its own budget for the same key', async () => {
      const perIp = rule('login-ip', 2, 60);
      const perAccount = rule('login-account', 2, 60);
      await spend(perIp, 'same', 2);
      expect(await limiter.consume(perIp, 'same')).not.toBeNull();
      await spend(perAccount, 'same', 2);
    });

    it('restores the full budget on reset, for that key only', async () => {
      const login = rule('login', 2, 60);
      await spend(login, 'a', 2);
      await spend(login, 'b', 2);
      await limiter.reset(login, 'a');
      await spend(login, 'a', 2);
      expect(await limiter.consume(login, 'a')).not.toBeNull();
      expect(await limiter.consume(login, 'b')).not.toBeNull();
    });

    it('restores the budget when the window ends, and not before', async () => {
      const login = rule('login', 2, 10);
      await spend(login, 'k', 2);
      await harness.elapse(9);
      expect(await limiter.consume(login, 'k')).not.toBeNull();
      await harness.elapse(1);
      await spend(login, 'k', 2);
      expect(await limiter.consume(login, 'k')).not.toBeNull();
    });

    it('allows exactly the points when many consumes race', async () => {
      const burst = rule('burst', 5, 60);
      const results = await Promise.all(Array.from({ length: 40 }, () => limiter.consume(burst, 'k')));
      expect(results.filter((r) => r === null)).toHaveLength(5);
    });

    it('refuses a rule without whole positive points and window', async () => {
      for (const [points, windowSeconds] of [
        [0, 60],
        [1.5, 60],
        [3, 0],
      ] as const) {
        await expect(
          limiter.consume(rule(`bad-${points}-${windowSeconds}`, points, windowSeconds), 'k'),
        ).rejects.toThrow(RangeError);
      }
    });

    it('refuses one rule name used with two different budgets', async () => {
      await limiter.consume(rule('login', 2, 60), 'k');
      await expect(limiter.consume(rule('login', 3, 60), 'k')).rejects.toThrow(/two different budgets/);
    });
  });
}
