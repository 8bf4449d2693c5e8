import { describe, expect, it } from 'vitest';
import { readCatalogQuery, toCatalogInput, writeCatalogQuery } from './catalog-search-params';

describe('catalog query in the URL', () => {
  it('Given an empty URL, When read, Then it is the default query', () => {
    expect(readCatalogQuery(new URLSearchParams())).toEqual({
      q: '',
      levels: [],
      skill: '',
      tier: undefined,
      sort: 'relevance',
      page: 1,
    });
  });

  it('Given a full query, When written and read back, Then nothing is lost', () => {
    const query = {
      q: 'types',
      levels: ['beginner', 'advanced'] as const,
      skill: 'typescript',
      tier: 'pro' as const,
      sort: 'newest' as const,
      page: 3,
    };
    const read = readCatalogQuery(writeCatalogQuery({ ...query, levels: [...query.levels] }));
    expect(read).toEqual({ ...query, levels: [...query.levels] });
  });

  it('Given unknown or out-of-range values, When read, Then they fall back to the defaults', () => {
    const read = readCatalogQuery(new URLSearchParams('level=expert,beginner&tier=gold&sort=price&page=-2'));
    expect(read).toMatchObject({ levels: ['beginner'], tier: undefined, sort: 'relevance', page: 1 });
    expect(readCatalogQuery(new URLSearchParams('page=2.5')).page).toBe(1);
  });

  it('Given the default query, When written, Then the URL stays clean', () => {
    expect(writeCatalogQuery(readCatalogQuery(new URLSearchParams())).toString()).toBe('');
  });

  it('Given a query without filters, When sent to the API, Then empty filters are left out', () => {
    expect(toCatalogInput(readCatalogQuery(new URLSearchParams('sort=popular')))).toEqual({
      q: undefined,
      levels: undefined,
      skill: undefined,
      tier: undefined,
      sort: 'popular',
      page: 1,
      pageSize: 12,
    });
  });
});
