import type { Cache, Clock } from '@talentsphere/application/shared';
import { systemClock } from '../system';
import { assertTtl, toJson } from './cache-values';

export interface InMemoryCacheOptions {
  /** Most entries kept; the least recently used one is evicted beyond it. */
  readonly maxEntries?: number;
  readonly clock?: Clock;
}

interface Entry {
  readonly json: string;
  readonly expiresAt: number;
}

/**
 * The embedded mode's cache. Values are stored as JSON, so callers get the same copies (dates as
 * strings, no shared references) as from Redis. A Map keeps insertion order, which makes it an LRU
 * list: a hit is re-inserted at the end, eviction takes the first key.
 */
export class InMemoryCache implements Cache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly clock: Clock;

  constructor(options: InMemoryCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.clock = options.clock ?? systemClock;
    if (!Number.isInteger(this.maxEntries) || this.maxEntries < 1) {
      throw new RangeError(`maxEntries must be a positive integer, got ${this.maxEntries}`);
    }
  }

  async get<T>(key: string): Promise<T | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.clock.now().getTime()) return undefined;
    this.entries.set(key, entry);
    return JSON.parse(entry.json) as T;
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    assertTtl(ttlSeconds);
    const entry = { json: toJson(value), expiresAt: this.clock.now().getTime() + ttlSeconds * 1000 };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  async delete(...keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }
}
