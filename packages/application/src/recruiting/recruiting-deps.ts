import type { Cache } from '../shared/cache.port';
import type { Clock, IdGenerator, UnitOfWork } from '../shared/ports';
import type { JobSearch } from './job-search.port';
import type { RecruitingQueries } from './recruiting-read-models';

/** What the recruiting use cases need; the composition root builds one and shares it. */
export interface RecruitingDeps {
  readonly uow: UnitOfWork;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly queries: RecruitingQueries;
  readonly search: JobSearch;
  readonly cache: Cache;
}

export const jobCacheKey = (jobId: string): string => `recruiting:job:${jobId}`;
