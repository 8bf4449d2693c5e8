import { eventContracts } from '../events/contracts';
import type { Cache } from '../shared/cache.port';
import type { EventHandler } from '../shared/event-handler';
import { jobCacheKey } from './recruiting-deps';

/**
 * Drops cached job pages whenever what they show changes: the job itself, or the company card every
 * job page carries. Readers never wait out the TTL.
 */
export function jobCacheInvalidation(cache: Cache): EventHandler {
  return {
    consumer: 'recruiting-cache',
    eventTypes: ['jobs.post.created', 'jobs.post.updated', 'jobs.post.closed', 'jobs.company.updated'],
    async handle(envelope, scope) {
      if (envelope.eventType === 'jobs.company.updated') {
        const { companyId } = eventContracts['jobs.company.updated'].schema.parse(envelope.data);
        const jobIds = await scope.jobs.idsOfCompany(companyId);
        if (jobIds.length > 0) await cache.delete(...jobIds.map(jobCacheKey));
        return;
      }
      const { jobId } = eventContracts['jobs.post.updated'].schema.parse(envelope.data);
      await cache.delete(jobCacheKey(jobId));
    },
  };
}
