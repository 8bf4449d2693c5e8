import { eventContracts } from '../events/contracts';
import { type Cache, newVersion } from '../shared/cache.port';
import type { EventHandler } from '../shared/event-handler';
import { CATALOG_KEY, courseCacheKey } from './learning-deps';

/**
 * Gives a course page a new version whenever what it shows changes: the course itself, or its
 * enrolment count. A change of a published (or archived) course also renews the catalog's version;
 * drafts are in neither, so editing one leaves the catalog's entries alone.
 */
export function learningCacheInvalidation(cache: Cache): EventHandler {
  return {
    consumer: 'learning-cache',
    eventTypes: [
      'lms.course.published',
      'lms.course.updated',
      'lms.course.archived',
      'lms.enrollment.created',
      'lms.enrollment.cancelled',
    ],
    async handle(envelope, _scope, deps) {
      const { courseId } = eventContracts['lms.enrollment.created'].schema
        .pick({ courseId: true })
        .parse(envelope.data);
      await newVersion(cache, courseCacheKey(courseId), deps.ids.next());
      if (envelope.eventType.startsWith('lms.enrollment.')) return;
      const { status } = eventContracts['lms.course.updated'].schema.parse(envelope.data);
      if (status !== 'draft') await newVersion(cache, CATALOG_KEY, deps.ids.next());
    },
  };
}
