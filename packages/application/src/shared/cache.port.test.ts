import { describe, expect, it } from 'vitest';
import { type Cache, canonicalQueryKey, readThrough } from './cache.port';

class MapCache implements Cache {
  readonly values = new Map<string, unknown>();
  async get<T>(key: string) {
    return this.values.get(key) as T | undefined;
  }
  async set<T>(key: string, value: T) {
    this.values.set(key, value);
  }
  async delete(...keys: string[]) {
    for (const key of keys) this.values.delete(key);
  }
}

const brokenCache: Cache = {
  get: () => Promise.reject(new Error('cache down')),
  set: () => Promise.reject(new Error('cache down')),
  delete: () => Promise.reject(new Error('cache down')),
};

describe('readThrough', () => {
  it('Given a cold key, When 1,000 reads arrive at once, Then the source is loaded once and all get its value', async () => {
    const cache = new MapCache();
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { id: 'job-1' };
    };

    const results = await Promise.all(
      Array.from({ length: 1000 }, () => readThrough(cache, 'recruiting:job:1', load)),
    );

    expect(loads).toBe(1);
    expect(results.every((r) => r?.id === 'job-1')).toBe(true);
    expect(cache.values.get('recruiting:job:1')).toEqual({ id: 'job-1' });
  });

  it('Given a warm key, When read, Then the source is not touched', async () => {
    const cache = new MapCache();
    cache.values.set('k', 'cached');
    expect(await readThrough(cache, 'k', async () => 'fresh')).toBe('cached');
  });

  it('Given a missing row, When read, Then nothing is cached and the next read loads again', async () => {
    const cache = new MapCache();
    let loads = 0;
    const load = async () => {
      loads += 1;
      return undefined;
    };
    await readThrough(cache, 'k', load);
    await readThrough(cache, 'k', load);
    expect(loads).toBe(2);
    expect(cache.values.has('k')).toBe(false);
  });

  it('Given a cache that fails, When read, Then the value comes from the source', async () => {
    expect(await readThrough(brokenCache, 'k', async () => 'from-db')).toBe('from-db');
  });

  it('Given a failing load, When read twice, Then the failure is not remembered', async () => {
    const cache = new MapCache();
    await expect(readThrough(cache, 'k', () => Promise.reject(new Error('db down')))).rejects.toThrow(
      'db down',
    );
    expect(await readThrough(cache, 'k', async () => 'ok')).toBe('ok');
  });
});

describe('canonicalQueryKey', () => {
  it('Given the same query with keys and list items in another order, When keyed, Then both keys are equal', () => {
    expect(canonicalQueryKey({ skills: ['sql', 'go'], q: 'x', cursor: undefined })).toBe(
      canonicalQueryKey({ q: 'x', skills: ['go', 'sql'] }),
    );
  });

  it('Given queries that differ in a value, When keyed, Then the keys differ', () => {
    expect(canonicalQueryKey({ q: 'x', page: 1 })).not.toBe(canonicalQueryKey({ q: 'x', page: 2 }));
  });
});
