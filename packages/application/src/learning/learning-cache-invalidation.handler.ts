import { eventContracts } from '../events/contracts';
import type { Cache } from '../shared/cache.port';
import type { EventHandler } from '../shared/event-handler';
import { CATALOG_GENERATION_KEY, courseCacheKey } from './learning-deps';

/** Longer than any catalog entry lives, so a generation is never forgotten while entries of it exist. */
const CATALOG_GENERATION_TTL_SECONDS = 24 * 3600;

/** Drops a cached course page and starts a new catalog generation whenever a course changes. */
export function learningCacheInvalidation(cache: Cache): EventHandler {
  return {
    consumer: 'learning-cache',
    eventTypes: ['lms.course.published', 'lms.course.updated', 'lms.course.archived'],
    async handle(envelope, _scope, deps) {
      const { courseId } = eventContracts['lms.course.updated'].schema.parse(envelope.data);
      await cache.set(CATALOG_GENERATION_KEY, deps.clock.now().getTime(), CATALOG_GENERATION_TTL_SECONDS);
      await cache.delete(courseCacheKey(courseId));
    },
  };
}
