import { eventContracts } from '../events/contracts';
import type { Cache } from '../shared/cache.port';
import type { EventHandler } from '../shared/event-handler';
import { jobCacheKey } from './recruiting-deps';

/** Drops a job's cached page whenever the job changes, so readers never wait out the TTL. */
export function jobCacheInvalidation(cache: Cache): EventHandler {
  return {
    consumer: 'recruiting-cache',
    eventTypes: ['jobs.post.created', 'jobs.post.updated', 'jobs.post.closed'],
    async handle(envelope) {
      const { jobId } = eventContracts['jobs.post.updated'].schema.parse(envelope.data);
      await cache.delete(jobCacheKey(jobId));
    },
  };
}
