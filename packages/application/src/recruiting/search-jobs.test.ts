import { InMemoryCache } from '@talentsphere/adapters/cache';
import { RecruitingTestbed } from '@talentsphere/adapters/in-memory';
import { describe, expect, it } from 'vitest';
import { canonicalQueryKey } from '../shared/cache.port';
import { InvalidCursorError, SEARCH_CACHE_KEY, SearchJobs } from './job.use-cases';
import { jobCacheInvalidation } from './job-cache-invalidation.handler';
import { type JobSearch, type JobSearchResult, jobSearchInput } from './job-search.port';

const empty: JobSearchResult = {
  items: [],
  nextCursor: null,
  total: 0,
  facets: { remote: [], employmentType: [], skills: [], locations: [] },
};

function countingSearch(): JobSearch & { calls: number } {
  const search = {
    calls: 0,
    async search(input: { cursor?: string }) {
      search.calls += 1;
      if (input.cursor === 'forged') throw new InvalidCursorError('forged');
      return { ...empty, total: search.calls };
    },
  };
  return search;
}

const parse = (raw: unknown) => jobSearchInput.parse(raw);

describe('SearchJobs', () => {
  it('Given the same search twice, When run, Then the second answer comes from the cache', async () => {
    const search = countingSearch();
    const useCase = new SearchJobs({ search, cache: new InMemoryCache() });
    const first = await useCase.execute(parse({ query: 'typescript', remote: ['remote', 'hybrid'] }));
    const second = await useCase.execute(parse({ query: 'typescript', remote: ['hybrid', 'remote'] }));
    expect(second._unsafeUnwrap()).toEqual(first._unsafeUnwrap());
    expect(search.calls).toBe(1);
  });

  it('Given different searches or pages, When run, Then each goes to the search adapter', async () => {
    const search = countingSearch();
    const useCase = new SearchJobs({ search, cache: new InMemoryCache() });
    await useCase.execute(parse({ query: 'typescript' }));
    await useCase.execute(parse({ query: 'typescript', sort: 'newest' }));
    await useCase.execute(parse({ query: 'rust' }));
    expect(search.calls).toBe(3);
  });

  it('Given equal searches written differently, When keyed, Then they share a key', () => {
    expect(canonicalQueryKey(parse({ skills: ['sql', 'go'], query: 'x' }))).toBe(
      canonicalQueryKey(parse({ query: 'x', skills: ['go', 'sql'] })),
    );
  });

  it('Given a forged cursor, When searching, Then a VALIDATION error names the cursor and nothing is cached', async () => {
    const search = countingSearch();
    const cache = new InMemoryCache();
    const useCase = new SearchJobs({ search, cache });
    const error = (await useCase.execute(parse({ cursor: 'forged' })))._unsafeUnwrapErr();
    expect(error.fields).toHaveProperty('cursor');
    expect(
      await cache.get(`${SEARCH_CACHE_KEY}:0:${canonicalQueryKey(parse({ cursor: 'forged' }))}`),
    ).toBeUndefined();
  });

  it('Given a cached search, When a job event reaches the invalidation handler, Then the next search asks the adapter again', async () => {
    const bed = new RecruitingTestbed();
    const search = countingSearch();
    const useCase = new SearchJobs({ search, cache: bed.cache });
    await useCase.execute(parse({ query: 'typescript' }));
    const owner = bed.user('employer');
    await bed.job(owner, await bed.company(owner));
    const posted = bed.db.tables.outbox.at(-1);
    if (posted?.eventType !== 'jobs.post.created') throw new Error('no job event');

    await bed.handle(jobCacheInvalidation(bed.cache), posted);
    await useCase.execute(parse({ query: 'typescript' }));

    expect(search.calls).toBe(2);
  });
});
