import { cryptoVerificationCodes } from '@talentsphere/adapters/learning';
import {
  announceJudgements,
  type CodeRunner,
  challengeCacheInvalidation,
  gradeSubmissions,
} from '@talentsphere/application/challenges';
import { analyticsRecorder, engagementHandlers } from '@talentsphere/application/engagement';
import {
  learningCacheInvalidation,
  settleCompletionsAfterCourseEdit,
} from '@talentsphere/application/learning';
import { jobCacheInvalidation } from '@talentsphere/application/recruiting';
import type { Cache, EventHandler, LiveUpdates } from '@talentsphere/application/shared';

/**
 * Every consumer the worker runs, in both modes. `cache` is the one the api reads through; `runner`
 * grades submissions in the sandbox; `live` reaches the api processes' open subscriptions.
 */
export const workerHandlers = (deps: {
  cache: Cache;
  runner: CodeRunner;
  live: LiveUpdates;
}): EventHandler[] => [
  ...engagementHandlers,
  analyticsRecorder,
  jobCacheInvalidation(deps.cache),
  learningCacheInvalidation(deps.cache),
  settleCompletionsAfterCourseEdit(cryptoVerificationCodes),
  challengeCacheInvalidation(deps.cache),
  gradeSubmissions(deps.runner),
  announceJudgements(deps.live),
];
