/** Cache-aside store. Keys follow `{context}:{entity}:{id}`; values are JSON. */
export interface Cache {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlSeconds: number): Promise<void>;
  delete(...keys: string[]): Promise<void>;
}

export const DEFAULT_CACHE_TTL_SECONDS = 300;

/**
 * A validated query as a key part: keys in a fixed order, lists sorted, absent fields left out, so
 * equal searches share one entry however they were written.
 */
export function canonicalQueryKey(input: object): string {
  const canonical = Object.fromEntries(
    Object.entries(input)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => [key, Array.isArray(value) ? [...value].sort() : value]),
  );
  return JSON.stringify(canonical);
}

/**
 * Reads through the cache: on a miss, loads, stores with the TTL and returns. Concurrent misses of one
 * key in this process share one load (no stampede on a cold key). A failing cache is skipped: the
 * read goes to the source instead of failing.
 */
export async function readThrough<T>(
  cache: Cache,
  key: string,
  load: () => Promise<T | undefined>,
  ttlSeconds = DEFAULT_CACHE_TTL_SECONDS,
): Promise<T | undefined> {
  const cached = await cache.get<T>(key).catch(() => undefined);
  if (cached !== undefined) return cached;
  const pending = inFlight.get(key);
  if (pending) return pending as Promise<T | undefined>;
  const loading = (async () => {
    try {
      const loaded = await load();
      if (loaded !== undefined) await cache.set(key, loaded, ttlSeconds).catch(() => undefined);
      return loaded;
    } finally {
      inFlight.delete(key);
    }
  })();
  inFlight.set(key, loading);
  return loading;
}

const inFlight = new Map<string, Promise<unknown>>();
