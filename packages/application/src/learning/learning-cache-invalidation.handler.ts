import { eventContracts } from '../events/contracts';
import type { Cache } from '../shared/cache.port';
import type { EventHandler } from '../shared/event-handler';
import { CATALOG_GENERATION_KEY, courseVersionKey, VERSION_TTL_SECONDS } from './learning-deps';

/**
 * Gives a course page a new version whenever what it shows changes: the course itself, or its
 * enrolment count. A change of a published (or archived) course also starts a new catalog
 * generation; drafts are in neither, so editing one leaves the catalog's entries alone. Versions are
 * fresh ids, not clock readings, so two workers can never hand out the same one.
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
      await cache.set(courseVersionKey(courseId), deps.ids.next(), VERSION_TTL_SECONDS);
      if (envelope.eventType.startsWith('lms.enrollment.')) return;
      const { status } = eventContracts['lms.course.updated'].schema.parse(envelope.data);
      if (status !== 'draft') await cache.set(CATALOG_GENERATION_KEY, deps.ids.next(), VERSION_TTL_SECONDS);
    },
  };
}
