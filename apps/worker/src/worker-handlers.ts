import { cryptoVerificationCodes } from '@talentsphere/adapters/learning';
import { engagementHandlers } from '@talentsphere/application/engagement';
import {
  learningCacheInvalidation,
  settleCompletionsAfterCourseEdit,
} from '@talentsphere/application/learning';
import { jobCacheInvalidation } from '@talentsphere/application/recruiting';
import type { Cache, EventHandler } from '@talentsphere/application/shared';

/** Every consumer the worker runs, in both modes; `cache` is the one the api reads through. */
export const workerHandlers = (cache: Cache): EventHandler[] => [
  ...engagementHandlers,
  jobCacheInvalidation(cache),
  learningCacheInvalidation(cache),
  settleCompletionsAfterCourseEdit(cryptoVerificationCodes),
];
