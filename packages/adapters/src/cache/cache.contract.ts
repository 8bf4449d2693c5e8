import { randomUUID } from 'node:crypto';
import { type Cache, readThrough } from '@talentsphere/application/shared';
import { beforeEach, describe, expect, it } from 'vitest';

export interface CacheHarness {
  readonly cache: Cache;
  /** Lets `seconds` pass for the entries whose keys start with the harness's prefix. */
  elapse(seconds: number): Promise<void>;
}

/**
 * The behaviour every Cache adapter promises. `setup` gets a fresh key prefix per test, so runs
 * against a shared Redis never see each other's keys.
 */
export function cacheContract(adapterName: string, setup: (prefix: string) => Promise<CacheHarness>): void {
  describe(`Cache contract: ${adapterName}`, () => {
    let harness: CacheHarness;
    let cache: Cache;
    let key: (name: string) => string;

    beforeEach(async () => {
      const prefix = `test:cache:${randomUUID()}:`;
      key = (name) => `${prefix}${name}`;
      harness = await setup(prefix);
      cache = harness.cache;
    });

    it('answers undefined for a key never set', async () => {
      expect(await cache.get(key('missing'))).toBeUndefined();
    });

    it('round-trips JSON values, dates arriving as ISO strings', async () => {
      const value = { id: 'c1', tags: ['ts', 'sql'], price: 12.5, free: false, owner: null };
      await cache.set(key('course'), value, 60);
      await cache.set(key('count'), 0, 60);
      await cache.set(key('at'), new Date('2026-01-02T03:04:05.000Z'), 60);

      expect(await cache.get(key('course'))).toEqual(value);
      expect(await cache.get(key('count'))).toBe(0);
      expect(await cache.get(key('at'))).toBe('2026-01-02T03:04:05.000Z');
    });

    it('hands out copies: changing a read value does not change the cache', async () => {
      await cache.set(key('job'), { title: 'Engineer' }, 60);
      const read = await cache.get<{ title: string }>(key('job'));
      read!.title = 'Changed';
      expect(await cache.get(key('job'))).toEqual({ title: 'Engineer' });
    });

    it('keeps an entry until its TTL has passed, then forgets it', async () => {
      await cache.set(key('short'), 'v', 10);
      await harness.elapse(9);
      expect(await cache.get(key('short'))).toBe('v');
      await harness.elapse(1);
      expect(await cache.get(key('short'))).toBeUndefined();
    });

    it('overwrites the value and restarts the TTL on set', async () => {
      await cache.set(key('k'), 'old', 10);
      await harness.elapse(8);
      await cache.set(key('k'), 'new', 10);
      await harness.elapse(8);
      expect(await cache.get(key('k'))).toBe('new');
    });

    it('deletes several keys at once and ignores missing ones', async () => {
      await cache.set(key('a'), 1, 60);
      await cache.set(key('b'), 2, 60);
      await cache.set(key('c'), 3, 60);
      await cache.delete(key('a'), key('b'), key('never-set'));
      await cache.delete();
      expect(await cache.get(key('a'))).toBeUndefined();
      expect(await cache.get(key('b'))).toBeUndefined();
      expect(await cache.get(key('c'))).toBe(3);
    });

    it('refuses a TTL that is not a positive whole number of seconds, and undefined values', async () => {
      for (const ttl of [0, -1, 1.5, Number.NaN]) {
        await expect(cache.set(key('bad'), 'v', ttl)).rejects.toThrow(RangeError);
      }
      await expect(cache.set(key('bad'), undefined, 60)).rejects.toThrow(TypeError);
      expect(await cache.get(key('bad'))).toBeUndefined();
    });

    it('serves readThrough from the cache after the first load', async () => {
      let loads = 0;
      const load = async () => ({ n: ++loads });
      expect(await readThrough(cache, key('rt'), load, 60)).toEqual({ n: 1 });
      expect(await readThrough(cache, key('rt'), load, 60)).toEqual({ n: 1 });
      await cache.delete(key('rt'));
      expect(await readThrough(cache, key('rt'), load, 60)).toEqual({ n: 2 });
    });
  });
}
