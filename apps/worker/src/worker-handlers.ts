import { cryptoVerificationCodes } from '@talentsphere/adapters/learning';
import {
  announceJudgements,
  type CodeRunner,
  challengeCacheInvalidation,
  gradeSubmissions,
} from '@talentsphere/application/challenges';
import {
  analyticsRecorder,
  announceNotifications,
  awardPoints,
  engagementHandlers,
  type LeaderboardStore,
  updateLeaderboards,
} from '@talentsphere/application/engagement';
import {
  learningCacheInvalidation,
  settleCompletionsAfterCourseEdit,
} from '@talentsphere/application/learning';
import { announceNetworkNews } from '@talentsphere/application/networking';
import { recordSkillEvidence } from '@talentsphere/application/profile';
import { jobCacheInvalidation } from '@talentsphere/application/recruiting';
import type { Cache, EventHandler, LiveUpdates } from '@talentsphere/application/shared';

/**
 * Every consumer the worker runs, in both modes. `cache` is the one the api reads through; `runner`
 * grades submissions in the sandbox; `live` reaches the api processes' open subscriptions;
 * `leaderboards` is the store the api ranks from (Redis in full mode, the api's own in embedded mode).
 */
export const workerHandlers = (deps: {
  cache: Cache;
  runner: CodeRunner;
  live: LiveUpdates;
  leaderboards: LeaderboardStore;
}): EventHandler[] => [
  ...engagementHandlers,
  analyticsRecorder,
  jobCacheInvalidation(deps.cache),
  learningCacheInvalidation(deps.cache),
  settleCompletionsAfterCourseEdit(cryptoVerificationCodes),
  challengeCacheInvalidation(deps.cache),
  gradeSubmissions(deps.runner),
  announceJudgements(deps.live),
  announceNotifications(deps.live),
  announceNetworkNews(deps.live),
  awardPoints,
  updateLeaderboards(deps.leaderboards),
  recordSkillEvidence,
];
