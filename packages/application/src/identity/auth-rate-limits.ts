import type { RateLimitRule } from '../shared/rate-limiter.port';

/** Brute-force guards: per client IP and per account, counted across all api processes. */
export const authRateLimits = {
  loginPerIp: { name: 'login:ip', points: 30, windowSeconds: 15 * 60 },
  loginPerAccount: { name: 'login:account', points: 10, windowSeconds: 15 * 60 },
  registerPerIp: { name: 'register:ip', points: 10, windowSeconds: 60 * 60 },
  /** Slows probing which emails have accounts through AUTH_003. */
  registerPerAccount: { name: 'register:account', points: 5, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimitRule>;
