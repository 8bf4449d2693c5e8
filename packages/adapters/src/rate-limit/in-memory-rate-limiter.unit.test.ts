import { afterEach, beforeEach, vi } from 'vitest';
import { InMemoryRateLimiter } from './in-memory-rate-limiter';
import { rateLimiterContract } from './rate-limiter.contract';

// rate-limiter-flexible's memory store reads Date.now() and expires keys with setTimeout: fake both.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

rateLimiterContract('InMemoryRateLimiter', async () => ({
  limiter: new InMemoryRateLimiter(),
  elapse: async (seconds) => {
    vi.advanceTimersByTime(seconds * 1000);
  },
}));
