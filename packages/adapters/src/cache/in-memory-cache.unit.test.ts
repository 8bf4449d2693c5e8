import { describe, expect, it } from 'vitest';
import { ManualClock } from '../system';
import { cacheContract } from './cache.contract';
import { InMemoryCache } from './in-memory-cache';

cacheContract('InMemoryCache', async () => {
  const clock = new ManualClock();
  return { cache: new InMemoryCache({ clock }), elapse: async (seconds) => clock.advance(seconds) };
});

describe('InMemoryCache bounds', () => {
  it('evicts the least recently used entry beyond maxEntries', async () => {
    const cache = new InMemoryCache({ maxEntries: 2 });
    await cache.set('a', 1, 60);
    await cache.set('b', 2, 60);
    await cache.get('a');
    await cache.set('c', 3, 60);

    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(1);
    expect(await cache.get('c')).toBe(3);
  });

  it('does not evict when an existing key is overwritten', async () => {
    const cache = new InMemoryCache({ maxEntries: 2 });
    await cache.set('a', 1, 60);
    await cache.set('b', 2, 60);
    await cache.set('a', 10, 60);

    expect(await cache.get('a')).toBe(10);
    expect(await cache.get('b')).toBe(2);
  });

  it('refuses a size bound below one', () => {
    expect(() => new InMemoryCache({ maxEntries: 0 })).toThrow(RangeError);
  });
});
