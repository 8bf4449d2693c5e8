import { eventContracts } from '../events/contracts';
import type { Cache } from '../shared/cache.port';
import type { EventHandler } from '../shared/event-handler';
import { SEARCH_GENERATION_KEY } from './job.use-cases';
import { jobCacheKey } from './recruiting-deps';

/** Longer than any search entry lives, so a generation is never forgotten while entries of it exist. */
const SEARCH_GENERATION_TTL_SECONDS = 24 * 3600;

/**
 * Drops cached job pages whenever what they show changes (the job itself, or the company card every
 * job page carries), and starts a new search generation. Readers never wait out the TTL.
 */
export function jobCacheInvalidation(cache: Cache): EventHandler {
  return {
    consumer: 'recruiting-cache',
    eventTypes: ['jobs.post.created', 'jobs.post.updated', 'jobs.post.closed', 'jobs.company.updated'],
    async handle(envelope, scope, deps) {
      // Every change of a job or company can change search answers: start a new generation.
      await cache.set(SEARCH_GENERATION_KEY, deps.clock.now().getTime(), SEARCH_GENERATION_TTL_SECONDS);
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
