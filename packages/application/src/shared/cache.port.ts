/** Cache-aside store. Keys follow `{context}:{entity}:{id}`; values are JSON. */
export interface Cache {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlSeconds: number): Promise<void>;
  delete(...keys: string[]): Promise<void>;
}

export const DEFAULT_CACHE_TTL_SECONDS = 300;

/** Reads through the cache: on a miss, loads, stores with the TTL and returns. */
export async function readThrough<T>(
  cache: Cache,
  key: string,
  load: () => Promise<T | undefined>,
  ttlSeconds = DEFAULT_CACHE_TTL_SECONDS,
): Promise<T | undefined> {
  const cached = await cache.get<T>(key);
  if (cached !== undefined) return cached;
  const loaded = await load();
  if (loaded !== undefined) await cache.set(key, loaded, ttlSeconds);
  return loaded;
}
