import { eventContracts } from '../events/contracts';
import { type Cache, newVersion } from '../shared/cache.port';
import type { EventHandler } from '../shared/event-handler';
import { SEARCH_CACHE_KEY } from './job.use-cases';
import { jobCacheKey } from './recruiting-deps';

/**
 * Renews cached job pages whenever what they show changes (the job itself, or the company card every
 * job page carries), and the searches' version. Readers never wait out the TTL; see
 * readThroughVersioned for why versions, not deletes.
 */
export function jobCacheInvalidation(cache: Cache): EventHandler {
  return {
    consumer: 'recruiting-cache',
    eventTypes: ['jobs.post.created', 'jobs.post.updated', 'jobs.post.closed', 'jobs.company.updated'],
    async handle(envelope, scope, deps) {
      // Every change of a job or company can change search answers.
      await newVersion(cache, SEARCH_CACHE_KEY, deps.ids.next());
      if (envelope.eventType === 'jobs.company.updated') {
        const { companyId } = eventContracts['jobs.company.updated'].schema.parse(envelope.data);
        for (const jobId of await scope.jobs.idsOfCompany(companyId))
          await newVersion(cache, jobCacheKey(jobId), deps.ids.next());
        return;
      }
      const { jobId } = eventContracts['jobs.post.updated'].schema.parse(envelope.data);
      await newVersion(cache, jobCacheKey(jobId), deps.ids.next());
    },
  };
}
