import type { Cache } from '../shared/cache.port';
import type { LiveUpdates } from '../shared/live-updates.port';
import type { Clock, IdGenerator, UnitOfWork } from '../shared/ports';
import type { RateLimiter, RateLimitRule } from '../shared/rate-limiter.port';
import type { ChallengeQueries } from './challenge-read-models';
import type { CodeRunner } from './code-runner.port';

/** What the challenge use cases need; the composition root builds one and shares it. */
export interface ChallengeDeps {
  readonly uow: UnitOfWork;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly queries: ChallengeQueries;
  readonly cache: Cache;
  readonly runner: CodeRunner;
  readonly rateLimiter: RateLimiter;
  readonly live: LiveUpdates;
}

export const challengeRateLimits = {
  /** "Run" answers within the request: it costs a sandbox each time. */
  runPerUser: { name: 'challenges:run', points: 30, windowSeconds: 60 },
  submitPerUser: { name: 'challenges:submit', points: 10, windowSeconds: 60 },
  /** Authors validating reference solutions. */
  validatePerUser: { name: 'challenges:validate', points: 20, windowSeconds: 60 },
} as const satisfies Record<string, RateLimitRule>;

export const challengeCacheKey = (challengeId: string): string => `challenges:challenge:${challengeId}`;
export const leaderboardCacheKey = (challengeId: string): string => `challenges:leaderboard:${challengeId}`;
export const OVERALL_LEADERBOARD_CACHE_KEY = 'challenges:leaderboard:overall';
/** Where a submission's judgement is announced; listeners read the submission again on each message. */
export const submissionChannel = (submissionId: string): string => `challenges:submission:${submissionId}`;
export interface SubmissionJudgedMessage {
  readonly submissionId: string;
}
